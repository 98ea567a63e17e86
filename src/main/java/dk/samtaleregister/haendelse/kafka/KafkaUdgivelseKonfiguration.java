package dk.samtaleregister.haendelse.kafka;

import com.zaxxer.hikari.HikariDataSource;
import dk.samtaleregister.haendelse.application.Sekvensering;
import dk.samtaleregister.haendelse.persistence.HaendelseRepository;
import dk.samtaleregister.haendelse.persistence.HaendelsesudgivelseRepository;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.SQLException;
import java.util.Properties;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.ProducerFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * The publisher, only when Kafka is configured: without {@code spring.kafka.bootstrap-servers} there is no publisher,
 * no thread of it and no connection to a broker. The producer settings are those Spring Boot has read from
 * {@code spring.kafka.*}, so that security and tuning are configured the standard way.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "spring.kafka", name = "bootstrap-servers")
@EnableConfigurationProperties(Udgivelsesindstillinger.class)
class KafkaUdgivelseKonfiguration {

    @Bean
    Haendelsesudgiver haendelsesudgiver(Udgivelsesindstillinger indstillinger, KafkaProperties kafka, ProducerFactory<?, ?> bootsProducere,
                                        DataSource dataSource, Sekvensering sekvensering, HaendelseRepository haendelser,
                                        HaendelsesudgivelseRepository fremdrift, JsonMapper json, ObjectProvider<MeterRegistry> maalinger) {
        if (kafka.getBootstrapServers().stream().allMatch(String::isBlank)) {
            throw new IllegalStateException("spring.kafka.bootstrap-servers is set but empty: give the brokers' host:port, or leave it"
                    + " unset to run without Kafka");
        }
        Producerfabrik producere = new Producerfabrik(bootsProducere.getConfigurationProperties(), indstillinger);
        return new Haendelsesudgiver(indstillinger, sekvensering, haendelser, fremdrift, json, producere,
                laas(dataSource, indstillinger.instans()), maalinger.getIfAvailable());
    }

    /** The lock's connection is opened as the pool opens its own, so it needs the pool's URL and credentials. */
    private static Udgiverlaas laas(DataSource dataSource, String instans) {
        HikariDataSource pool;
        try {
            pool = dataSource.unwrap(HikariDataSource.class);
        } catch (SQLException e) {
            throw new IllegalStateException("The event publisher opens its lock's connection with the Hikari pool's URL and credentials,"
                    + " but the datasource is a " + dataSource.getClass().getName(), e);
        }
        Properties egenskaber = new Properties();
        egenskaber.putAll(pool.getDataSourceProperties());
        return new Udgiverlaas(pool.getJdbcUrl(), pool.getUsername(), pool.getPassword(), egenskaber, instans);
    }
}
