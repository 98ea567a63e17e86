package dk.samtaleregister.regler.domain;

import dk.samtaleregister.faelles.domain.Kode;
/** Kinds of registered absence, with their DFDG ids. Only SYGDOM_SYGEMELDING makes a day "syg". */
public enum Fravaerstype implements Kode {
    UDDANNELSE(1, "Uddannelse"),
    MIDLERTIDIGT_ARBEJDE(2, "Midlertidigt arbejde"),
    BORGERLIGT_OMBUD(3, "Borgerligt ombud"),
    BARSEL_MAX_14_DAGE(4, "Barsel max 14 dage"),
    UNDER_18_UDEN_FORSOERGER(6, "Under 18 og uden forældre med forsørgelsespligt"),
    KAN_IKKE_FAA_PENSION(7, "Kan ikke få førtidspension eller folkepension"),
    BARSEL(8, "Barsel"),
    FRIPERIODE(9, "Friperiode"),
    FERIE(10, "Ferie"),
    SYGDOM_SYGEMELDING(11, "Sygdom - sygemelding");

    private final int id;
    private final String navn;

    Fravaerstype(int id, String navn) {
        this.id = id;
        this.navn = navn;
    }

    public int id() {
        return id;
    }

    @Override
    public String navn() {
        return navn;
    }
}
