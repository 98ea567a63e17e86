package dk.samtaleregister.adgangslog.domain;

import dk.samtaleregister.faelles.domain.Cpr;
import dk.samtaleregister.faelles.domain.Myndighed;
import java.time.Instant;

/**
 * One record of the audit log: when, who (ident and authority), which citizen (null when the request named none
 * that could be read), what (method and path), the outcome and the HTTP status, and the correlation id.
 */
public record Logpost(long id, Instant tidspunkt, String korrelationsId, String ident, Myndighed myndighed, Cpr cpr,
                      String handling, Udfald udfald, int status) {
}
