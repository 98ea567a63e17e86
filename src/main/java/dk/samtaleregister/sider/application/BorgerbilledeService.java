package dk.samtaleregister.sider.application;

import dk.samtaleregister.adgang.application.Adgangskontrol;
import dk.samtaleregister.adgang.application.Kald;
import dk.samtaleregister.borger.application.BorgerService;
import dk.samtaleregister.borger.application.Borgeroverblik;
import dk.samtaleregister.borger.domain.Borgerperiode;
import dk.samtaleregister.borger.domain.Fravaer;
import dk.samtaleregister.borger.domain.Jobcentertilknytning;
import dk.samtaleregister.borger.domain.KontaktgruppePeriode;
import dk.samtaleregister.borger.domain.Periodeslag;
import dk.samtaleregister.borger.domain.Undtagelse;
import dk.samtaleregister.faelles.domain.Cpr;
import dk.samtaleregister.faelles.domain.DanskTid;
import dk.samtaleregister.kontaktforloeb.application.KontaktforloebService;
import dk.samtaleregister.kontaktforloeb.domain.Kontaktforloeb;
import dk.samtaleregister.kontaktforloeb.domain.KravResultat;
import dk.samtaleregister.planlaegning.application.PlanlaegningService;
import dk.samtaleregister.planlaegning.domain.Bookingoverblik;
import dk.samtaleregister.planlaegning.domain.Bookingstatus;
import dk.samtaleregister.samtale.application.SamtaleService;
import dk.samtaleregister.regler.domain.Samtaletype;
import dk.samtaleregister.samtale.domain.Samtale;
import dk.samtaleregister.sider.application.Borgerbillede.Begivenhed;
import dk.samtaleregister.sider.domain.Tidslinje;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The citizen page's facts, read through the same use cases and access checks as the API's: the kontaktforløb
 * ({@code GET /api/v1/kontaktforloeb}: the citizen must be the caller's, or the caller STAR), the situation and the
 * conversations the caller may see (an a-kasse only the samtaletyper it may see). The audit record is the request's,
 * naming the citizen, as for the API.
 */
@Service
public class BorgerbilledeService {

    /** The timeline shows the last year and the next quarter: the windows and frister a caseworker acts on. */
    static final int MAANEDER_TILBAGE = 12;
    static final int MAANEDER_FREM = 3;

    private final KontaktforloebService kontaktforloeb;
    private final BorgerService borgere;
    private final SamtaleService samtaler;
    private final PlanlaegningService bookinger;
    private final Adgangskontrol adgang;
    private final Clock ur;

    public BorgerbilledeService(KontaktforloebService kontaktforloeb, BorgerService borgere, SamtaleService samtaler, PlanlaegningService bookinger,
                                Adgangskontrol adgang, Clock ur) {
        this.kontaktforloeb = kontaktforloeb;
        this.borgere = borgere;
        this.samtaler = samtaler;
        this.bookinger = bookinger;
        this.adgang = adgang;
        this.ur = ur;
    }

    @Transactional(readOnly = true)
    public Borgerbillede billede(Kald kald, Cpr cpr) {
        LocalDate idag = DanskTid.dag(ur.instant());
        // The access of GET /api/v1/kontaktforloeb, which also lets the caller see the situation; the periods and the
        // conversations are read once, for the computation and for the page.
        adgang.kraevLaesning(kald, cpr);
        Borgeroverblik situation = borgere.opslag(cpr);
        List<Samtale> alle = samtaler.alle(cpr);
        List<Kontaktforloeb> forloeb = kontaktforloeb.beregn(situation, alle, idag);
        List<KontaktgruppePeriode> grupper = situation.periodeindhold(Periodeslag.KONTAKTGRUPPE);
        List<Fravaer> fravaer = situation.periodeindhold(Periodeslag.FRAVAER);
        List<Undtagelse> undtagelser = situation.periodeindhold(Periodeslag.UNDTAGELSE);
        List<Jobcentertilknytning> jobcentre = situation.periodeindhold(Periodeslag.JOBCENTERTILKNYTNING);
        Predicate<Samtaletype> synlige = adgang.synlige(kald);
        List<Samtale> sete = alle.stream().filter(s -> synlige.test(s.registrering().samtaletype()))
                .sorted(Comparator.comparing((Samtale s) -> s.registrering().afholdt()).reversed()).toList();
        List<Bookingoverblik> planlagte = bookinger.borgerens(kald, cpr);
        LocalDate naesteFrist = forloeb.stream().map(Kontaktforloeb::naesteFrist).filter(Objects::nonNull).min(Comparator.naturalOrder()).orElse(null);
        return new Borgerbillede(cpr.maskeret(), idag, paaDagen(grupper, idag), paaDagen(jobcentre, idag), naesteFrist, forloeb, grupper,
                fravaer, undtagelser, sete, planlagte, tidslinje(idag, grupper, fravaer, undtagelser, sete, planlagte, forloeb),
                begivenheder(grupper, fravaer, undtagelser, sete, planlagte, forloeb));
    }

    private static Tidslinje tidslinje(LocalDate idag, List<KontaktgruppePeriode> grupper, List<Fravaer> fravaer, List<Undtagelse> undtagelser,
                                       List<Samtale> sete, List<Bookingoverblik> planlagte, List<Kontaktforloeb> forloeb) {
        Tidslinje t = new Tidslinje(idag.minusMonths(MAANEDER_TILBAGE), idag.plusMonths(MAANEDER_FREM));
        Tidslinje.Spor kg = t.spor("Kontaktgruppe");
        grupper.forEach(p -> t.bjaelke(kg, p.periode().fra(), p.periode().til(), p.kontaktgruppe().visning() + ", " + p.periode().visning(),
                "kontaktgruppe"));
        Tidslinje.Spor fr = t.spor("Fravær");
        fravaer.forEach(p -> t.bjaelke(fr, p.periode().fra(), p.periode().til(), p.fravaerstype().navn() + ", " + p.periode().visning(), "fravaer"));
        Tidslinje.Spor ud = t.spor("Undtagelser");
        undtagelser.forEach(p -> t.bjaelke(ud, p.periode().fra(), p.periode().til(), p.grund().navn() + ", " + p.periode().visning(), "undtagelse"));
        Tidslinje.Spor bo = t.spor("Bookinger");
        planlagte.stream().filter(b -> b.planlagtSamtale().status() == Bookingstatus.AKTIV)
                .forEach(b -> t.punkt(bo, DanskTid.dag(b.planlagtSamtale().indhold().start()), bookingtekst(b), "booking"));
        Tidslinje.Spor sa = t.spor("Samtaler");
        sete.stream().filter(s -> !s.annulleret()).forEach(s -> t.punkt(sa, s.registrering().afholdtDag(), samtaletekst(s),
                s.nulstillende() ? "nulstillende" : "samtale"));
        for (Kontaktforloeb f : forloeb) {
            for (KravResultat krav : f.krav()) {
                if (krav.frist() == null || krav.frist().isBefore(t.fra())) {
                    continue;
                }
                Tidslinje.Spor k = t.spor("Krav " + krav.kode());
                String status = Statustekst.af(krav.status());
                t.bjaelke(k, krav.vindueFra(), krav.frist(), krav.beskrivelse() + ": vindue " + krav.vindueFra() + " til frist " + krav.frist()
                        + ", " + status, "krav-" + krav.status().name().toLowerCase(java.util.Locale.ROOT));
                t.punkt(k, krav.frist(), "Frist " + krav.frist() + ": " + status, "frist");
            }
        }
        t.punkt(t.spor("I dag"), idag, "I dag, " + idag, "idag");
        return t;
    }

    private static List<Begivenhed> begivenheder(List<KontaktgruppePeriode> grupper, List<Fravaer> fravaer, List<Undtagelse> undtagelser,
                                                 List<Samtale> sete, List<Bookingoverblik> planlagte, List<Kontaktforloeb> forloeb) {
        List<Begivenhed> rk = new ArrayList<>();
        grupper.forEach(p -> rk.add(new Begivenhed(p.periode().fra(), "Kontaktgruppe", p.kontaktgruppe().visning() + ", " + p.periode().visning())));
        fravaer.forEach(p -> rk.add(new Begivenhed(p.periode().fra(), "Fravær", p.fravaerstype().navn() + ", " + p.periode().visning())));
        undtagelser.forEach(p -> rk.add(new Begivenhed(p.periode().fra(), "Undtagelse", p.grund().navn() + ", " + p.periode().visning())));
        sete.forEach(s -> rk.add(new Begivenhed(s.registrering().afholdtDag(), s.annulleret() ? "Samtale (annulleret)" : "Samtale", samtaletekst(s))));
        planlagte.forEach(b -> rk.add(new Begivenhed(DanskTid.dag(b.planlagtSamtale().indhold().start()),
                b.planlagtSamtale().status() == Bookingstatus.AFLYST ? "Booking (aflyst)" : "Booking", bookingtekst(b))));
        forloeb.forEach(f -> f.krav().stream().filter(k -> k.frist() != null).forEach(k -> rk.add(new Begivenhed(k.frist(), "Frist " + k.kode(),
                k.beskrivelse() + " (vindue fra " + k.vindueFra() + "): " + Statustekst.af(k.status()) + ", " + k.antalAfholdt() + " af "
                        + k.antalKraevet() + " afholdt"))));
        rk.sort(Comparator.comparing(Begivenhed::dato).reversed());
        return rk;
    }

    static String bookingtekst(Bookingoverblik b) {
        var p = b.planlagtSamtale();
        return p.indhold().samtaletype().visning() + ", " + p.indhold().kontaktform().navn() + ", " + DanskTid.visning(p.indhold().start())
                + ", booking nr. " + p.nummer() + (b.afholdteSamtaler().isEmpty() ? "" : ", afholdt som nr. " + b.afholdteSamtaler());
    }

    /** A conversation as the pages name it: its samtaletype, its kontaktform, and whether it is nulstillende. */
    public static String beskrivelse(Samtale s) {
        var r = s.registrering();
        return r.samtaletype().visning() + ", " + r.kontaktform().navn() + (s.nulstillende() ? ", nulstillende" : "");
    }

    private static String samtaletekst(Samtale s) {
        return beskrivelse(s) + ", nr. " + s.samtalenummer();
    }

    private static <P extends Borgerperiode> P paaDagen(List<P> perioder, LocalDate dag) {
        return perioder.stream().filter(p -> p.periode().indeholder(dag)).findFirst().orElse(null);
    }
}
