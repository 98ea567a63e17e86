package dk.samtaleregister.samtale.domain;

import java.time.Instant;

/** A registered held conversation: what was registered, when the registry received it, and whether it resets. */
public record Samtale(long samtalenummer, Registrering registrering, Instant registreringstidspunkt,
                      boolean nulstillende, int version) {
}
