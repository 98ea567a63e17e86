package dk.samtaleregister.borger.domain;

import java.time.Instant;

/** One stored version of a period: what it was, and the change that made it so. */
public record Periodeversion<P extends Borgerperiode>(int version, Aendringsart art, Aendring aendring, Instant tidspunkt, P periode) {
}
