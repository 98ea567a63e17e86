package dk.samtaleregister.borger.domain;

import dk.samtaleregister.adgang.domain.Tilknytninger;
import dk.samtaleregister.regler.domain.Fravaerstype;
import dk.samtaleregister.regler.domain.Kontaktgruppe;
import dk.samtaleregister.regler.domain.RaskSyg;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Everything known about the citizen's situation: the periods of each kind, as registered. */
public record BorgerSituation(List<KontaktgruppePeriode> kontaktgrupper, List<Fravaer> fravaer,
                              List<Jobcentertilknytning> jobcentertilknytninger, List<Akassemedlemskab> akassemedlemskaber,
                              List<AndenAktoerHenvisning> andenaktoerHenvisninger) implements Tilknytninger {

    public static final BorgerSituation UKENDT = new BorgerSituation(List.of(), List.of(), List.of(), List.of(), List.of());

    public BorgerSituation {
        kontaktgrupper = List.copyOf(kontaktgrupper);
        fravaer = List.copyOf(fravaer);
        jobcentertilknytninger = List.copyOf(jobcentertilknytninger);
        akassemedlemskaber = List.copyOf(akassemedlemskaber);
        andenaktoerHenvisninger = List.copyOf(andenaktoerHenvisninger);
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

    @Override
    public Optional<String> jobcenter(LocalDate dag) {
        for (Jobcentertilknytning periode : jobcentertilknytninger) {
            if (periode.periode().indeholder(dag)) {
                return Optional.of(periode.jobcenter());
            }
        }
        return Optional.empty();
    }

    @Override
    public Optional<String> akasse(LocalDate dag) {
        for (Akassemedlemskab periode : akassemedlemskaber) {
            if (periode.periode().indeholder(dag)) {
                return Optional.of(periode.akasse());
            }
        }
        return Optional.empty();
    }

    @Override
    public boolean henvistTil(String andenAktoer, LocalDate dag) {
        for (AndenAktoerHenvisning periode : andenaktoerHenvisninger) {
            if (periode.andenAktoer().equals(andenAktoer) && periode.periode().indeholder(dag)) {
                return true;
            }
        }
        return false;
    }
}
