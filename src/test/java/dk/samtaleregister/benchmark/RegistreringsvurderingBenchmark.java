package dk.samtaleregister.benchmark;

import dk.samtaleregister.borger.domain.BorgerSituation;
import dk.samtaleregister.borger.domain.Fravaer;
import dk.samtaleregister.borger.domain.Jobcentertilknytning;
import dk.samtaleregister.borger.domain.KontaktgruppePeriode;
import dk.samtaleregister.faelles.domain.Periode;
import dk.samtaleregister.regler.domain.Fravaerstype;
import dk.samtaleregister.regler.domain.Kontaktgruppe;
import dk.samtaleregister.regler.domain.Regelbog;
import dk.samtaleregister.regler.domain.Samtaletype;
import dk.samtaleregister.samtale.domain.Registrering;
import dk.samtaleregister.samtale.domain.Registreringsindlaesning;
import dk.samtaleregister.samtale.domain.Registreringspolitik;
import dk.samtaleregister.samtale.domain.Samtaleanmodning;
import dk.samtaleregister.samtale.domain.TidligereSamtale;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What the service does in memory for one registration, without HTTP and PostgreSQL: read the request's fields
 * (rules 1-2, {@link Registreringsindlaesning#fortolk}) and judge it by rules 3-9 ({@link Registreringspolitik#vurder})
 * against a citizen's situation and earlier conversations, with the real rule files from the classpath.
 *
 * <p>Not a test (the name does not end in Test): run it with {@code bench/jmh.sh RegistreringsvurderingBenchmark},
 * see BENCHMARKS.md. Every registration here is valid, so the happy path is measured; {@link #forberedt} checks that.
 */
@State(Scope.Benchmark)
@BenchmarkMode({Mode.AverageTime, Mode.Throughput})
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 3)
public class RegistreringsvurderingBenchmark {

    /** "Now" for rule 2 (afholdt not in the future): fixed, so that every run judges the same thing. */
    static final Instant NU = Instant.parse("2024-03-01T12:00:00Z");

    private Registreringspolitik politik;
    private BorgerSituation situation;
    private List<TidligereSamtale> tidligere;
    /** The citizen's booking that the registration refers to (DFDG rule 6), as the grundlag query answers it. */
    private final Set<String> planlagteSamtaler = Set.of("4711");
    private Registrering registrering;

    /**
     * How afholdt is written: with an offset (parsed at the first attempt) or in Danish local time without one,
     * as the API's own example and the tests send it (the parser looks for an offset to choose).
     */
    @State(Scope.Benchmark)
    public static class Anmodning {

        @Param({"MED_FORSKYDNING", "UDEN_FORSKYDNING"})
        public String afholdtFormat;

        Samtaleanmodning anmodning;

        @Setup
        public void byg() {
            String afholdt = switch (afholdtFormat) {
                case "MED_FORSKYDNING" -> "2024-03-01T10:15:00+01:00";
                case "UDEN_FORSKYDNING" -> "2024-03-01T10:15";
                default -> throw new IllegalArgumentException(afholdtFormat);
            };
            anmodning = anmodning(afholdt);
        }
    }

    @Setup
    public void forberedt() {
        Regelbog regelbog = Regelbog.laes(RegistreringsvurderingBenchmark::klassesti);
        politik = new Registreringspolitik(regelbog);
        situation = situation();
        tidligere = tidligere();
        registrering = Registreringsindlaesning.fortolk(anmodning("2024-03-01T10:15:00+01:00"), NU);
        Registreringspolitik.Vurdering vurdering = politik.vurder(registrering, situation, tidligere, planlagteSamtaler);
        if (!vurdering.godkendt() || !vurdering.nulstillende()) {
            throw new IllegalStateException("The benchmark's registration should be valid and nulstillende: " + vurdering);
        }
    }

    /** (a) What the service does in memory per registration: read the fields, then judge rules 3-9. */
    @Benchmark
    public Registreringspolitik.Vurdering fortolkOgVurder(Anmodning a) {
        Registrering r = Registreringsindlaesning.fortolk(a.anmodning, NU);
        return politik.vurder(r, situation, tidligere, planlagteSamtaler);
    }

    /** (b) Judging an already read registration by rules 3-9 only. */
    @Benchmark
    public Registreringspolitik.Vurdering vurder() {
        return politik.vurder(registrering, situation, tidligere, planlagteSamtaler);
    }

    /**
     * (c) One unit of (b): the Danish day a registration was held. The rules ask the context for it once each,
     * nine times per judgement on the valid path; this shows what one asking costs.
     */
    @Benchmark
    public LocalDate afholdtDag() {
        return registrering.afholdtDag();
    }

    private static Reader klassesti(String navn) {
        InputStream stroem = RegistreringsvurderingBenchmark.class.getClassLoader().getResourceAsStream(navn);
        if (stroem == null) {
            throw new IllegalStateException("Rule file not on the classpath: " + navn);
        }
        return new InputStreamReader(stroem, StandardCharsets.UTF_8);
    }

    static Samtaleanmodning anmodning(String afholdt) {
        return new Samtaleanmodning("0101901234", afholdt, 7, "PERSONLIGT_FREMMOEDE",
                "Aftalt at søge 5 stillinger om ugen og at opdatere CV'et inden næste samtale.", false, null,
                "4711", "jc101-sbh", "JOBCENTER", "101", "AFT-778", null);
    }

    /** Two kontaktgruppe periods, four absences (one sickness, not on the day held), two jobcenter attachments, no a-kasse or referral. */
    static BorgerSituation situation() {
        return new BorgerSituation(
                List.of(
                        new KontaktgruppePeriode(1, Kontaktgruppe.UDEN_YDELSE, new Periode(dag("2021-06-01"), dag("2022-12-31"))),
                        new KontaktgruppePeriode(2, Kontaktgruppe.DAGPENGEMODTAGER, new Periode(dag("2023-01-01"), null))),
                List.of(
                        new Fravaer(11, Fravaerstype.SYGDOM_SYGEMELDING, new Periode(dag("2023-02-06"), dag("2023-02-17"))),
                        new Fravaer(12, Fravaerstype.FERIE, new Periode(dag("2023-07-03"), dag("2023-07-21"))),
                        new Fravaer(13, Fravaerstype.UDDANNELSE, new Periode(dag("2023-09-01"), dag("2023-12-15"))),
                        new Fravaer(14, Fravaerstype.FERIE, new Periode(dag("2024-02-12"), dag("2024-02-16")))),
                List.of(
                        new Jobcentertilknytning(21, "147", new Periode(dag("2021-06-01"), dag("2022-08-31"))),
                        new Jobcentertilknytning(22, "101", new Periode(dag("2022-09-01"), null))),
                List.of(),
                List.of());
    }

    /**
     * Ten earlier conversations, every one before the new one and none in its minute. (The service's GRUNDLAG query
     * returns fewer: the latest nulstillende one and those in the same minute; ten makes rules 7 and 8 loop.)
     */
    static List<TidligereSamtale> tidligere() {
        Instant start = Instant.parse("2023-01-10T09:00:00Z");
        Samtaletype[] typer = {Samtaletype.JOBSAMTALE, Samtaletype.CV_SAMTALE, Samtaletype.JOBSAMTALE,
                Samtaletype.ANDEN_SAMTALE, Samtaletype.JOBSAMTALE, Samtaletype.INFORMATIONSMOEDE,
                Samtaletype.JOBSAMTALE, Samtaletype.RAADIGHEDSSAMTALE, Samtaletype.JOBSAMTALE, Samtaletype.JOBSAMTALE};
        TidligereSamtale[] samtaler = new TidligereSamtale[typer.length];
        for (int i = 0; i < typer.length; i++) {
            Samtaletype type = typer[i];
            boolean nulstillende = type != Samtaletype.ANDEN_SAMTALE && type != Samtaletype.INFORMATIONSMOEDE;
            samtaler[i] = new TidligereSamtale(1000 + i, type, start.plusSeconds(i * 30L * 24 * 3600), nulstillende);
        }
        return List.of(samtaler);
    }

    private static LocalDate dag(String tekst) {
        return LocalDate.parse(tekst);
    }
}
