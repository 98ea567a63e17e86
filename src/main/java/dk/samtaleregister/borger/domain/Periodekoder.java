package dk.samtaleregister.borger.domain;

import dk.samtaleregister.faelles.domain.Fejlkode;
import dk.samtaleregister.faelles.domain.Felter;
import dk.samtaleregister.faelles.domain.Myndighed;
import dk.samtaleregister.faelles.domain.Myndighedstype;
import dk.samtaleregister.faelles.domain.Overtraedelser;
import dk.samtaleregister.regler.domain.Fravaerstype;
import dk.samtaleregister.regler.domain.Kontaktgruppe;
import dk.samtaleregister.regler.domain.Undtagelsesgrund;
import java.util.Arrays;

/**
 * The code that tells periods of a kind apart, read from a request: each records its violation under {@code felt}
 * and answers the code as stored text, or null.
 */
final class Periodekoder {

    private Periodekoder() {
    }

    static String kontaktgruppe(Object nummer, String felt, Overtraedelser fejl) {
        Kontaktgruppe gruppe = Felter.nummerkode((Integer) nummer, Kontaktgruppe::medNummer,
                () -> Arrays.stream(Kontaktgruppe.values()).mapToInt(Kontaktgruppe::nummer), felt, fejl);
        return gruppe == null ? null : String.valueOf(gruppe.nummer());
    }

    static String fravaerstype(Object navn, String felt, Overtraedelser fejl) {
        Fravaerstype type = Felter.kode((String) navn, Fravaerstype.class, felt, fejl);
        return type == null ? null : type.name();
    }

    static String jobcenter(Object kode, String felt, Overtraedelser fejl) {
        String jobcenter = Felter.paakraevet((String) kode, felt, fejl);
        if (jobcenter != null && !Myndighed.erKommunenummer(jobcenter)) {
            fejl.tilfoej(Fejlkode.UGYLDIG_MYNDIGHEDSKODE, felt, "Et jobcenter angives med sit kommunenummer: 3 cifre.");
            return null;
        }
        return jobcenter;
    }

    static String akasse(Object kode, String felt, Overtraedelser fejl) {
        return myndighedskode(Myndighedstype.AKASSE, (String) kode, felt, fejl);
    }

    static String andenAktoer(Object kode, String felt, Overtraedelser fejl) {
        return myndighedskode(Myndighedstype.ANDEN_AKTOER, (String) kode, felt, fejl);
    }

    static String undtagelsesgrund(Object navn, String felt, Overtraedelser fejl) {
        Undtagelsesgrund grund = Felter.kode((String) navn, Undtagelsesgrund.class, felt, fejl);
        return grund == null ? null : grund.name();
    }

    /**
     * The kode of an authority of the type, judged by {@link Myndighed#fortolk} so that a period names an a-kasse or
     * an anden aktør exactly as a caseworker's myndighed does; its fault is reported under {@code felt}.
     */
    private static String myndighedskode(Myndighedstype type, String kode, String felt, Overtraedelser fejl) {
        if (Felter.paakraevet(kode, felt, fejl) == null) {
            return null;
        }
        Overtraedelser ugyldig = new Overtraedelser();
        if (Myndighed.fortolk(type.name(), kode, felt, ugyldig) == null) {
            // UGYLDIG_MYNDIGHEDSKODE's message is its argument: Myndighed's own explanation carries over unchanged.
            ugyldig.liste().forEach(o -> fejl.tilfoej(Fejlkode.UGYLDIG_MYNDIGHEDSKODE, felt, o.besked()));
            return null;
        }
        return kode;
    }
}
