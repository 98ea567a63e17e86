package dk.samtaleregister.eksport.persistence;

import dk.samtaleregister.faelles.domain.Myndighed;
import dk.samtaleregister.faelles.domain.Myndighedstype;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Whose rows an export carries: every citizen's ({@link #alle()}), or only those of the citizens who are the
 * authority's own on the day ({@link #egne}), as every read judges it.
 */
public record Borgerkreds(Myndighed myndighed, LocalDate dag) {

    private static final Borgerkreds ALLE = new Borgerkreds(null, null);

    public static Borgerkreds alle() {
        return ALLE;
    }

    public static Borgerkreds egne(Myndighed myndighed, LocalDate dag) {
        Objects.requireNonNull(myndighed, "myndighed");
        Objects.requireNonNull(dag, "dag");
        if (myndighed.type() == Myndighedstype.STAR) {
            throw new IllegalArgumentException("STAR has no citizens of its own: it sees them all");
        }
        return new Borgerkreds(myndighed, dag);
    }

    public boolean erAlle() {
        return myndighed == null;
    }
}
