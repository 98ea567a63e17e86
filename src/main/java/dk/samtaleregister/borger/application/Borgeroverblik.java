package dk.samtaleregister.borger.application;

import dk.samtaleregister.borger.domain.Borgerperiode;
import dk.samtaleregister.borger.domain.Periodeslag;
import dk.samtaleregister.borger.domain.Versioneret;
import dk.samtaleregister.faelles.domain.Cpr;
import java.util.List;
import java.util.Map;

/** The citizen's current periods of each kind, each with its version. */
public record Borgeroverblik(Cpr cpr, Map<Periodeslag<?>, List<? extends Versioneret<?>>> perioder) {

    public Borgeroverblik {
        perioder = Map.copyOf(perioder);
    }

    /** The citizen's periods of the kind, in the order they were stored; none for an unknown citizen. */
    @SuppressWarnings("unchecked") // the map holds each kind's own periods: BorgerService.opslag fills it by kind
    public <P extends Borgerperiode> List<Versioneret<P>> perioder(Periodeslag<P> slag) {
        return (List<Versioneret<P>>) perioder.getOrDefault(slag, List.of());
    }

    /** The periods of the kind without their versions, for what computes from them. */
    public <P extends Borgerperiode> List<P> periodeindhold(Periodeslag<P> slag) {
        return perioder(slag).stream().map(Versioneret::periode).toList();
    }
}
