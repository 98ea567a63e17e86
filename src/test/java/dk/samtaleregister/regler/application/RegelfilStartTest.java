package dk.samtaleregister.regler.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dk.samtaleregister.SamtaleregisterApplication;
import dk.samtaleregister.kontaktforloeb.domain.Kravbog;
import dk.samtaleregister.kontaktforloeb.domain.Undtagelsesregler;
import dk.samtaleregister.regler.domain.Regelbog;
import dk.samtaleregister.regler.domain.RegelfilFejl;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** A broken rule file stops the real application at start-up, and the message names the file and the line. */
class RegelfilStartTest {

    private static final List<String> FILER = List.of(
            Regelbog.LOVLIGHED, Regelbog.NULSTILLENDE, Regelbog.MYNDIGHEDSFORBEHOLD, Regelbog.DELTAGELSE,
            Regelbog.AKASSE_SYNLIGHED, Kravbog.KRAV, Undtagelsesregler.UNDTAGELSER);

    /** One fault per file that start-up must refuse: the file, a line of it, what it becomes, and what the refusal says. */
    static Stream<Arguments> fejl() {
        return Stream.of(
                Arguments.of(Regelbog.LOVLIGHED, "2017-03-01;;1;RASK;7", "2017-03-01;;1;RASK;6", "unknown samtaletype id 6"),
                Arguments.of(Kravbog.KRAV, "2026-07-01;;AKASSE_3M;1;0;3M;2;7;AKASSE;;75;LBL § 31 stk. 1 og lov 1750/2025;"
                        + "https://star.dk/implementering/beskaeftigelsesreform/generelle-spoergsmaal-og-svar-om-reformen;"
                        + "Mindst 2 jobsamtaler med a-kassen inden for de første 3 måneder (målet er 75 % af gruppen)",
                        "2026-06-30;;AKASSE_3M;1;0;3M;2;7;AKASSE;;75;LBL § 31 stk. 1 og lov 1750/2025;"
                        + "https://star.dk/implementering/beskaeftigelsesreform/generelle-spoergsmaal-og-svar-om-reformen;"
                        + "Mindst 2 jobsamtaler med a-kassen inden for de første 3 måneder (målet er 75 % af gruppen)",
                        "overlaps its version on line"),
                Arguments.of(Kravbog.KRAV, "2020-01-01;;FAELLES_16M;1;6M;16M;1;17 19;JOBCENTER;;;LBL § 32 stk. 2;"
                        + "https://www.elov.dk/lov-om-en-aktiv-beskaeftigelsesindsats/paragraf/32/;Fælles jobsamtale med a-kassen mellem 6 og 16 måneder",
                        "2020-01-01;;FAELLES_16M;1 9;6M;16M;1;17 19;JOBCENTER;;;LBL § 32 stk. 2;"
                        + "https://www.elov.dk/lov-om-en-aktiv-beskaeftigelsesindsats/paragraf/32/;Fælles jobsamtale med a-kassen mellem 6 og 16 måneder",
                        "unknown kontaktgruppe 9"),
                Arguments.of(Undtagelsesregler.UNDTAGELSER, "2026-07-01;;SELV_I_JOB;JOBCENTER_DAGPENGE_3M_6M JOBSAMTALER_6M;"
                        + "Lov 1750/2025 (op til 25 % af kommunens gruppe);https://star.dk/implementering/beskaeftigelsesreform/generelle-spoergsmaal-og-svar-om-reformen",
                        "2026-07-01;;SELV_I_JOB;JOBCENTER_DAGPENGE_3M_6M JOBSAMTALER_3M;"
                        + "Lov 1750/2025 (op til 25 % af kommunens gruppe);https://star.dk/implementering/beskaeftigelsesreform/generelle-spoergsmaal-og-svar-om-reformen",
                        "unknown krav JOBSAMTALER_3M"));
    }

    @TempDir
    Path tempDir;

    @ParameterizedTest(name = "{0}: {3}")
    @MethodSource("fejl")
    void a_fault_in_a_rule_file_stops_start_up_naming_file_and_line(String brudt, String gammel, String ny, String besked) throws IOException {
        Path regelmappe = tempDir.resolve("regelfiler");
        for (String fil : FILER) {
            Path kopi = regelmappe.resolve(fil);
            Files.createDirectories(kopi.getParent());
            Files.writeString(kopi, levereret(fil), StandardCharsets.UTF_8);
        }
        int linje = erstat(regelmappe.resolve(brudt), gammel, ny);
        Path postgresData = tempDir.resolve("postgres");

        Throwable fejl = catchThrowable(() -> new SpringApplicationBuilder(SamtaleregisterApplication.class).run(
                "--server.port=0",
                "--samtaleregister.embedded-postgres.data-dir=" + postgresData,
                "--samtaleregister.embedded-postgres.clean=true",
                "--samtaleregister.regler.placering=file:" + regelmappe + "/"));

        assertThat(fejl).as("start-up must fail").isNotNull();
        assertThat(aarsager(fejl)).filteredOn(RegelfilFejl.class::isInstance).singleElement()
                .satisfies(regelfilFejl -> assertThat(regelfilFejl.getMessage())
                        .contains(brudt + " line " + linje)
                        .contains(besked));
        assertThat(postgresProcesserPaa(postgresData)).as("PostgreSQL processes still running on " + postgresData).isEmpty();
    }

    private static List<Throwable> aarsager(Throwable fejl) {
        List<Throwable> kaede = new ArrayList<>();
        for (Throwable t = fejl; t != null && !kaede.contains(t); t = t.getCause()) {
            kaede.add(t);
        }
        return kaede;
    }

    private static List<String> postgresProcesserPaa(Path dataDir) {
        String mappe = dataDir.toAbsolutePath().normalize().toString();
        return ProcessHandle.allProcesses()
                .map(p -> p.info().commandLine().orElse(""))
                .filter(kommando -> kommando.contains(mappe))
                .toList();
    }

    private static String levereret(String fil) throws IOException {
        try (InputStream ind = RegelfilStartTest.class.getClassLoader().getResourceAsStream(fil)) {
            Objects.requireNonNull(ind, fil + " is not on the classpath");
            return new String(ind.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Replaces the one line equal to {@code gammel} and answers its 1-based line number. */
    private static int erstat(Path fil, String gammel, String ny) throws IOException {
        List<String> linjer = new ArrayList<>(Files.readAllLines(fil, StandardCharsets.UTF_8));
        int indeks = linjer.indexOf(gammel);
        assertThat(indeks).as("%s holds '%s'", fil, gammel).isNotNegative();
        assertThat(linjer.lastIndexOf(gammel)).as("'%s' is unique in %s", gammel, fil).isEqualTo(indeks);
        linjer.set(indeks, ny);
        Files.write(fil, linjer, StandardCharsets.UTF_8);
        return indeks + 1;
    }
}
