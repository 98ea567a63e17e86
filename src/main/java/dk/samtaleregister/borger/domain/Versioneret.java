package dk.samtaleregister.borger.domain;

/** A period as it is now, and the number of its current version (the ETag a change must build on). */
public record Versioneret<P extends Borgerperiode>(P periode, int version) {
}
