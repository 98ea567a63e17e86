package dk.samtaleregister.database;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * The two-command start: with no database configured the service runs its own PostgreSQL, data kept in
 * {@code samtaleregister.embedded-postgres.data-dir} (default ./data/postgres) so that it survives a restart.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(IngenDatabaseKonfigureret.class)
class EmbeddedPostgresKonfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedPostgresKonfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(@Value("${samtaleregister.embedded-postgres.data-dir:./data/postgres}") Path dataDir,
                                      @Value("${samtaleregister.embedded-postgres.clean:false}") boolean clean) throws IOException {
        Path mappe = dataDir.toAbsolutePath().normalize();
        Files.createDirectories(mappe);
        ForladtPostgres.stop(mappe);
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(mappe)
                .setCleanDataDirectory(clean)
                .setPGStartupWait(Duration.ofSeconds(60))
                .setServerConfig("listen_addresses", "127.0.0.1")
                // The library starts PostgreSQL for throw-away test databases (-F, synchronous_commit off); a registry
                // of record must not lose, or corrupt, an answered write when the machine stops.
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .start();
        LOG.info("No database configured: embedded PostgreSQL on 127.0.0.1:{}, data in {}", postgres.getPort(), mappe);
        return postgres;
    }

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(EmbeddedPostgres postgres) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        config.setPoolName("embedded");
        config.setMaximumPoolSize(10);
        config.setConnectionTimeout(Duration.ofSeconds(5).toMillis());
        return new HikariDataSource(config);
    }
}
