package dk.samtaleregister.borger.application;

import dk.samtaleregister.adgang.application.Kald;
import dk.samtaleregister.borger.domain.Aendring;
import dk.samtaleregister.borger.domain.Borgerperiode;
import dk.samtaleregister.borger.domain.Periodeafslutning;
import dk.samtaleregister.borger.domain.Periodeplan;
import dk.samtaleregister.borger.domain.Periodeslag;
import dk.samtaleregister.borger.domain.Versioneret;
import dk.samtaleregister.borger.persistence.BorgerRepository;
import dk.samtaleregister.borger.persistence.LagretPeriode;
import dk.samtaleregister.faelles.domain.Aendringsart;
import dk.samtaleregister.faelles.domain.Cpr;
import dk.samtaleregister.faelles.domain.ForaeldetVersion;
import dk.samtaleregister.faelles.domain.Historikpost;
import dk.samtaleregister.faelles.domain.Overtraedelser;
import dk.samtaleregister.faelles.domain.Periode;
import dk.samtaleregister.haendelse.application.Haendelser;
import dk.samtaleregister.haendelse.domain.NyHaendelse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers, corrects and ends the citizen's periods as they come in from the rest of DFDG. Every write locks the
 * citizen first, so that writes about one citizen are judged one at a time, and keeps every version it replaces.
 * A change of periods never touches the conversations already registered: they were judged by the periods of
 * their day, and stay as they were stored.
 */
@Service
public class BorgerService {

    private final BorgerRepository repository;
    private final Haendelser haendelser;

    public BorgerService(BorgerRepository repository, Haendelser haendelser) {
        this.repository = repository;
        this.haendelser = haendelser;
    }

    /**
     * A new period (its id is ignored). Where only one period of the kind may hold on a day, a period that starts
     * inside an open one ends that one the day before, as a version of its own (AFSLUTTET); any other overlap is refused.
     * Each version written is an event, the ended periods' first.
     */
    @Transactional
    public <P extends Borgerperiode> RegistreretPeriode<P> registrer(Kald kald, Periodeslag<P> slag, Cpr cpr, P ny, Aendring aendring) {
        long borgerId = repository.laasEllerOpret(cpr);
        List<Versioneret<P>> eksisterende = repository.perioder(slag, borgerId);
        List<Periodeafslutning> afsluttede = slag.enAdGangen()
                ? planlaeg(fejl -> Periodeplan.indsaet(perioderAf(eksisterende), ny.periode(), fejl))
                : List.of();
        Long id = afsluttede.isEmpty() ? null : repository.nytId(slag);
        List<RegistreretPeriode<P>> endte = afslut(slag, cpr, eksisterende, afsluttede, nyId -> Aendring.afsluttetAfNy(nyId, aendring), id);
        P gemt = repository.indsaet(slag, borgerId, id, ny, aendring);
        RegistreretPeriode<P> registreret = new RegistreretPeriode<>(slag, cpr, gemt, 1, afsluttede);
        skrivHaendelser(kald, borgerId, endte, Aendringsart.OPRETTET, registreret);
        return registreret;
    }

    /**
     * The period's new content, judged as if it were new against the citizen's other periods. Empty if no period
     * has the id; {@link ForaeldetVersion} if the current version is not {@code forventet}.
     */
    @Transactional
    public <P extends Borgerperiode> Optional<RegistreretPeriode<P>> ret(Kald kald, Periodeslag<P> slag, long id, int forventet, P rettet,
                                                                          Aendring aendring) {
        return laasOgHent(slag, id).map(lagret -> {
            List<Versioneret<P>> eksisterende = repository.perioder(slag, lagret.borgerId());
            kraevVersion(aktuel(eksisterende, id), forventet);
            P ny = slag.medId(rettet, id);
            List<Periodeafslutning> afsluttede = slag.enAdGangen()
                    ? planlaeg(fejl -> Periodeplan.ret(perioderAf(eksisterende), id, ny.periode(), fejl))
                    : List.of();
            List<RegistreretPeriode<P>> endte = afslut(slag, lagret.cpr(), eksisterende, afsluttede,
                    rettetId -> Aendring.afsluttetAfRettet(rettetId, aendring), id);
            int version = repository.gem(slag, ny, forventet, Aendringsart.RETTET, aendring);
            RegistreretPeriode<P> registreret = new RegistreretPeriode<>(slag, lagret.cpr(), ny, version, afsluttede);
            skrivHaendelser(kald, lagret.borgerId(), endte, Aendringsart.RETTET, registreret);
            return registreret;
        });
    }

    /**
     * Ends the period on {@code til}. A period that already ends on that day is left as it is, without a new
     * version; one that ended earlier is lengthened, judged against the other periods like a correction.
     */
    @Transactional
    public <P extends Borgerperiode> Optional<RegistreretPeriode<P>> afslut(Kald kald, Periodeslag<P> slag, long id, int forventet,
                                                                             LocalDate til, Aendring aendring) {
        return laasOgHent(slag, id).map(lagret -> {
            List<Versioneret<P>> eksisterende = repository.perioder(slag, lagret.borgerId());
            Versioneret<P> versioneret = aktuel(eksisterende, id);
            kraevVersion(versioneret, forventet);
            P aktuel = versioneret.periode();
            Periode afsluttet = planlaeg(fejl -> Optional.ofNullable(Periodeplan.afslut(aktuel.periode(), til, fejl)))
                    .orElseThrow();
            if (afsluttet.equals(aktuel.periode())) {
                return new RegistreretPeriode<>(slag, lagret.cpr(), aktuel, forventet, List.of());
            }
            if (slag.enAdGangen()) {
                planlaeg(fejl -> Periodeplan.ret(perioderAf(eksisterende), id, afsluttet, fejl));
            }
            P ny = slag.med(aktuel, afsluttet);
            int version = repository.gem(slag, ny, forventet, Aendringsart.AFSLUTTET, aendring);
            RegistreretPeriode<P> registreret = new RegistreretPeriode<>(slag, lagret.cpr(), ny, version, List.of());
            skrivHaendelser(kald, lagret.borgerId(), List.of(), Aendringsart.AFSLUTTET, registreret);
            return registreret;
        });
    }

    @Transactional(readOnly = true)
    public <P extends Borgerperiode> Optional<RegistreretPeriode<P>> hent(Periodeslag<P> slag, long id) {
        return repository.hent(slag, id).map(l -> new RegistreretPeriode<>(slag, l.cpr(), l.periode().periode(), l.periode().version(), List.of()));
    }

    /** Every version of the period, oldest first, with the fields each changed; empty if no period has the id. */
    @Transactional(readOnly = true)
    public Optional<List<Historikpost>> historik(Periodeslag<?> slag, long id) {
        List<Historikpost> historik = Historikpost.af(repository.versioner(slag, id));
        return historik.isEmpty() ? Optional.empty() : Optional.of(historik);
    }

    @Transactional(readOnly = true)
    public Borgeroverblik opslag(Cpr cpr) {
        Map<Periodeslag<?>, List<? extends Versioneret<?>>> perioder = new HashMap<>();
        repository.find(cpr).ifPresent(id -> Periodeslag.ALLE.forEach(slag -> perioder.put(slag, repository.perioder(slag, id))));
        return new Borgeroverblik(cpr, perioder);
    }

    /**
     * The period's citizen, locked. The period itself is read again after the lock, with the citizen's other
     * periods: a period never moves to another citizen, but its content may have changed while we waited.
     */
    private <P extends Borgerperiode> Optional<LagretPeriode<P>> laasOgHent(Periodeslag<P> slag, long id) {
        return repository.hent(slag, id).map(fundet -> {
            repository.laas(fundet.borgerId());
            return fundet;
        });
    }

    /** The period as it is now, among the citizen's periods read under the lock. */
    private static <P extends Borgerperiode> Versioneret<P> aktuel(List<Versioneret<P>> eksisterende, long id) {
        return eksisterende.stream().filter(v -> v.periode().id() == id).findFirst().orElseThrow();
    }

    /** Stale is checked before the rules: a change built on an old version is refused whatever it says. */
    private static void kraevVersion(Versioneret<?> aktuel, int forventet) {
        if (aktuel.version() != forventet) {
            throw new ForaeldetVersion(aktuel.version(), forventet);
        }
    }

    /**
     * Ends each open period on its new last day, as a version that names the period {@code aarsag} that ended it;
     * answers the ended periods as stored.
     */
    private <P extends Borgerperiode> List<RegistreretPeriode<P>> afslut(Periodeslag<P> slag, Cpr cpr, List<Versioneret<P>> eksisterende,
                                                                         List<Periodeafslutning> afsluttede, LongFunction<Aendring> aarsag,
                                                                         Long id) {
        Map<Long, Versioneret<P>> efterId = eksisterende.stream().collect(Collectors.toMap(v -> v.periode().id(), Function.identity()));
        List<RegistreretPeriode<P>> endte = new ArrayList<>(afsluttede.size());
        for (Periodeafslutning afslutning : afsluttede) {
            Versioneret<P> gammel = efterId.get(afslutning.id());
            P afsluttet = slag.med(gammel.periode(), new Periode(gammel.periode().periode().fra(), afslutning.sidsteDag()));
            int version = repository.gem(slag, afsluttet, gammel.version(), Aendringsart.AFSLUTTET, aarsag.apply(id));
            endte.add(new RegistreretPeriode<>(slag, cpr, afsluttet, version, List.of()));
        }
        return endte;
    }

    /** The events of one write: the periods it ended (AFSLUTTET), then the period it wrote, as {@code art}. */
    private <P extends Borgerperiode> void skrivHaendelser(Kald kald, long borgerId, List<RegistreretPeriode<P>> endte, Aendringsart art,
                                                           RegistreretPeriode<P> skrevet) {
        List<NyHaendelse> alle = new ArrayList<>(endte.size() + 1);
        endte.forEach(endt -> alle.add(haendelse(kald, borgerId, Aendringsart.AFSLUTTET, endt)));
        alle.add(haendelse(kald, borgerId, art, skrevet));
        haendelser.skriv(alle.toArray(NyHaendelse[]::new));
    }

    private static NyHaendelse haendelse(Kald kald, long borgerId, Aendringsart art, RegistreretPeriode<?> periode) {
        return new NyHaendelse(periode.slag().navn(), art, borgerId, periode.periode().id(), periode.version(), null,
                kald.kalder().somSagsbehandler(), periode);
    }

    private static List<Borgerperiode> perioderAf(List<? extends Versioneret<?>> versionerede) {
        return versionerede.stream().<Borgerperiode>map(Versioneret::periode).toList();
    }

    /** The plan, or {@link dk.samtaleregister.faelles.domain.Regelbrud} with every fault found. */
    private static <T> T planlaeg(Function<Overtraedelser, T> plan) {
        Overtraedelser fejl = new Overtraedelser();
        T resultat = plan.apply(fejl);
        fejl.kastHvisNogen();
        return resultat;
    }
}
