package dk.samtaleregister.haendelse.domain;

import dk.samtaleregister.faelles.domain.AnsvarligSagsbehandler;
import dk.samtaleregister.faelles.domain.Cpr;
import java.time.Instant;
import java.util.UUID;

/**
 * An event as the feed gives it: its position in the feed, its id (the same on every delivery, so that a consumer can
 * drop a repeat), its type, the entity and the version the change made, the citizen (its CPR number and its stable
 * pseudonym, for where the number must not go), when the change was registered,
 * the caller that made it, and the new state as JSON, as the API answered it.
 */
public record Haendelse(long position, long id, String type, String entitet, long entitetId, int version, Cpr cpr, UUID borger,
                        Instant registreret, AnsvarligSagsbehandler kalder, String tilstand) {
}
