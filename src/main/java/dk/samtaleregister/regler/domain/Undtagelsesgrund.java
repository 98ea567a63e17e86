package dk.samtaleregister.regler.domain;

import dk.samtaleregister.faelles.domain.Kode;

/**
 * Why a citizen is exempt from (some of) the kontaktforløb's krav for a period. Which krav each grund applies to, and
 * from when, is the rule file {@code regler/undtagelser.csv}, with each row's source.
 */
public enum Undtagelsesgrund implements Kode {
    /** LBL § 106: a mindre intensiv indsats, e.g. for a citizen who is to start in a job or an education soon. */
    MINDRE_INTENSIV_INDSATS("Mindre intensiv indsats"),
    /** Lov 1750/2025: the kommune's exemption of up to 25 % of a group who can find work themselves. */
    SELV_I_JOB("Kan selv finde job"),
    /** Sygedagpengeloven § 12 stk. 1 nr. 1: a sick citizen visited to kategori 1, the first of the law's categories. */
    SYGEDAGPENGE_KATEGORI_1("Sygedagpenge, kategori 1"),
    /** Sygedagpengeloven § 13 f (lov 1657/2024): no opfølgning while its conditions hold. */
    SYGEDAGPENGE_13F("Sygedagpenge, § 13 f");

    private final String navn;

    Undtagelsesgrund(String navn) {
        this.navn = navn;
    }

    @Override
    public String navn() {
        return navn;
    }
}
