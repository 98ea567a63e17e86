package dk.samtaleregister.faelles;

import static org.assertj.core.api.Assertions.assertThat;

import dk.samtaleregister.faelles.domain.Fejlkode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The documentation is part of the contract: the two commands near the top of the README, the same test command in
 * CI, and every error code a client can get in the table of docs/error-codes.md.
 */
class DokumentationTest {

    private static final String KOER = "mvn -B -q package -DskipTests && java -jar target/samtaleregister.jar";
    private static final String TEST = "mvn -B verify";

    private final String readme = laes("README.md");
    private final String fejlkoder = laes("docs/error-codes.md");

    @Test
    void the_run_and_test_commands_stand_near_the_top() {
        String top = readme.lines().limit(40).reduce("", (a, b) -> a + b + "\n");
        assertThat(top).contains(KOER).contains(TEST);
    }

    @Test
    void ci_runs_exactly_the_test_command_of_the_readme() {
        assertThat(laes(".ci/run").lines().map(String::strip)).contains(TEST);
    }

    @Test
    void every_error_code_is_in_the_table() {
        assertThat(Arrays.stream(Fejlkode.values()).map(kode -> "| `" + kode.name() + "` |"))
                .allSatisfy(raekke -> assertThat(fejlkoder).contains(raekke));
    }

    private static String laes(String fil) {
        try {
            return Files.readString(Path.of(fil));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
