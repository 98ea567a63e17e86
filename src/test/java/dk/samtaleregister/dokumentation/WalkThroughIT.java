package dk.samtaleregister.dokumentation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * docs/walk-through.md, run against the packaged service: {@code java -jar target/samtaleregister.jar} on a free
 * port with a throw-away database and demo key under target/walkthrough/, then every sh block of the page in one
 * bash process. Run by maven-failsafe in the integration-test phase of {@code mvn -B verify}, after the jar is built.
 */
class WalkThroughIT {

    private static final Path JAR = Path.of("target/samtaleregister.jar");
    private static final Path WORK = Path.of("target/walkthrough");
    private static final Duration START_TIMEOUT = Duration.ofMinutes(3);
    private static final Duration RUN_TIMEOUT = Duration.ofMinutes(5);

    private static Process service;
    private static String base;

    @BeforeAll
    static void start_the_packaged_service() throws Exception {
        assertThat(JAR).as("the jar that mvn package builds").exists();
        deleteRecursively(WORK);
        Files.createDirectories(WORK);
        int port = freePort();
        base = "http://localhost:" + port;
        service = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString(),
                "--server.port=" + port,
                "--samtaleregister.embedded-postgres.data-dir=" + WORK.resolve("pg"),
                "--samtaleregister.sikkerhed.demo.noeglefil=" + WORK.resolve("demo.json")))
                .redirectErrorStream(true)
                .redirectOutput(WORK.resolve("service.log").toFile())
                .start();
        awaitHealthUp();
    }

    @AfterAll
    static void stop_the_service() throws InterruptedException {
        if (service != null) {
            // SIGTERM: the service stops its embedded PostgreSQL on the way out.
            service.destroy();
            if (!service.waitFor(60, TimeUnit.SECONDS)) {
                service.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    @Test
    void every_request_of_the_walk_through_answers_the_status_it_shows() throws Exception {
        WalkThrough page = WalkThrough.parse(Files.readString(Path.of("docs/walk-through.md")));
        Path script = WORK.resolve("walk-through.sh");
        Path statuses = WORK.resolve("statuses.txt");
        Path output = WORK.resolve("output.txt");
        Files.writeString(script, page.script());
        Files.deleteIfExists(statuses);

        ProcessBuilder bash = new ProcessBuilder("bash", "--noprofile", "--norc", script.toString())
                .redirectErrorStream(true)
                .redirectOutput(output.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        bash.environment().put("BASE", base);
        bash.environment().put("WALKTHROUGH_STATUS", statuses.toAbsolutePath().toString());
        Process run = bash.start();
        boolean finished = run.waitFor(RUN_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        if (!finished) {
            run.destroyForcibly();
        }
        assertThat(finished).as("the walk-through finishes within " + RUN_TIMEOUT + "; its output is in " + output).isTrue();

        String recorded = Files.exists(statuses) ? Files.readString(statuses, StandardCharsets.UTF_8) : "";
        assertThat(page.compare(recorded))
                .as("statuses that differ from docs/walk-through.md (answers in %s, service log in %s)",
                        output, WORK.resolve("service.log"))
                .isEmpty();
    }

    private static void awaitHealthUp() throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest health = HttpRequest.newBuilder(URI.create(base + "/actuator/health")).timeout(Duration.ofSeconds(5)).build();
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            assertThat(service.isAlive()).as("the service is running (log: %s)", WORK.resolve("service.log")).isTrue();
            try {
                HttpResponse<String> answer = http.send(health, HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() == 200 && answer.body().contains("\"status\":\"UP\"")) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new AssertionError("The service did not report UP within " + START_TIMEOUT + " (log: " + WORK.resolve("service.log") + ")");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> paths = Files.walk(dir)) {
                for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
