package dk.samtaleregister.borger.domain;

import dk.samtaleregister.regler.domain.Fravaerstype;
import dk.samtaleregister.regler.domain.Kontaktgruppe;
import dk.samtaleregister.regler.domain.RaskSyg;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Everything known about the citizen's situation: the periods of each kind, as registered. */
public record BorgerSituation(List<KontaktgruppePeriode> kontaktgrupper, List<Fravaer> fravaer,
                              List<Jobcentertilknytning> jobcentertilknytninger) {

    public static final BorgerSituation UKENDT = new BorgerSituation(List.of(), List.of(), List.of());

    public BorgerSituation {
        kontaktgrupper = List.copyOf(kontaktgrupper);
        fravaer = List.copyOf(fravaer);
        jobcentertilknytninger = List.copyOf(jobcentertilknytninger);
    }

    public Optional<Kontaktgruppe> kontaktgruppe(LocalDate dag) {
        for (KontaktgruppePeriode periode : kontaktgrupper) {
            if (periode.periode().indeholder(dag)) {
                return Optional.of(periode.kontaktgruppe());
            }
        }
        return Optional.empty();
    }

    public RaskSyg raskSyg(LocalDate dag) {
        for (Fravaer periode : fravaer) {
            if (periode.fravaerstype() == Fravaerstype.SYGDOM_SYGEMELDING && periode.periode().indeholder(dag)) {
                return RaskSyg.SYG;
            }
        }
        return RaskSyg.RASK;
    }

    public Optional<String> jobcenter(LocalDate dag) {
        for (Jobcentertilknytning periode : jobcentertilknytninger) {
            if (periode.periode().indeholder(dag)) {
                return Optional.of(periode.jobcenter());
            }
        }
        return Optional.empty();
    }
}
