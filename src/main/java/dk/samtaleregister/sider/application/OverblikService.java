package dk.samtaleregister.sider.application;

import dk.samtaleregister.adgang.application.Adgangskontrol;
import dk.samtaleregister.adgang.application.Kald;
import dk.samtaleregister.faelles.domain.Cpr;
import dk.samtaleregister.faelles.domain.DanskTid;
import dk.samtaleregister.kontaktforloeb.application.RapportService;
import dk.samtaleregister.kontaktforloeb.domain.Rettidighedsoverblik;
import dk.samtaleregister.kontaktforloeb.domain.Rettidighedsoverblik.Fristlinje;
import dk.samtaleregister.kontaktforloeb.domain.Rettidighedsrapport;
import dk.samtaleregister.kontaktforloeb.domain.Rettidighedsrapport.Kravlinje;
import dk.samtaleregister.sider.application.Overblik.Frist;
import dk.samtaleregister.sider.application.Overblik.Jobcenterraekke;
import dk.samtaleregister.sider.application.Overblik.Maanedstal;
import dk.samtaleregister.sider.application.Overblik.Serie;
import dk.samtaleregister.sider.domain.Soejlediagram;
import dk.samtaleregister.sider.persistence.Borgernumre;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;

/**
 * The dashboards, from one pass of the rettidighed report's computation ({@link RapportService#overblik}), with the
 * report's access rule: a jobcenter sees its own, STAR everything. Every citizen a jobcenter's lists show is named
 * in the page's audit record.
 */
@Service
public class OverblikService {

    /** Six months: the half year a team leader follows, the current month last. */
    public static final int MAANEDER = 6;
    /** Open frister this many days ahead. */
    public static final int DAGE_FREM = 14;
    /** At most this many citizens in each list; the counts above them say how many there are. */
    public static final int HOEJST_I_LISTE = 200;

    private static final String[] MAANEDSNAVNE = {"jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec"};

    private final RapportService rapporter;
    private final Borgernumre numre;
    private final Adgangskontrol adgang;
    private final Clock ur;

    public OverblikService(RapportService rapporter, Borgernumre numre, Adgangskontrol adgang, Clock ur) {
        this.rapporter = rapporter;
        this.numre = numre;
        this.adgang = adgang;
        this.ur = ur;
    }

    /** The jobcenter's dashboard, for its own caseworkers and for STAR. */
    public Overblik jobcenter(Kald kald, String jobcenter) {
        adgang.kraevRapport(kald, Objects.requireNonNull(jobcenter, "jobcenter"));
        Rettidighedsoverblik.Resultat r = rapporter.overblik(jobcenter, DanskTid.dag(ur.instant()), MAANEDER, DAGE_FREM);
        List<Fristlinje> kommende = r.kommende().stream().limit(HOEJST_I_LISTE).toList();
        List<Fristlinje> overskredne = r.overskredne().stream().limit(HOEJST_I_LISTE).toList();
        Map<Long, Cpr> cpr = numre.cpr(Stream.concat(kommende.stream(), overskredne.stream()).map(Fristlinje::borgerId).distinct().toList());
        cpr.values().forEach(kald::noter);
        return new Overblik(jobcenter, r.pr(), List.copyOf(r.maaneder().keySet()), serier(r), frister(kommende, cpr), frister(overskredne, cpr),
                r.kommende().size(), r.overskredne().size(),
                r.kommende().size() > HOEJST_I_LISTE || r.overskredne().size() > HOEJST_I_LISTE, List.of());
    }

    /**
     * The rettidighed report of the months a dashboard shows, the current one last, with its access rule: for a
     * jobcenter its own caseworkers or STAR, for the whole country (null) STAR.
     */
    public Rettidighedsrapport.Resultat rapport(Kald kald, String jobcenter) {
        if (jobcenter == null) {
            adgang.kraevStar(kald);
        } else {
            adgang.kraevRapport(kald, jobcenter);
        }
        LocalDate idag = DanskTid.dag(ur.instant());
        YearMonth denne = YearMonth.from(idag);
        return rapporter.rettidighed(denne.minusMonths(MAANEDER - 1L).atDay(1), denne.atEndOfMonth(), jobcenter, idag);
    }

    /** The country's dashboard, for STAR: every jobcenter, and no citizen listed. */
    public Overblik landet(Kald kald) {
        adgang.kraevStar(kald);
        Rettidighedsoverblik.Resultat r = rapporter.overblik(null, DanskTid.dag(ur.instant()), MAANEDER, DAGE_FREM);
        List<Serie> serier = serier(r);
        return new Overblik(null, r.pr(), List.copyOf(r.maaneder().keySet()), serier, List.of(), List.of(), r.kommende().size(),
                r.overskredne().size(), false, jobcentre(r, serier));
    }

    /** A series per kontaktgruppe, krav and target, summed over the jobcentres in the report's rows. */
    private static List<Serie> serier(Rettidighedsoverblik.Resultat r) {
        Map<Serienoegle, Map<YearMonth, long[]>> tal = new HashMap<>();
        r.maaneder().forEach((maaned, rapport) -> rapport.krav().forEach(l ->
                laeg(tal.computeIfAbsent(Serienoegle.af(l), n -> new HashMap<>()).computeIfAbsent(maaned, m -> new long[5]), l)));
        List<Serie> serier = new ArrayList<>();
        tal.forEach((noegle, perMaaned) -> {
            List<Maanedstal> raekke = new ArrayList<>();
            long[] sum = new long[5];
            for (YearMonth m : r.maaneder().keySet()) {
                long[] t = perMaaned.getOrDefault(m, new long[5]);
                raekke.add(maanedstal(m, t));
                for (int i = 0; i < 5; i++) {
                    sum[i] += t[i];
                }
            }
            Soejlediagram diagram = new Soejlediagram(raekke.stream().map(m -> new Soejlediagram.Vaerdi(etiket(m.maaned()), m.andel(),
                    etiket(m.maaned()) + ": " + tekst(m))).toList(), noegle.maal());
            serier.add(new Serie(noegle.kontaktgruppe(), noegle.krav(), noegle.maal(), List.copyOf(raekke), maanedstal(null, sum), diagram));
        });
        serier.sort(Comparator.comparingInt(Serie::kontaktgruppe).thenComparing(Serie::krav)
                .thenComparing(Serie::maal, Comparator.nullsFirst(Comparator.naturalOrder())));
        return List.copyOf(serier);
    }

    private static List<Jobcenterraekke> jobcentre(Rettidighedsoverblik.Resultat r, List<Serie> serier) {
        Map<String, Map<Serienoegle, long[]>> tal = new HashMap<>();
        TreeSet<String> centre = new TreeSet<>(Comparator.nullsLast(Comparator.naturalOrder()));
        for (Rettidighedsrapport.Resultat rapport : r.maaneder().values()) {
            for (Kravlinje l : rapport.krav()) {
                centre.add(l.jobcenter());
                laeg(tal.computeIfAbsent(l.jobcenter() == null ? "" : l.jobcenter(), c -> new HashMap<>()).computeIfAbsent(Serienoegle.af(l), n -> new long[5]), l);
            }
        }
        Map<String, long[]> frister = new HashMap<>();
        r.kommende().forEach(f -> frister.computeIfAbsent(f.jobcenter() == null ? "" : f.jobcenter(), c -> new long[2])[0]++);
        r.overskredne().forEach(f -> frister.computeIfAbsent(f.jobcenter() == null ? "" : f.jobcenter(), c -> new long[2])[1]++);
        centre.addAll(frister.keySet().stream().map(c -> c.isEmpty() ? null : c).toList());
        List<Jobcenterraekke> raekker = new ArrayList<>();
        for (String center : centre) {
            String n = center == null ? "" : center;
            Map<Serienoegle, long[]> egne = tal.getOrDefault(n, Map.of());
            List<Double> andele = serier.stream().map(s -> {
                long[] t = egne.get(new Serienoegle(s.kontaktgruppe(), s.krav(), s.maal()));
                return t == null ? null : maanedstal(null, t).andel();
            }).toList();
            long[] f = frister.getOrDefault(n, new long[2]);
            raekker.add(new Jobcenterraekke(center, andele, f[0], f[1]));
        }
        return List.copyOf(raekker);
    }

    private static List<Frist> frister(List<Fristlinje> linjer, Map<Long, Cpr> cpr) {
        return linjer.stream().map(l -> new Frist(cpr.get(l.borgerId()), l.kontaktgruppe(), l.krav(), l.beskrivelse(), l.vindueFra(), l.frist(),
                l.status(), l.antalAfholdt(), l.antalKraevet())).toList();
    }

    /** What a series is: one kontaktgruppe's krav with its target, whichever jobcenter's rows it sums. */
    private record Serienoegle(int kontaktgruppe, String krav, Integer maal) {

        static Serienoegle af(Kravlinje l) {
            return new Serienoegle(l.kontaktgruppe(), l.krav(), l.maal());
        }
    }

    private static void laeg(long[] t, Kravlinje l) {
        t[0] += l.forfaldne();
        t[1] += l.opfyldt();
        t[2] += l.ikkeOpfyldt();
        t[3] += l.aaben();
        t[4] += l.undtaget();
    }

    private static Maanedstal maanedstal(YearMonth maaned, long[] t) {
        long bedoemt = t[1] + t[2];
        return new Maanedstal(maaned, t[0], t[1], t[2], t[3], t[4], bedoemt == 0 ? null : (double) t[1] / bedoemt);
    }

    static String etiket(YearMonth maaned) {
        return MAANEDSNAVNE[maaned.getMonthValue() - 1] + " " + (maaned.getYear() % 100 < 10 ? "0" : "") + maaned.getYear() % 100;
    }

    private static String tekst(Maanedstal m) {
        return m.andel() == null ? "intet at bedømme" : String.format(Locale.ROOT, "%d %% opfyldt (%d af %d)", Math.round(m.andel() * 100),
                m.opfyldt(), m.opfyldt() + m.ikkeOpfyldt());
    }
}
