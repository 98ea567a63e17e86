package dk.samtaleregister.adgangslog.domain;

/** How a request ended, as the audit log keeps it. */
public enum Udfald {
    /** Done: the data was read or written. */
    GODKENDT,
    /** Refused because of who asked: the citizen, the role or the authority was not theirs. */
    NAEGTET,
    /** Refused because of what was asked: bad input, broken rules, a stale version, nothing found. */
    AFVIST,
    /** The service failed; nothing was done. */
    FEJL;

    /** The outcome of an answer with this status; {@code naegtet} when an access decision refused it (also as 404). */
    public static Udfald af(int status, boolean naegtet) {
        if (naegtet || status == 401 || status == 403) {
            return NAEGTET;
        }
        if (status >= 500) {
            return FEJL;
        }
        return status >= 400 ? AFVIST : GODKENDT;
    }
}
