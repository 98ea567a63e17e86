package dk.samtaleregister.adgang.application;

import dk.samtaleregister.adgang.domain.Kalder;
import dk.samtaleregister.faelles.domain.Cpr;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One request by an authenticated caller: who, the correlation id its answer carries, and the citizens it touched,
 * noted by the use cases as they learn them, for the audit log. Belongs to one request thread.
 */
public final class Kald {

    private final Kalder kalder;
    private final String korrelationsId;
    private final Set<Cpr> borgere = new LinkedHashSet<>(2);
    private Haendelseslaesning haendelser;
    private boolean logget;

    /** A read of the event feed: the positions it covered, both included, and the citizens whose events it carried. */
    public record Haendelseslaesning(long foerstePosition, long sidstePosition, List<Cpr> borgere) {

        public Haendelseslaesning {
            borgere = List.copyOf(borgere);
        }
    }

    public Kald(Kalder kalder, String korrelationsId) {
        this.kalder = Objects.requireNonNull(kalder, "kalder");
        this.korrelationsId = Objects.requireNonNull(korrelationsId, "korrelationsId");
    }

    public Kalder kalder() {
        return kalder;
    }

    public String korrelationsId() {
        return korrelationsId;
    }

    /** The request reads or writes this citizen's data (or tried to). */
    public void noter(Cpr cpr) {
        if (cpr != null) {
            borgere.add(cpr);
        }
    }

    public List<Cpr> borgere() {
        return List.copyOf(borgere);
    }

    /** The request read the event feed: one audit record, found by a search for any of the citizens it carried. */
    public void noterHaendelser(long foerstePosition, long sidstePosition, List<Cpr> borgere) {
        haendelser = new Haendelseslaesning(foerstePosition, sidstePosition, borgere);
    }

    public Optional<Haendelseslaesning> haendelser() {
        return Optional.ofNullable(haendelser);
    }

    /** The use case wrote the audit record itself, before it began to stream its answer. */
    public void markerLogget() {
        logget = true;
    }

    public boolean logget() {
        return logget;
    }
}
