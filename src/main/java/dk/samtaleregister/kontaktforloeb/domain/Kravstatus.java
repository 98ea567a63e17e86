package dk.samtaleregister.kontaktforloeb.domain;

/** Fulfilment of one krav as of a given day. */
public enum Kravstatus {
    /** Enough counting conversations held inside the window. */
    OPFYLDT,
    /** The window has ended with too few. */
    IKKE_OPFYLDT,
    /** The window has not ended and too few are held yet. */
    AABEN,
    /** Not met, and its frist falls inside an undtagelse whose grund applies to it (regler/undtagelser.csv). */
    UNDTAGET
}
