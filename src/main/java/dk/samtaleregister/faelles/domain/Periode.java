package dk.samtaleregister.faelles.domain;

import java.time.LocalDate;
import java.util.Objects;

/** A closed interval of days; {@code til == null} means open-ended. Both ends are included. */
public record Periode(LocalDate fra, LocalDate til) {

    public Periode {
        Objects.requireNonNull(fra, "fra");
        if (til != null && til.isBefore(fra)) {
            throw new IllegalArgumentException("til before fra");
        }
    }

    public boolean aaben() {
        return til == null;
    }

    public boolean indeholder(LocalDate dag) {
        return !dag.isBefore(fra) && (til == null || !dag.isAfter(til));
    }

    public boolean overlapper(Periode anden) {
        return slutterIkkeFoer(anden.fra) && anden.slutterIkkeFoer(fra);
    }

    private boolean slutterIkkeFoer(LocalDate dag) {
        return til == null || !til.isBefore(dag);
    }

    /** For Danish messages: "2024-01-01 til 2024-05-31" or "fra 2024-01-01 uden slutdato". */
    public String visning() {
        return til == null ? "fra " + fra + " uden slutdato" : fra + " til " + til;
    }

    @Override
    public String toString() {
        return fra + " - " + (til == null ? "" : til);
    }
}
