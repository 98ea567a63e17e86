/** Reads for the kontaktforløb reports: every citizen's periods and conversations, streamed in borger_id order. */
package dk.samtaleregister.kontaktforloeb.persistence;
