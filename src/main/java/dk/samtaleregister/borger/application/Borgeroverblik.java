package dk.samtaleregister.borger.application;

import dk.samtaleregister.borger.domain.Akassemedlemskab;
import dk.samtaleregister.borger.domain.AndenAktoerHenvisning;
import dk.samtaleregister.faelles.domain.Cpr;
import dk.samtaleregister.borger.domain.Fravaer;
import dk.samtaleregister.borger.domain.Jobcentertilknytning;
import dk.samtaleregister.borger.domain.KontaktgruppePeriode;
import dk.samtaleregister.borger.domain.Versioneret;
import java.util.List;

/** The citizen's current periods of each kind, each with its version. */
public record Borgeroverblik(Cpr cpr, List<Versioneret<KontaktgruppePeriode>> kontaktgrupper, List<Versioneret<Fravaer>> fravaer,
                             List<Versioneret<Jobcentertilknytning>> jobcentertilknytninger,
                             List<Versioneret<Akassemedlemskab>> akassemedlemskaber,
                             List<Versioneret<AndenAktoerHenvisning>> andenaktoerHenvisninger) {

    static Borgeroverblik ukendt(Cpr cpr) {
        return new Borgeroverblik(cpr, List.of(), List.of(), List.of(), List.of(), List.of());
    }
}
