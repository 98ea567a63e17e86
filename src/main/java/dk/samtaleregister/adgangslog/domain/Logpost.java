package dk.samtaleregister.adgangslog.domain;

import dk.samtaleregister.faelles.domain.Cpr;
import dk.samtaleregister.faelles.domain.Myndighed;
import java.time.Instant;
import java.util.List;

/**
 * One record of the audit log: when, who (ident and authority), which citizen (null when the request named none
 * that could be read), what (method and path), the outcome and the HTTP status, and the correlation id. A read of the
 * event feed is one record without a citizen, naming the positions it covered ({@code positioner}, else null) and
 * the citizens whose events it carried ({@code haendelsesborgere}; kept, not shown).
 */
public record Logpost(long id, Instant tidspunkt, String korrelationsId, String ident, Myndighed myndighed, Cpr cpr,
                      String handling, Udfald udfald, int status, Positioner positioner, List<Cpr> haendelsesborgere) {

    /** The first and the last position of the feed a read covered, both included. */
    public record Positioner(long foerste, long sidste) {
    }

    public Logpost {
        haendelsesborgere = List.copyOf(haendelsesborgere);
    }
}
