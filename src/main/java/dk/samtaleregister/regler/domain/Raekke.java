package dk.samtaleregister.regler.domain;

import dk.samtaleregister.faelles.domain.Periode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;

/** One data line of a rule file. Every rule file starts with the two columns gyldig_fra;gyldig_til. */
public record Raekke(String fil, int linje, String[] felter) {

    public RegelfilFejl fejl(String besked) {
        return new RegelfilFejl(fil, linje, besked);
    }

    public Periode gyldighed() {
        LocalDate fra = dato(0, false);
        LocalDate til = dato(1, true);
        if (til != null && til.isBefore(fra)) {
            throw fejl("gyldig_til " + til + " is before gyldig_fra " + fra);
        }
        return new Periode(fra, til);
    }

    public Samtaletype samtaletype(int kolonne) {
        return Samtaletype.medId(heltal(kolonne)).orElseThrow(() -> fejl("unknown samtaletype id " + felter[kolonne]));
    }

    public Kontaktgruppe kontaktgruppe(int kolonne) {
        return Kontaktgruppe.medNummer(heltal(kolonne)).orElseThrow(() -> fejl("unknown kontaktgruppe " + felter[kolonne]));
    }

    public <E extends Enum<E>> E kode(int kolonne, Class<E> type) {
        try {
            return Enum.valueOf(type, felter[kolonne]);
        } catch (IllegalArgumentException e) {
            throw fejl("unknown " + type.getSimpleName() + " '" + felter[kolonne] + "', expected one of " + Arrays.toString(type.getEnumConstants()));
        }
    }

    /** The column's text, which the rule needs: empty, it is refused as "{@code navn} is empty". */
    public String tekst(int kolonne, String navn) {
        if (felter[kolonne].isEmpty()) {
            throw fejl(navn + " is empty");
        }
        return felter[kolonne];
    }

    /** The column's space-separated values, at least one. */
    public String[] liste(int kolonne, String navn) {
        return tekst(kolonne, navn).split("\\s+");
    }

    /** The public source's address in the column: an https:// address, since every answer that cites it links to it. */
    public String kilde(int kolonne) {
        if (!felter[kolonne].startsWith("https://")) {
            throw fejl("kilde must be the public source's https:// address, found '" + felter[kolonne] + "'");
        }
        return felter[kolonne];
    }

    public boolean jaNej(int kolonne) {
        return switch (felter[kolonne]) {
            case "JA" -> true;
            case "NEJ" -> false;
            default -> throw fejl("expected JA or NEJ in column " + (kolonne + 1) + ", found '" + felter[kolonne] + "'");
        };
    }

    private int heltal(int kolonne) {
        try {
            return Integer.parseInt(felter[kolonne]);
        } catch (NumberFormatException e) {
            throw fejl("expected a number in column " + (kolonne + 1) + ", found '" + felter[kolonne] + "'");
        }
    }

    private LocalDate dato(int kolonne, boolean maaVaereTom) {
        String tekst = felter[kolonne];
        if (tekst.isEmpty() && maaVaereTom) {
            return null;
        }
        try {
            return LocalDate.parse(tekst);
        } catch (DateTimeParseException e) {
            throw fejl("expected a date (yyyy-mm-dd) in column " + (kolonne + 1) + ", found '" + tekst + "'");
        }
    }
}
