package dk.samtaleregister.planlaegning.domain;

/** Why a version of a booking came about. */
public enum Aendringsart {
    OPRETTET,
    AENDRET,
    AFLYST
}
