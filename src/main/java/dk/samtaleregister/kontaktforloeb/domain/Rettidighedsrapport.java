package dk.samtaleregister.kontaktforloeb.domain;

import dk.samtaleregister.borger.domain.KontaktgruppePeriode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The rettidighed report, accumulated citizen by citizen so that a whole population can be
 * streamed through it without holding more than one citizen at a time.
 *
 * <p>For every krav whose frist falls in [fra, til], counted under the citizen's jobcenter on the frist (null when
 * the citizen has no jobcentertilknytning that day), the kontaktgruppe and the krav: forfaldne (all such krav),
 * opfyldt, ikke opfyldt and åben (the frist has not passed as of {@code pr}). And, like jobindsats.dk, the held
 * conversations (not annulled) with their Danish day in [fra, til], under the jobcenter the citizen was attached to
 * that day, by {@link Kontaktformgruppe}. With a jobcenter filter only that jobcenter's rows are counted.
 *
 * <p>Not thread-safe: one report is filled by one thread.
 */
public final class Rettidighedsrapport {

    /**
     * One row of the krav part. {@code andelOpfyldt} is opfyldt / (opfyldt + ikkeOpfyldt), null when both are 0: the
     * exempted (undtaget) are counted apart and are in neither.
     */
    public record Kravlinje(String jobcenter, int kontaktgruppe, String kode, long forfaldne, long opfyldt, long ikkeOpfyldt,
                            long aaben, long undtaget, Double andelOpfyldt) {
    }

    /** Held conversations of one jobcenter (null: no attachment on the day held) by kontaktform group. */
    public record Samtaletal(String jobcenter, long personligt, long telefon, long video, long andet, long iAlt) {
    }

    public record Resultat(LocalDate fra, LocalDate til, String jobcenter, LocalDate pr, List<Kravlinje> krav,
                           List<Samtaletal> samtaler) {
    }

    private record Noegle(String jobcenter, int kontaktgruppe, String kode) {
    }

    private static final Comparator<String> JOBCENTER = Comparator.nullsLast(Comparator.naturalOrder());

    private final Kontaktforloebsberegning beregning;
    private final LocalDate fra;
    private final LocalDate til;
    private final String jobcenter;
    private final LocalDate pr;
    /** Per key: forfaldne, opfyldt, ikke opfyldt, åben, undtaget. */
    private final Map<Noegle, long[]> krav = new HashMap<>();
    /** Per jobcenter (null key allowed): one count per Kontaktformgruppe ordinal. */
    private final Map<String, long[]> samtaler = new HashMap<>();
    private long borgere;

    public Rettidighedsrapport(Kontaktforloebsberegning beregning, LocalDate fra, LocalDate til, String jobcenter, LocalDate pr) {
        if (til.isBefore(fra)) {
            throw new IllegalArgumentException("til before fra");
        }
        this.beregning = beregning;
        this.fra = fra;
        this.til = til;
        this.jobcenter = jobcenter;
        this.pr = pr;
    }

    /**
     * Adds one citizen. The lists may be reused by the caller after the call: nothing of them is kept.
     *
     * @param tilknytninger the citizen's jobcentertilknytninger (at least those overlapping [fra, til])
     * @param kontakter     the citizen's conversations that are not annulled (at least those held up to til)
     */
    public void tilfoej(List<KontaktgruppePeriode> perioder, List<Jobcenterperiode> tilknytninger, List<Kontaktsamtale> kontakter) {
        borgere++;
        if (!perioder.isEmpty()) {
            for (Kontaktforloeb forloeb : beregning.beregn(Borgergrundlag.afPerioder(perioder), kontakter, pr)) {
                int gruppe = forloeb.kontaktgruppe().nummer();
                for (KravResultat k : forloeb.krav()) {
                    LocalDate frist = k.frist();
                    if (frist.isBefore(fra) || frist.isAfter(til)) {
                        continue;
                    }
                    String center = jobcenter(tilknytninger, frist);
                    if (jobcenter != null && !jobcenter.equals(center)) {
                        continue;
                    }
                    long[] tal = krav.computeIfAbsent(new Noegle(center, gruppe, k.kode()), n -> new long[5]);
                    tal[0]++;
                    tal[switch (k.status()) {
                        case OPFYLDT -> 1;
                        case IKKE_OPFYLDT -> 2;
                        case AABEN -> 3;
                        case UNDTAGET -> 4;
                    }]++;
                }
            }
        }
        for (Kontaktsamtale s : kontakter) {
            LocalDate dag = s.afholdt();
            if (s.annulleret() || dag.isBefore(fra) || dag.isAfter(til)) {
                continue;
            }
            String center = jobcenter(tilknytninger, dag);
            if (jobcenter != null && !jobcenter.equals(center)) {
                continue;
            }
            samtaler.computeIfAbsent(center, c -> new long[Kontaktformgruppe.values().length])[Kontaktformgruppe.af(s.kontaktform()).ordinal()]++;
        }
    }

    /** How many citizens were added. */
    public long borgere() {
        return borgere;
    }

    public Resultat resultat() {
        List<Kravlinje> linjer = new ArrayList<>(krav.size());
        krav.forEach((n, t) -> {
            long bedoemt = t[1] + t[2];
            linjer.add(new Kravlinje(n.jobcenter(), n.kontaktgruppe(), n.kode(), t[0], t[1], t[2], t[3], t[4],
                    bedoemt == 0 ? null : (double) t[1] / bedoemt));
        });
        linjer.sort(Comparator.comparing(Kravlinje::jobcenter, JOBCENTER).thenComparingInt(Kravlinje::kontaktgruppe)
                .thenComparing(Kravlinje::kode));
        List<Samtaletal> tal = new ArrayList<>(samtaler.size());
        samtaler.forEach((c, t) -> tal.add(new Samtaletal(c, t[0], t[1], t[2], t[3], t[0] + t[1] + t[2] + t[3])));
        tal.sort(Comparator.comparing(Samtaletal::jobcenter, JOBCENTER));
        return new Resultat(fra, til, jobcenter, pr, List.copyOf(linjer), List.copyOf(tal));
    }

    private static String jobcenter(List<Jobcenterperiode> tilknytninger, LocalDate dag) {
        for (int i = 0, n = tilknytninger.size(); i < n; i++) {
            Jobcenterperiode t = tilknytninger.get(i);
            if (t.periode().indeholder(dag)) {
                return t.jobcenter();
            }
        }
        return null;
    }
}
