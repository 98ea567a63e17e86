package dk.samtaleregister.benchmark;

import static java.nio.charset.StandardCharsets.UTF_8;

import dk.samtaleregister.borger.domain.AndenAktoerHenvisning;
import dk.samtaleregister.borger.domain.BorgerSituation;
import dk.samtaleregister.borger.domain.Fravaer;
import dk.samtaleregister.borger.domain.KontaktgruppePeriode;
import dk.samtaleregister.borger.domain.Undtagelse;
import dk.samtaleregister.faelles.domain.Myndighedstype;
import dk.samtaleregister.faelles.domain.Periode;
import dk.samtaleregister.kontaktforloeb.domain.Borgergrundlag;
import dk.samtaleregister.kontaktforloeb.domain.Kontaktforloeb;
import dk.samtaleregister.kontaktforloeb.domain.Kontaktforloebsberegning;
import dk.samtaleregister.kontaktforloeb.domain.Kontaktsamtale;
import dk.samtaleregister.kontaktforloeb.domain.KravResultat;
import dk.samtaleregister.kontaktforloeb.domain.Kravbog;
import dk.samtaleregister.kontaktforloeb.domain.Undtagelsesregler;
import dk.samtaleregister.regler.domain.Fravaerstype;
import dk.samtaleregister.regler.domain.Kontaktform;
import dk.samtaleregister.regler.domain.Kontaktgruppe;
import dk.samtaleregister.regler.domain.Samtaletype;
import dk.samtaleregister.regler.domain.Undtagelsesgrund;
import java.io.InputStreamReader;
import java.io.Reader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * A timed benchmark (not JMH; not a test) of the in-memory computation of every kontaktforløb (BENCHMARKS.md
 * section 5; target 1,000,000 citizens in 10 s or less on 2 cores):
 * builds N synthetic citizens in memory, drawn as bench/befolkning.sh draws them (one or two kontaktgruppe periods
 * starting in 2023-2024, ten conversations each), then times {@link Kontaktforloebsberegning#beregn} over all of them
 * on T threads, several rounds; the first rounds are the JIT's warm-up. Run by {@code bench/kontaktforloeb.sh N}.
 *
 * <p>Arguments: N (citizens), T (threads, default 2), R (rounds, default 5).
 */
public final class KontaktforloebMaaling {

    /** The day the krav are judged by: after every generated conversation. */
    private static final LocalDate PR = LocalDate.of(2026, 1, 31);
    private static final LocalDate BASIS = LocalDate.of(2023, 1, 1);

    private record Borger(Borgergrundlag grundlag, List<Kontaktsamtale> samtaler) {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int traade = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        int runder = args.length > 2 ? Integer.parseInt(args[2]) : 5;

        ClassLoader classLoader = KontaktforloebMaaling.class.getClassLoader();
        Function<String, Reader> fil = name -> new InputStreamReader(classLoader.getResourceAsStream(name), UTF_8);
        Kravbog kravbog = Kravbog.laes(fil, EnumSet.allOf(Kontaktgruppe.class));
        Kontaktforloebsberegning beregning = new Kontaktforloebsberegning(kravbog, Undtagelsesregler.laes(fil, kravbog));

        long t0 = System.nanoTime();
        Borger[] borgere = befolkning(n, new SplittableRandom(4242));
        System.out.printf("built %,d citizens (%,d periods, %,d conversations) in memory in %.1f s%n", n,
                tael(borgere, true), tael(borgere, false), (System.nanoTime() - t0) / 1e9);

        ExecutorService pool = Executors.newFixedThreadPool(traade);
        try {
            for (int runde = 1; runde <= runder; runde++) {
                long start = System.nanoTime();
                long[] optalt = koer(borgere, beregning, pool, traade);
                double sekunder = (System.nanoTime() - start) / 1e9;
                System.out.printf("round %d: beregn for %,d citizens on %d thread(s): %.2f s (%,.0f citizens/s);"
                                + " %,d forløb, %,d krav (%,d OPFYLDT, %,d IKKE_OPFYLDT, %,d AABEN, %,d UNDTAGET)%n",
                        runde, n, traade, sekunder, n / sekunder, optalt[0], optalt[1], optalt[2], optalt[3], optalt[4], optalt[5]);
            }
        } finally {
            pool.shutdown();
        }
    }

    private static long tael(Borger[] borgere, boolean perioder) {
        long antal = 0;
        for (Borger b : borgere) {
            antal += perioder ? b.grundlag().situation().kontaktgrupper().size() : b.samtaler().size();
        }
        return antal;
    }

    /** Each thread takes a contiguous slice; returns forløb, krav, and krav per status (summed, so nothing is dead code). */
    private static long[] koer(Borger[] borgere, Kontaktforloebsberegning beregning, ExecutorService pool, int traade)
            throws Exception {
        List<Future<long[]>> dele = new ArrayList<>();
        int skive = (borgere.length + traade - 1) / traade;
        for (int t = 0; t < traade; t++) {
            int fra = t * skive;
            int til = Math.min(borgere.length, fra + skive);
            dele.add(pool.submit(() -> {
                long[] optalt = new long[6];
                for (int i = fra; i < til; i++) {
                    for (Kontaktforloeb forloeb : beregning.beregn(borgere[i].grundlag(), borgere[i].samtaler(), PR)) {
                        optalt[0]++;
                        for (KravResultat krav : forloeb.krav()) {
                            optalt[1]++;
                            optalt[switch (krav.status()) {
                                case OPFYLDT -> 2;
                                case IKKE_OPFYLDT -> 3;
                                case AABEN -> 4;
                                case UNDTAGET -> 5;
                            }]++;
                        }
                    }
                }
                return optalt;
            }));
        }
        long[] i_alt = new long[6];
        for (Future<long[]> del : dele) {
            long[] optalt = del.get();
            for (int i = 0; i < i_alt.length; i++) {
                i_alt[i] += optalt[i];
            }
        }
        return i_alt;
    }

    /** As bench/befolkning.sh: groups 1/2/6/12 (40/25/20/15 %), 15 % a change of group, 15 % of group 1 a break. */
    static Borger[] befolkning(int n, SplittableRandom r) {
        // Shared day objects, as a reader would not share them but the figures should measure the computation.
        LocalDate[] dage = new LocalDate[1500];
        for (int i = 0; i < dage.length; i++) {
            dage[i] = BASIS.plusDays(i);
        }
        Borger[] borgere = new Borger[n];
        long samtalenummer = 1;
        long periodeid = 1;
        for (int i = 0; i < n; i++) {
            double rg = r.nextDouble();
            Kontaktgruppe gruppe1 = rg < 0.40 ? Kontaktgruppe.DAGPENGEMODTAGER : rg < 0.65 ? Kontaktgruppe.KONTANTHJAELPSMODTAGER
                    : rg < 0.85 ? Kontaktgruppe.SYGEDAGPENGEMODTAGER : Kontaktgruppe.UDDANNELSESHJAELPSMODTAGER;
            double rm = r.nextDouble();
            int moenster = rm < 0.15 ? 1 : rm < 0.30 && gruppe1 == Kontaktgruppe.DAGPENGEMODTAGER ? 2 : 0;
            int s = r.nextInt(731);
            int d = 60 + r.nextInt(201);
            int gap = 30 + r.nextInt(61);
            List<KontaktgruppePeriode> perioder = new ArrayList<>(2);
            if (moenster == 0) {
                perioder.add(new KontaktgruppePeriode(periodeid++, gruppe1, new Periode(dage[s], null)));
            } else {
                perioder.add(new KontaktgruppePeriode(periodeid++, gruppe1, new Periode(dage[s], dage[s + d - 1])));
                if (moenster == 1) {
                    Kontaktgruppe gruppe2 = gruppe1 == Kontaktgruppe.UDDANNELSESHJAELPSMODTAGER
                            ? Kontaktgruppe.KONTANTHJAELPSMODTAGER : Kontaktgruppe.UDDANNELSESHJAELPSMODTAGER;
                    perioder.add(new KontaktgruppePeriode(periodeid++, gruppe2, new Periode(dage[s + d], null)));
                } else {
                    perioder.add(new KontaktgruppePeriode(periodeid++, gruppe1, new Periode(dage[s + d + gap], null)));
                }
            }
            List<Kontaktsamtale> samtaler = new ArrayList<>(10);
            for (int k = 0; k < 10; k++) {
                int o = k * 35 + r.nextInt(21);
                int dag = s + (moenster == 2 && o >= d ? o + gap : o);
                double rt = r.nextDouble();
                Samtaletype type = rt < 0.70 ? Samtaletype.JOBSAMTALE : rt < 0.80 ? Samtaletype.OPFOELGNINGSSAMTALE
                        : rt < 0.90 ? Samtaletype.JOBSAMTALE_MED_AKASSE : Samtaletype.ANDEN_SAMTALE;
                double rf = r.nextDouble();
                Kontaktform form = rf < 0.40 ? Kontaktform.PERSONLIGT_FREMMOEDE : rf < 0.65 ? Kontaktform.TELEFONISK
                        : rf < 0.90 ? Kontaktform.DIGITALT_MOEDE : Kontaktform.BREV;
                boolean nulstillende = type != Samtaletype.ANDEN_SAMTALE && form != Kontaktform.BREV;
                boolean akasse = gruppe1 == Kontaktgruppe.DAGPENGEMODTAGER
                        && (type == Samtaletype.JOBSAMTALE || type == Samtaletype.JOBSAMTALE_MED_AKASSE) && r.nextDouble() < 0.30;
                samtaler.add(new Kontaktsamtale(samtalenummer++, dage[dag], type, form,
                        akasse ? Myndighedstype.AKASSE : Myndighedstype.JOBCENTER, akasse ? "AK12" : "101", nulstillende, false));
            }
            // As bench/befolkning.sh: 10 % a sickness absence, every twentieth an undtagelse, another twentieth a referral.
            List<Fravaer> sygdom = r.nextDouble() < 0.10
                    ? List.of(new Fravaer(i, Fravaerstype.SYGDOM_SYGEMELDING, new Periode(dage[s + 20], dage[s + 20 + d % 25]))) : List.of();
            List<Undtagelse> undtagelser = i % 20 == 3 ? List.of(new Undtagelse(i, gruppe1 == Kontaktgruppe.SYGEDAGPENGEMODTAGER
                    ? Undtagelsesgrund.SYGEDAGPENGE_KATEGORI_1 : Undtagelsesgrund.MINDRE_INTENSIV_INDSATS, new Periode(dage[s + 10], dage[s + 100])))
                    : List.of();
            List<AndenAktoerHenvisning> henvisninger = i % 20 == 7
                    ? List.of(new AndenAktoerHenvisning(i, "AA1", new Periode(dage[s + 30], dage[s + 180]))) : List.of();
            borgere[i] = new Borger(new Borgergrundlag(new BorgerSituation(perioder, sygdom, List.of(), List.of(), henvisninger), undtagelser),
                    samtaler);
        }
        return borgere;
    }
}
