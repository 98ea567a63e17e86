package dk.samtaleregister.samtale.domain;

/** The kind of change a version of a conversation records. */
public enum Aendringsart {
    OPRETTET, RETTET, ANNULLERET
}
