package dk.samtaleregister.regler.domain;

/** The kinds of authority that hold conversations. */
public enum Myndighedstype implements Kode {
    JOBCENTER("Jobcenter"),
    AKASSE("A-kasse"),
    ANDEN_AKTOER("Anden aktør");

    private final String navn;

    Myndighedstype(String navn) {
        this.navn = navn;
    }

    @Override
    public String navn() {
        return navn;
    }
}
