package dk.samtaleregister.regler.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dk.samtaleregister.SamtaleregisterApplication;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** A broken rule file stops the real application at start-up, and the message names the file and the line. */
class RegelfilStartTest {

    private static final List<String> FILER = List.of(
            Regelbog.LOVLIGHED, Regelbog.NULSTILLENDE, Regelbog.MYNDIGHEDSFORBEHOLD, Regelbog.DELTAGELSE,
            Regelbog.AKASSE_SYNLIGHED);

    @TempDir
    Path tempDir;

    @Test
    void an_unknown_samtaletype_in_the_legality_file_stops_start_up_naming_file_and_line() throws IOException {
        Path regelmappe = tempDir.resolve("regelfiler");
        for (String fil : FILER) {
            Path kopi = regelmappe.resolve(fil);
            Files.createDirectories(kopi.getParent());
            Files.writeString(kopi, levereret(fil), StandardCharsets.UTF_8);
        }
        int linje = erstat(regelmappe.resolve(Regelbog.LOVLIGHED), "2017-03-01;;1;RASK;7", "2017-03-01;;1;RASK;6");
        Path postgresData = tempDir.resolve("postgres");

        Throwable fejl = catchThrowable(() -> new SpringApplicationBuilder(SamtaleregisterApplication.class).run(
                "--server.port=0",
                "--samtaleregister.embedded-postgres.data-dir=" + postgresData,
                "--samtaleregister.embedded-postgres.clean=true",
                "--samtaleregister.regler.placering=file:" + regelmappe + "/"));

        assertThat(fejl).as("start-up must fail").isNotNull();
        assertThat(aarsager(fejl)).filteredOn(RegelfilFejl.class::isInstance).singleElement()
                .satisfies(regelfilFejl -> assertThat(regelfilFejl.getMessage())
                        .contains("regler/lovlige-samtaletyper.csv line " + linje)
                        .contains("unknown samtaletype id 6"));
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
