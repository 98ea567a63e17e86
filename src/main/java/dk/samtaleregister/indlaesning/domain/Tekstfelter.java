package dk.samtaleregister.indlaesning.domain;

import dk.samtaleregister.faelles.domain.Fejlkode;
import dk.samtaleregister.faelles.domain.Overtraedelser;

/**
 * The values a CSV column can only carry as text, read as the JSON body's types: a wrong one is the row's fault,
 * reported as the API reports a wrong JSON type.
 */
final class Tekstfelter {

    private Tekstfelter() {
    }

    static Integer heltal(String tekst, String felt, Overtraedelser fejl) {
        if (tekst == null) {
            return null;
        }
        try {
            return Integer.valueOf(tekst.strip());
        } catch (NumberFormatException e) {
            fejl.tilfoej(Fejlkode.UGYLDIG_VAERDITYPE, felt, "et heltal");
            return null;
        }
    }

    static Boolean sandhed(String tekst, String felt, Overtraedelser fejl) {
        if (tekst == null) {
            return null;
        }
        return switch (tekst.strip()) {
            case "true" -> true;
            case "false" -> false;
            default -> {
                fejl.tilfoej(Fejlkode.UGYLDIG_VAERDITYPE, felt, "true eller false");
                yield null;
            }
        };
    }
}
