package dk.samtaleregister.haendelse.kafka;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the events are published: to the topic {@code emne}, at most {@code prGang} events per round trip to the broker,
 * looking for new events every {@code interval} when there were none, and giving the broker {@code svarfrist} to
 * acknowledge a batch before it is sent again. {@code instans} names this instance in the log, in the database session
 * that holds the publisher's lock, and on every record it sends; by default the process id and host name.
 */
@ConfigurationProperties("samtaleregister.kafka")
record Udgivelsesindstillinger(@DefaultValue("samtaleregister.haendelser") String emne, @DefaultValue("500") int prGang,
                               @DefaultValue("200ms") Duration interval, @DefaultValue("10s") Duration svarfrist, String instans) {

    /** Kafka refuses longer topic names. */
    static final int LAENGSTE_EMNE = 249;

    /** The sequencer numbers at most this many events per pass; a larger batch would only wait for the next pass. */
    static final int STOERSTE_PR_GANG = 10_000;

    Udgivelsesindstillinger {
        if (emne == null || !emne.matches("[a-zA-Z0-9._-]{1," + LAENGSTE_EMNE + "}")) {
            throw new IllegalStateException("samtaleregister.kafka.emne is '" + emne + "', but a Kafka topic name is 1-"
                    + LAENGSTE_EMNE + " letters, digits, '.', '_' or '-'");
        }
        if (prGang < 1 || prGang > STOERSTE_PR_GANG) {
            throw new IllegalStateException("samtaleregister.kafka.pr-gang is " + prGang + ", but must be from 1 to " + STOERSTE_PR_GANG);
        }
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalStateException("samtaleregister.kafka.interval is " + interval + ", but must be positive");
        }
        if (svarfrist.compareTo(Duration.ofSeconds(1)) < 0) {
            throw new IllegalStateException("samtaleregister.kafka.svarfrist is " + svarfrist + ", but must be at least 1s");
        }
        if (instans == null || instans.isBlank()) {
            instans = ManagementFactory.getRuntimeMXBean().getName();
        }
    }
}
