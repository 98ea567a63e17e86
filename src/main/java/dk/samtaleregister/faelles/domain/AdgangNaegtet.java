package dk.samtaleregister.faelles.domain;

import java.util.List;

/**
 * The caller may not see or do this; nothing has been read or changed. Answered 403 with the reason, or, where a
 * refusal would tell the caller that a conversation or period of somebody else's citizen exists, 404 exactly as if
 * it did not ({@link #somIkkeFundet}). Either way the audit log records a refusal.
 */
public final class AdgangNaegtet extends Afvist {

    private AdgangNaegtet(Overtraedelse overtraedelse) {
        super(List.of(overtraedelse));
    }

    public static AdgangNaegtet af(Overtraedelse overtraedelse) {
        return new AdgangNaegtet(overtraedelse);
    }

    public static AdgangNaegtet af(Fejlkode kode, Object... argumenter) {
        return af(Overtraedelse.af(kode, null, argumenter));
    }

    /** Refused as "not found": {@code ikkeFundet} is the code the thing's own 404 has. */
    public static AdgangNaegtet somIkkeFundet(Fejlkode ikkeFundet, Object... argumenter) {
        return af(ikkeFundet, argumenter);
    }
}
