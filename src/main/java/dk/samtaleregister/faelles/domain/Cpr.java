package dk.samtaleregister.faelles.domain;

import dk.samtaleregister.faelles.domain.Fejlkode;
import dk.samtaleregister.faelles.domain.Felter;
import dk.samtaleregister.faelles.domain.Overtraedelser;
import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * A CPR number. Checked as the CPR office issues them: ten digits whose first six are a real date, the century
 * read from the seventh digit. No modulus-11 check: numbers without it have been issued since 2007.
 * {@link #toString()} masks the serial part, so that a number logged by accident shows the birth date at most.
 */
public final class Cpr {

    private final String cifre;

    private Cpr(String cifre) {
        this.cifre = cifre;
    }

    /** The CPR number in {@code tekst}, or null with the violation recorded. A hyphen after the sixth digit is removed. */
    public static Cpr fortolk(String tekst, String felt, Overtraedelser fejl) {
        if (Felter.paakraevet(tekst, felt, fejl) == null) {
            return null;
        }
        String cifre = tekst.length() == 11 && tekst.charAt(6) == '-' ? tekst.substring(0, 6) + tekst.substring(7) : tekst;
        if (!erTiCifre(cifre)) {
            fejl.tilfoej(Fejlkode.CPR_UGYLDIGT_FORMAT, felt);
            return null;
        }
        if (foedselsdato(cifre) == null) {
            fejl.tilfoej(Fejlkode.CPR_UGYLDIG_DATO, felt);
            return null;
        }
        return new Cpr(cifre);
    }

    /** For numbers that were checked before they were stored. */
    public static Cpr afLagret(String cifre) {
        if (!erTiCifre(cifre)) {
            throw new IllegalArgumentException("Not a stored CPR number");
        }
        return new Cpr(cifre);
    }

    public String cifre() {
        return cifre;
    }

    public String maskeret() {
        return cifre.substring(0, 6) + "-xxxx";
    }

    @Override
    public String toString() {
        return maskeret();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Cpr anden && anden.cifre.equals(cifre);
    }

    @Override
    public int hashCode() {
        return cifre.hashCode();
    }

    private static boolean erTiCifre(String tekst) {
        if (tekst.length() != 10) {
            return false;
        }
        for (int i = 0; i < 10; i++) {
            if (tekst.charAt(i) < '0' || tekst.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /**
     * The date of birth of ten valid digits, the century read from the seventh digit as the CPR office does
     * ("Personnummeret i CPR-systemet", CPR-kontoret), or null where the first six are no date.
     */
    static LocalDate foedselsdato(String cifre) {
        int dag = Integer.parseInt(cifre.substring(0, 2));
        int maaned = Integer.parseInt(cifre.substring(2, 4));
        int aar = Integer.parseInt(cifre.substring(4, 6));
        try {
            return LocalDate.of(aarhundrede(cifre.charAt(6) - '0', aar) + aar, maaned, dag);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** The CPR office's table: the seventh digit and the year decide the century. */
    private static int aarhundrede(int syvendeCiffer, int aar) {
        if (syvendeCiffer <= 3) {
            return 1900;
        }
        if (syvendeCiffer == 4 || syvendeCiffer == 9) {
            return aar <= 36 ? 2000 : 1900;
        }
        return aar <= 57 ? 2000 : 1800;
    }
}
