package dk.samtaleregister.samtale.domain;

import java.time.Instant;

/**
 * A registered held conversation in its current version: what was registered, when the registry first received it,
 * whether it resets, and whether it has been annulled (then it counts for no rule, but stays readable).
 */
public record Samtale(long samtalenummer, Registrering registrering, Instant registreringstidspunkt,
                      boolean nulstillende, boolean annulleret, int version) {
}
