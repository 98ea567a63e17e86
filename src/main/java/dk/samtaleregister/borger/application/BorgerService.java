package dk.samtaleregister.borger.application;

import dk.samtaleregister.borger.domain.BorgerSituation;
import dk.samtaleregister.borger.domain.Borgerperiode;
import dk.samtaleregister.borger.domain.Cpr;
import dk.samtaleregister.borger.domain.Fravaer;
import dk.samtaleregister.borger.domain.Jobcentertilknytning;
import dk.samtaleregister.borger.domain.KontaktgruppePeriode;
import dk.samtaleregister.borger.domain.Periodeafslutning;
import dk.samtaleregister.borger.domain.Periodeplan;
import dk.samtaleregister.borger.persistence.BorgerRepository;
import dk.samtaleregister.faelles.domain.Overtraedelser;
import dk.samtaleregister.faelles.domain.Periode;
import dk.samtaleregister.regler.domain.Fravaerstype;
import dk.samtaleregister.regler.domain.Kontaktgruppe;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Registers the citizen's situation as it comes in from the rest of DFDG. */
@Service
public class BorgerService {

    private final BorgerRepository repository;

    public BorgerService(BorgerRepository repository) {
        this.repository = repository;
    }

    @Transactional
    public RegistreretPeriode<KontaktgruppePeriode> registrerKontaktgruppe(Cpr cpr, Kontaktgruppe kontaktgruppe, Periode periode) {
        long borgerId = repository.laasEllerOpret(cpr);
        List<Periodeafslutning> afsluttede = planlaeg(repository.kontaktgrupper(borgerId), periode);
        afsluttede.forEach(a -> repository.afslutKontaktgruppe(a.id(), a.sidsteDag()));
        long id = repository.indsaetKontaktgruppe(borgerId, kontaktgruppe, periode);
        return new RegistreretPeriode<>(new KontaktgruppePeriode(id, kontaktgruppe, periode), afsluttede);
    }

    @Transactional
    public RegistreretPeriode<Jobcentertilknytning> registrerJobcentertilknytning(Cpr cpr, String jobcenter, Periode periode) {
        long borgerId = repository.laasEllerOpret(cpr);
        List<Periodeafslutning> afsluttede = planlaeg(repository.jobcentertilknytninger(borgerId), periode);
        afsluttede.forEach(a -> repository.afslutJobcentertilknytning(a.id(), a.sidsteDag()));
        long id = repository.indsaetJobcentertilknytning(borgerId, jobcenter, periode);
        return new RegistreretPeriode<>(new Jobcentertilknytning(id, jobcenter, periode), afsluttede);
    }

    /** Absences may overlap each other: a sickness during a holiday is both. */
    @Transactional
    public RegistreretPeriode<Fravaer> registrerFravaer(Cpr cpr, Fravaerstype fravaerstype, Periode periode) {
        long borgerId = repository.laasEllerOpret(cpr);
        long id = repository.indsaetFravaer(borgerId, fravaerstype, periode);
        return new RegistreretPeriode<>(new Fravaer(id, fravaerstype, periode), List.of());
    }

    @Transactional(readOnly = true)
    public Borgeroverblik opslag(Cpr cpr) {
        BorgerSituation situation = repository.find(cpr)
                .map(id -> new BorgerSituation(repository.kontaktgrupper(id), repository.fravaer(id), repository.jobcentertilknytninger(id)))
                .orElse(BorgerSituation.UKENDT);
        return new Borgeroverblik(cpr, situation);
    }

    private static List<Periodeafslutning> planlaeg(List<? extends Borgerperiode> eksisterende, Periode ny) {
        Overtraedelser fejl = new Overtraedelser();
        List<Periodeafslutning> afsluttede = Periodeplan.indsaet(eksisterende, ny, fejl);
        fejl.kastHvisNogen();
        return afsluttede;
    }
}
