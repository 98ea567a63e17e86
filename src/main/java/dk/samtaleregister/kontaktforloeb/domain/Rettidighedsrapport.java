package dk.samtaleregister.kontaktforloeb.domain;

import dk.samtaleregister.regler.domain.Kontaktform;
import dk.samtaleregister.regler.domain.Undtagelsesgrund;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The rettidighed report, accumulated citizen by citizen so that a whole population can be
 * streamed through it without holding more than one citizen at a time.
 *
 * <p>For every krav whose frist falls in [fra, til], counted under the citizen's jobcenter on the frist (null when
 * the citizen has no jobcentertilknytning that day), the kontaktgruppe, the krav and its target: forfaldne (all such
 * krav), opfyldt, ikke opfyldt, åben (the frist has not passed as of {@code pr}) and undtaget (counted apart); the
 * share met of those judged and not exempted, and whether the target (lov 1750/2025: 75 %) is reached; the share
 * exempted as SELV_I_JOB, flagged above the 25 % a kommune may exempt; and the counted conversations by form, as STAR
 * publishes them (https://star.dk/indsatser-og-ordninger/kontaktforloeb/samtaledata/). And, like jobindsats.dk, the held
 * conversations (not annulled) with their Danish day in [fra, til], under the jobcenter the citizen was attached to
 * that day, by {@link Kontaktformgruppe}. With a jobcenter filter only that jobcenter's rows are counted.
 *
 * <p>Not thread-safe: one report is filled by one thread.
 */
public final class Rettidighedsrapport {

    /** The most a kommune may exempt as SELV_I_JOB: 25 % of a group (lov 1750/2025). */
    public static final double SELV_I_JOB_GRAENSE = 0.25;

    /**
     * One row of the krav part; the JSON and the CSV have these columns in this order. {@code andelOpfyldt} is
     * opfyldt / (opfyldt + ikkeOpfyldt), null when both are 0: the exempted are in neither. {@code maalNaaet} is null
     * for a krav without a target or with nothing judged. {@code andelSelvIJob} is undtagetSelvIJob / forfaldne.
     */
    public record Kravlinje(String jobcenter, int kontaktgruppe, String krav, Integer maal, long forfaldne, long opfyldt,
                            long ikkeOpfyldt, long aaben, long undtaget, Double andelOpfyldt, Boolean maalNaaet, long undtagetSelvIJob,
                            Double andelSelvIJob, boolean selvIJobOverGraensen, long taltePersonligt, long talteTelefon,
                            long talteDigitalt, long talteAndet) {
    }

    /** Held conversations of one jobcenter (null: no attachment on the day held) by kontaktform group. */
    public record Samtaletal(String jobcenter, long personligt, long telefon, long video, long andet, long iAlt) {
    }

    public record Resultat(LocalDate fra, LocalDate til, String jobcenter, LocalDate pr, List<Kravlinje> krav,
                           List<Samtaletal> samtaler) {
    }

    private record Noegle(String jobcenter, int kontaktgruppe, String kode, Integer maal) {
    }

    /** The columns of a key's counts. */
    private static final int FORFALDNE = 0, OPFYLDT = 1, IKKE_OPFYLDT = 2, AABEN = 3, UNDTAGET = 4, SELV_I_JOB = 5, TALTE = 6;

    private static final Comparator<String> JOBCENTER = Comparator.nullsLast(Comparator.naturalOrder());

    private final Kontaktforloebsberegning beregning;
    private final LocalDate fra;
    private final LocalDate til;
    private final String jobcenter;
    private final LocalDate pr;
    /** Per key: the counts by the column constants, then the counted conversations by Kontaktformgruppe ordinal. */
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
    public void tilfoej(Borgergrundlag grundlag, List<Jobcenterperiode> tilknytninger, List<Kontaktsamtale> kontakter) {
        tilfoej(grundlag.situation().kontaktgrupper().isEmpty() ? List.of() : beregning.beregn(grundlag, kontakter, pr), tilknytninger, kontakter);
    }

    /** Adds one citizen whose kontaktforløb, as of this report's day, are already computed. */
    public void tilfoej(List<Kontaktforloeb> beregnede, List<Jobcenterperiode> tilknytninger, List<Kontaktsamtale> kontakter) {
        borgere++;
        for (Kontaktforloeb forloeb : beregnede) {
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
                long[] tal = krav.computeIfAbsent(new Noegle(center, gruppe, k.kode(), k.maal()),
                        n -> new long[TALTE + Kontaktformgruppe.values().length]);
                tal[FORFALDNE]++;
                tal[switch (k.status()) {
                    case OPFYLDT -> OPFYLDT;
                    case IKKE_OPFYLDT -> IKKE_OPFYLDT;
                    case AABEN -> AABEN;
                    case UNDTAGET -> UNDTAGET;
                }]++;
                if (k.undtaget() == Undtagelsesgrund.SELV_I_JOB) {
                    tal[SELV_I_JOB]++;
                }
                for (long nummer : k.talteSamtaler()) {
                    tal[TALTE + Kontaktformgruppe.af(form(kontakter, nummer)).ordinal()]++;
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
            long bedoemt = t[OPFYLDT] + t[IKKE_OPFYLDT];
            Double andel = bedoemt == 0 ? null : (double) t[OPFYLDT] / bedoemt;
            Boolean naaet = n.maal() == null || andel == null ? null : andel * 100 >= n.maal();
            Double selv = t[FORFALDNE] == 0 ? null : (double) t[SELV_I_JOB] / t[FORFALDNE];
            linjer.add(new Kravlinje(n.jobcenter(), n.kontaktgruppe(), n.kode(), n.maal(), t[FORFALDNE], t[OPFYLDT], t[IKKE_OPFYLDT],
                    t[AABEN], t[UNDTAGET], andel, naaet, t[SELV_I_JOB], selv, selv != null && selv > SELV_I_JOB_GRAENSE,
                    t[TALTE + Kontaktformgruppe.PERSONLIGT.ordinal()], t[TALTE + Kontaktformgruppe.TELEFON.ordinal()],
                    t[TALTE + Kontaktformgruppe.VIDEO.ordinal()], t[TALTE + Kontaktformgruppe.ANDET.ordinal()]));
        });
        linjer.sort(Comparator.comparing(Kravlinje::jobcenter, JOBCENTER).thenComparingInt(Kravlinje::kontaktgruppe)
                .thenComparing(Kravlinje::krav).thenComparing(Kravlinje::maal, Comparator.nullsFirst(Comparator.naturalOrder())));
        List<Samtaletal> tal = new ArrayList<>(samtaler.size());
        samtaler.forEach((c, t) -> tal.add(new Samtaletal(c, t[0], t[1], t[2], t[3], t[0] + t[1] + t[2] + t[3])));
        tal.sort(Comparator.comparing(Samtaletal::jobcenter, JOBCENTER));
        return new Resultat(fra, til, jobcenter, pr, List.copyOf(linjer), List.copyOf(tal));
    }

    /** The form of the citizen's conversation with this number (a citizen has few, so a look through them is enough). */
    private static Kontaktform form(List<Kontaktsamtale> kontakter, long nummer) {
        for (int i = 0, n = kontakter.size(); i < n; i++) {
            if (kontakter.get(i).samtalenummer() == nummer) {
                return kontakter.get(i).kontaktform();
            }
        }
        return null;
    }

    /** The jobcenter the citizen was attached to on the day, or null: whose krav a frist is, whose count a conversation. */
    static String jobcenter(List<Jobcenterperiode> tilknytninger, LocalDate dag) {
        for (int i = 0, n = tilknytninger.size(); i < n; i++) {
            Jobcenterperiode t = tilknytninger.get(i);
            if (t.periode().indeholder(dag)) {
                return t.jobcenter();
            }
        }
        return null;
    }

    /**
     * The krav rows with the same columns as the JSON, in the order of {@link Kravlinje}'s
     * components: a jobcenter unknown on the frist is "ukendt", a share has a decimal comma and at most 4 decimals, a
     * yes/no is "ja" or "nej", and what is undefined is empty.
     */
    public static String csv(Resultat resultat) {
        RecordComponent[] kolonner = Kravlinje.class.getRecordComponents();
        StringBuilder csv = new StringBuilder(Arrays.stream(kolonner).map(RecordComponent::getName).collect(Collectors.joining(";"))).append("\r\n");
        for (Kravlinje l : resultat.krav()) {
            for (int i = 0; i < kolonner.length; i++) {
                csv.append(i == 0 ? "" : ";").append(i == 0 && l.jobcenter() == null ? "ukendt" : felt(vaerdi(kolonner[i], l)));
            }
            csv.append("\r\n");
        }
        return csv.toString();
    }

    private static Object vaerdi(RecordComponent kolonne, Kravlinje linje) {
        try {
            return kolonne.getAccessor().invoke(linje);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot read column " + kolonne.getName(), e);
        }
    }

    private static String felt(Object vaerdi) {
        if (vaerdi == null) {
            return "";
        }
        if (vaerdi instanceof Double andel) {
            return BigDecimal.valueOf(andel).setScale(4, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString().replace('.', ',');
        }
        if (vaerdi instanceof Boolean ja) {
            return ja ? "ja" : "nej";
        }
        return vaerdi.toString();
    }
}
