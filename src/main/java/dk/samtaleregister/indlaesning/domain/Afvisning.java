package dk.samtaleregister.indlaesning.domain;

import dk.samtaleregister.faelles.domain.Overtraedelse;
import java.util.List;

/** A row that was not loaded: its line and every reason, as the single-row API would have answered it. */
public record Afvisning(long linje, List<Overtraedelse> fejl) {

    public Afvisning {
        fejl = List.copyOf(fejl);
    }
}
