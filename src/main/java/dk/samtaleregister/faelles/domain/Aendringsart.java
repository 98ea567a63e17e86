package dk.samtaleregister.faelles.domain;

/**
 * The kind of change a version records, for conversations, bookings and the citizen's periods alike. A correction
 * (RETTET) says the record was wrong; a change of a booking (AENDRET) says the plan changed.
 */
public enum Aendringsart {
    /** Version 1, and only version 1. */
    OPRETTET,
    /** A conversation or period corrected: new content, judged again as if it were new. */
    RETTET,
    /** A booking moved or otherwise changed. */
    AENDRET,
    /** A period given its last day. */
    AFSLUTTET,
    /** A conversation annulled: it no longer counts for any rule or for the kontaktforløb. */
    ANNULLERET,
    /** A booking cancelled; final. */
    AFLYST
}
