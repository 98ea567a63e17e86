package dk.samtaleregister.haendelse.application;

import dk.samtaleregister.haendelse.persistence.HaendelseRepository;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/**
 * The outbox's backlog, read at each scrape (two small queries, the first on a partial index): the events committed
 * but not yet numbered for the feed, and the numbered events Kafka has still to get (0 without Kafka). A database
 * away makes the gauges NaN, not the scrape fail.
 */
@Component
class Haendelsesmetrikker {

    Haendelsesmetrikker(HaendelseRepository repository, MeterRegistry register) {
        Gauge.builder("samtaleregister.haendelser.unummererede", repository, HaendelseRepository::unummererede)
                .description("Hændelser i outboxen, som sekvenseringen endnu ikke har nummereret").register(register);
        Gauge.builder("samtaleregister.haendelser.ikke.udgivet", repository, HaendelseRepository::ikkeUdgivne)
                .description("Nummererede hændelser, som Kafka endnu ikke har fået").register(register);
    }
}
