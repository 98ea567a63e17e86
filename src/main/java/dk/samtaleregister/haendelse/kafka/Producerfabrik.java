package dk.samtaleregister.haendelse.kafka;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The producers of the publisher: the producer settings as Spring Boot reads them from {@code spring.kafka.*} (servers,
 * security, client id, tuning), with what the publisher's guarantees rest on made certain. The broker acknowledges a
 * record only when every in-sync replica has it (acks=all), and the producer is idempotent with at most five requests
 * in flight, so that its own retries neither repeat nor reorder a citizen's records. A setting that would break this
 * stops start-up, naming it, rather than being overridden in silence.
 */
final class Producerfabrik {

    /** The most requests in flight with which an idempotent producer keeps the order of a partition. */
    static final int STOERSTE_ANTAL_UNDERVEJS = 5;

    private final Map<String, Object> indstillinger;

    Producerfabrik(Map<String, Object> konfigureret, Udgivelsesindstillinger udgivelse) {
        Map<String, Object> m = new HashMap<>(konfigureret);
        kraev(m, ProducerConfig.ACKS_CONFIG, v -> v.equals("all") || v.equals("-1"), "all", "spring.kafka.producer.acks");
        kraev(m, ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, v -> v.equals("true"), "true", null);
        kraev(m, ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, v -> heltal(v) >= 1 && heltal(v) <= STOERSTE_ANTAL_UNDERVEJS,
                "1 to " + STOERSTE_ANTAL_UNDERVEJS, null);
        kraev(m, ProducerConfig.RETRIES_CONFIG, v -> heltal(v) > 0, "more than 0", "spring.kafka.producer.retries");
        if (m.containsKey(ProducerConfig.TRANSACTIONAL_ID_CONFIG)) {
            throw new IllegalStateException("The event publisher sends without Kafka transactions, but " + ProducerConfig.TRANSACTIONAL_ID_CONFIG
                    + " is set; remove it from spring.kafka.properties or spring.kafka.producer.properties");
        }
        m.put(ProducerConfig.ACKS_CONFIG, "all");
        m.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        m.putIfAbsent(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, STOERSTE_ANTAL_UNDERVEJS);
        // Without metadata for the topic (the broker away) send() blocks; not longer than a batch may take in all.
        m.putIfAbsent(ProducerConfig.MAX_BLOCK_MS_CONFIG, (int) udgivelse.svarfrist().toMillis());
        m.putIfAbsent(ProducerConfig.CLIENT_ID_CONFIG, "samtaleregister-udgiver-" + udgivelse.instans());
        this.indstillinger = Map.copyOf(m);
    }

    /** A new producer; the caller closes it. Connects to nothing until its first send. */
    Producer<String, byte[]> ny() {
        return new KafkaProducer<>(indstillinger, new StringSerializer(), new ByteArraySerializer());
    }

    Map<String, Object> indstillinger() {
        return indstillinger;
    }

    private static void kraev(Map<String, Object> m, String navn, Predicate<String> gyldig, String kravet, String springEgenskab) {
        Object vaerdi = m.get(navn);
        if (vaerdi != null && !gyldig.test(String.valueOf(vaerdi).trim().toLowerCase())) {
            throw new IllegalStateException("The event publisher needs " + navn + " " + kravet + ", but it is set to " + vaerdi + " ("
                    + (springEgenskab == null ? "" : springEgenskab + ", or ") + navn
                    + " in spring.kafka.properties or spring.kafka.producer.properties); remove the setting");
        }
    }

    private static long heltal(String vaerdi) {
        try {
            return Long.parseLong(vaerdi);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
