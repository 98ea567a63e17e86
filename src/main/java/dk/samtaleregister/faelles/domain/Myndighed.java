package dk.samtaleregister.faelles.domain;

import dk.samtaleregister.faelles.domain.Fejlkode;
import dk.samtaleregister.faelles.domain.Felter;
import dk.samtaleregister.faelles.domain.Overtraedelser;
import java.util.regex.Pattern;

/** An authority: a jobcenter (kode = its 3-digit kommunenummer), an a-kasse, an anden aktør or STAR (kode STAR). */
public record Myndighed(Myndighedstype type, String kode) {

    private static final Pattern KOMMUNENUMMER = Pattern.compile("\\d{3}");
    private static final Pattern ANDEN_KODE = Pattern.compile("[A-Za-z0-9-]{1,20}");

    /** The authority in the two fields under {@code felt}, or null with the violations recorded. */
    public static Myndighed fortolk(String type, String kode, String felt, Overtraedelser fejl) {
        Myndighedstype myndighedstype = Felter.kode(type, Myndighedstype.class, felt + ".type", fejl);
        if (Felter.paakraevet(kode, felt + ".kode", fejl) == null || myndighedstype == null) {
            return null;
        }
        if (myndighedstype == Myndighedstype.JOBCENTER && !KOMMUNENUMMER.matcher(kode).matches()) {
            fejl.tilfoej(Fejlkode.UGYLDIG_MYNDIGHEDSKODE, felt + ".kode", "Et jobcenter angives med sit kommunenummer: 3 cifre.");
            return null;
        }
        if (myndighedstype == Myndighedstype.STAR && !Myndighedstype.STAR_KODE.equals(kode)) {
            fejl.tilfoej(Fejlkode.UGYLDIG_MYNDIGHEDSKODE, felt + ".kode", "STAR angives med koden STAR.");
            return null;
        }
        if (myndighedstype != Myndighedstype.JOBCENTER && !ANDEN_KODE.matcher(kode).matches()) {
            fejl.tilfoej(Fejlkode.UGYLDIG_MYNDIGHEDSKODE, felt + ".kode", "Koden skal være 1-20 tegn: bogstaver, cifre eller bindestreg.");
            return null;
        }
        return new Myndighed(myndighedstype, kode);
    }

    public static boolean erKommunenummer(String kode) {
        return kode != null && KOMMUNENUMMER.matcher(kode).matches();
    }
}
