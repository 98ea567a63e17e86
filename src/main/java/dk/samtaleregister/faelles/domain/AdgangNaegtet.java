package dk.samtaleregister.faelles.domain;

/**
 * The caller may not see or do this; nothing has been read or changed. Answered 403 with the reason, or, where a
 * refusal would tell the caller that a conversation or period of somebody else's citizen exists, 404 exactly as if
 * it did not ({@link #skjult}).
 */
public final class AdgangNaegtet extends RuntimeException {

    private final transient Overtraedelse overtraedelse;
    private final boolean skjult;

    private AdgangNaegtet(Overtraedelse overtraedelse, boolean skjult) {
        super(overtraedelse.kode().name(), null, false, false);
        this.overtraedelse = overtraedelse;
        this.skjult = skjult;
    }

    public static AdgangNaegtet af(Overtraedelse overtraedelse) {
        return new AdgangNaegtet(overtraedelse, false);
    }

    public static AdgangNaegtet af(Fejlkode kode, Object... argumenter) {
        return af(Overtraedelse.af(kode, null, argumenter));
    }

    /** Refused as "not found": {@code ikkeFundet} is the code the thing's own 404 has. */
    public static AdgangNaegtet somIkkeFundet(Fejlkode ikkeFundet, Object... argumenter) {
        return new AdgangNaegtet(Overtraedelse.af(ikkeFundet, null, argumenter), true);
    }

    public Overtraedelse overtraedelse() {
        return overtraedelse;
    }

    public boolean skjult() {
        return skjult;
    }
}
