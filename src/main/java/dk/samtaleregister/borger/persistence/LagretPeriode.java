package dk.samtaleregister.borger.persistence;

import dk.samtaleregister.borger.domain.Borgerperiode;
import dk.samtaleregister.borger.domain.Versioneret;
import dk.samtaleregister.faelles.domain.Cpr;

/** A stored period with the citizen it belongs to. */
public record LagretPeriode<P extends Borgerperiode>(long borgerId, Cpr cpr, Versioneret<P> periode) {
}
