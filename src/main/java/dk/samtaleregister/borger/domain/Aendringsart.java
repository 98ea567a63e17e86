package dk.samtaleregister.borger.domain;

/** The kind of change a version of a period records. */
public enum Aendringsart {
    OPRETTET, RETTET, AFSLUTTET
}
