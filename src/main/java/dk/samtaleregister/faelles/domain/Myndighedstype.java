package dk.samtaleregister.faelles.domain;

/** The kinds of authority: those that hold conversations, and STAR, which follows up on them. */
public enum Myndighedstype implements Kode {
    JOBCENTER("Jobcenter"),
    AKASSE("A-kasse"),
    ANDEN_AKTOER("Anden aktør"),
    /** Styrelsen for Arbejdsmarked og Rekruttering: follows up on the law; reads everything, registers nothing. */
    STAR("STAR");

    /** STAR is one authority, and this is its only kode. */
    public static final String STAR_KODE = "STAR";

    private final String navn;

    Myndighedstype(String navn) {
        this.navn = navn;
    }

    @Override
    public String navn() {
        return navn;
    }
}
