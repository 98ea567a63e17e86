package dk.samtaleregister.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A service killed hard (kill -9, power cut) leaves its embedded PostgreSQL running, holding the data directory.
 * The next start stops that orphan first, instead of failing with "another server might be running".
 */
final class ForladtPostgres {

    private static final Logger LOG = LoggerFactory.getLogger(ForladtPostgres.class);

    private ForladtPostgres() {
    }

    static void stop(Path dataDir) throws IOException {
        Path pidFil = dataDir.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFil)) {
            return;
        }
        List<String> linjer = Files.readAllLines(pidFil);
        if (linjer.isEmpty()) {
            return;
        }
        long pid;
        try {
            pid = Long.parseLong(linjer.get(0).strip());
        } catch (NumberFormatException e) {
            return;
        }
        Optional<ProcessHandle> proces = ProcessHandle.of(pid)
                .filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().map(c -> c.endsWith("postgres")).orElse(false));
        if (proces.isEmpty()) {
            return;
        }
        LOG.warn("Stopping the PostgreSQL (pid {}) that a previous run left on {}", pid, dataDir);
        proces.get().destroy();
        long frist = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (proces.get().isAlive() && System.nanoTime() < frist) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
