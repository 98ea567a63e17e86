package dk.samtaleregister.kontaktforloeb.domain;

import dk.samtaleregister.regler.domain.Kontaktform;

/** The kontaktformer grouped as jobindsats.dk counts held conversations. */
public enum Kontaktformgruppe {
    /** Personligt fremmøde and møde direkte på arbejdspladsen. */
    PERSONLIGT,
    /** Telefonisk. */
    TELEFON,
    /** Digitalt møde (video). */
    VIDEO,
    /** Every other form: brev, e-mail, ingen direkte borgerkontakt. */
    ANDET;

    public static Kontaktformgruppe af(Kontaktform form) {
        if (form == null) {
            return ANDET;
        }
        return switch (form) {
            case PERSONLIGT_FREMMOEDE, MOEDE_DIREKTE_PAA_ARBEJDE -> PERSONLIGT;
            case TELEFONISK -> TELEFON;
            case DIGITALT_MOEDE -> VIDEO;
            default -> ANDET;
        };
    }
}
