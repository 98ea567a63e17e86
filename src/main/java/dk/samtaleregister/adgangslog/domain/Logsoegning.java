package dk.samtaleregister.adgangslog.domain;

import dk.samtaleregister.faelles.domain.Cpr;
import java.time.Instant;

/** What STAR searches the audit log for; every part may be left out. {@code til} is exclusive. */
public record Logsoegning(Cpr cpr, String ident, Instant fra, Instant til) {
}
