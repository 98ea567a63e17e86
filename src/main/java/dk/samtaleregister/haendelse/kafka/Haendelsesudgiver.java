package dk.samtaleregister.haendelse.kafka;

import static java.nio.charset.StandardCharsets.UTF_8;

import dk.samtaleregister.haendelse.application.Sekvensering;
import dk.samtaleregister.haendelse.domain.Haendelse;
import dk.samtaleregister.haendelse.persistence.HaendelseRepository;
import dk.samtaleregister.haendelse.persistence.HaendelsesudgivelseRepository;
import dk.samtaleregister.haendelse.web.HaendelseSvar;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.producer.Callback;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.TransactionException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The publisher: sends every event to the Kafka topic, keyed by the citizen's pseudonym, the value the feed's JSON of
 * the event. One instance of the service publishes at a time, the one that holds the {@link Udgiverlaas}; the others
 * try to take it every second. The publisher sends a batch of the events after the stored position, waits until the
 * broker has acknowledged every one, and only then stores the batch's last position; a batch not acknowledged within
 * the svarfrist is sent again from the stored position, after a pause that grows from one second to five. So every
 * event reaches the topic at least once, a citizen's events in position order, and an event the broker had taken but
 * not acknowledged comes twice, with the same id.
 */
public final class Haendelsesudgiver implements SmartLifecycle {

    static final String ID = "haendelse-id";
    static final String TYPE = "haendelse-type";
    static final String UDGIVER = "udgiver";

    /** How often an instance that does not publish tries to take the lock: the time another needs to take over. */
    static final Duration LAASFORSOEG = Duration.ofSeconds(1);

    static final Duration FOERSTE_PAUSE = Duration.ofSeconds(1);
    static final Duration LAENGSTE_PAUSE = Duration.ofSeconds(5);

    /** At a stop, how long a batch under way may still take to be acknowledged; after that it is left to the next publisher. */
    static final Duration AFSLUTNING = Duration.ofSeconds(2);

    private static final Logger LOG = LoggerFactory.getLogger(Haendelsesudgiver.class);

    private final Udgivelsesindstillinger indstillinger;
    private final Sekvensering sekvensering;
    private final HaendelseRepository haendelser;
    private final HaendelsesudgivelseRepository fremdrift;
    private final JsonMapper json;
    private final Producerfabrik producere;
    private final Udgiverlaas laas;
    private final MeterRegistry maalinger;
    private final byte[] instans;

    private final Object vagt = new Object();
    private volatile boolean koerer;
    private volatile long stoppet;
    private Thread traad;
    private volatile boolean udgiver;
    private volatile double efterslaeb = Double.NaN;

    // Only the publisher's thread touches these, but for a stop that closes the producer under it.
    private volatile Producer<String, byte[]> producer;
    private KafkaClientMetrics producermaalinger;
    private long kvitteret;
    private boolean brokerUdeblevet;
    private boolean databaseUdeblevet;
    private Duration pause = FOERSTE_PAUSE;

    Haendelsesudgiver(Udgivelsesindstillinger indstillinger, Sekvensering sekvensering, HaendelseRepository haendelser,
                      HaendelsesudgivelseRepository fremdrift, JsonMapper json, Producerfabrik producere, Udgiverlaas laas,
                      MeterRegistry maalinger) {
        this.indstillinger = indstillinger;
        this.sekvensering = sekvensering;
        this.haendelser = haendelser;
        this.fremdrift = fremdrift;
        this.json = json;
        this.producere = producere;
        this.laas = laas;
        this.maalinger = maalinger;
        this.instans = indstillinger.instans().getBytes(UTF_8);
        if (maalinger != null) {
            Gauge.builder("samtaleregister.kafka.events.behind", this, Haendelsesudgiver::efterslaeb).tag("topic", indstillinger.emne())
                    .description("Events numbered but not yet acknowledged by the broker, as this instance last saw; NaN if it does not publish")
                    .register(maalinger);
            Gauge.builder("samtaleregister.kafka.publishing", this, u -> u.erUdgiver() ? 1 : 0)
                    .description("1 while this instance is the one that publishes the events to Kafka").register(maalinger);
        }
    }

    /** Whether this instance is the one that publishes now. */
    public boolean erUdgiver() {
        return udgiver;
    }

    double efterslaeb() {
        return efterslaeb;
    }

    @Override
    public void start() {
        synchronized (vagt) {
            if (koerer) {
                return;
            }
            koerer = true;
            traad = new Thread(this::koer, "haendelsesudgiver");
            traad.setDaemon(true);
            traad.start();
        }
    }

    /** Finishes or abandons the batch under way, frees the lock and closes the producer. */
    @Override
    public void stop() {
        Thread t;
        synchronized (vagt) {
            if (!koerer) {
                return;
            }
            stoppet = System.nanoTime();
            koerer = false;
            vagt.notifyAll();
            t = traad;
        }
        try {
            t.join(AFSLUTNING.plusSeconds(1).toMillis());
            Producer<String, byte[]> p = producer;
            if (t.isAlive() && p != null) {
                // A send waiting for the topic's metadata (the broker away) waits until max.block.ms; closing wakes it.
                p.close(Duration.ZERO);
            }
            t.join(Duration.ofSeconds(15).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (t.isAlive()) {
            LOG.warn("The event publisher's thread has not stopped; its lock frees when the process ends");
        }
    }

    @Override
    public boolean isRunning() {
        return koerer;
    }

    private void koer() {
        try {
            while (koerer) {
                try {
                    if (!udgiver && !blivUdgiver()) {
                        sov(LAASFORSOEG);
                        continue;
                    }
                    if (udgivEnGang() < indstillinger.prGang()) {
                        sov(indstillinger.interval());
                    }
                } catch (MistetLaas e) {
                    traedTilbage(e.getMessage(), Duration.ZERO);
                    sov(LAASFORSOEG);
                } catch (IkkeKvitteret e) {
                    lukProducer(Duration.ZERO);
                    if (!koerer) {
                        break;
                    }
                    if (!brokerUdeblevet) {
                        LOG.warn("Kafka did not acknowledge the events after position {} on topic {} ({}); they are sent again from there"
                                + " until it does", kvitteret, indstillinger.emne(), e.getMessage());
                        brokerUdeblevet = true;
                    }
                    hvil();
                } catch (DataAccessException | TransactionException e) {
                    if (!databaseUdeblevet) {
                        LOG.warn("The event publisher could not read or store its events ({}); it tries again", e.getMostSpecificCause().getMessage());
                        databaseUdeblevet = true;
                    }
                    hvil();
                } catch (RuntimeException e) {
                    LOG.error("The event publisher failed; it tries again from position {}", kvitteret, e);
                    lukProducer(Duration.ZERO);
                    hvil();
                }
            }
        } finally {
            traedTilbage("the service is stopping", AFSLUTNING);
        }
    }

    private boolean blivUdgiver() {
        try {
            if (!laas.tag()) {
                databaseUdeblevet = false;
                return false;
            }
        } catch (SQLException e) {
            if (!databaseUdeblevet) {
                LOG.warn("The event publisher cannot reach the database to take its lock ({}); it tries again every {} s", e.getMessage(),
                        LAASFORSOEG.toSeconds());
                databaseUdeblevet = true;
            }
            return false;
        }
        kvitteret = fremdrift.position(indstillinger.emne());
        databaseUdeblevet = false;
        udgiver = true;
        pause = FOERSTE_PAUSE;
        LOG.info("This instance ({}) now publishes the events to Kafka topic {}, from after position {}", indstillinger.instans(),
                indstillinger.emne(), kvitteret);
        return true;
    }

    /** One batch: answers how many events it published. */
    private int udgivEnGang() throws MistetLaas, IkkeKvitteret {
        if (!laas.holdes()) {
            throw new MistetLaas("its database session ended, and the lock with it");
        }
        sekvensering.nummerer();
        long fra = fremdrift.position(indstillinger.emne());
        kvitteret = fra;
        List<Haendelse> parti = haendelser.efter(fra, indstillinger.prGang());
        if (!parti.isEmpty()) {
            if (!send(parti)) {
                return 0;
            }
            long til = parti.get(parti.size() - 1).position();
            if (!fremdrift.gem(indstillinger.emne(), til, laas.pid(), Udgiverlaas.NOEGLE)) {
                throw new MistetLaas("its database session no longer holds the lock");
            }
            kvitteret = til;
            if (brokerUdeblevet) {
                LOG.info("Kafka acknowledges again: the events up to position {} are on topic {}", til, indstillinger.emne());
                brokerUdeblevet = false;
            }
        }
        databaseUdeblevet = false;
        pause = FOERSTE_PAUSE;
        // An empty batch means every numbered event is published: no need to ask how far the feed has come.
        efterslaeb = parti.isEmpty() ? 0 : Math.max(0, haendelser.sidstePosition() - kvitteret);
        return parti.size();
    }

    /** Sends the batch and waits for every acknowledgement; false if the service stopped first. */
    private boolean send(List<Haendelse> parti) throws IkkeKvitteret {
        Producer<String, byte[]> p = producer();
        AtomicReference<Exception> fejl = new AtomicReference<>();
        // Run by the producer's own thread: closing it there stops it before it sends a later record of the batch, which
        // a producer that has given up on an earlier one may do, and a citizen's records would then be out of order.
        Callback vedFejl = (kvittering, e) -> {
            if (e != null && fejl.compareAndSet(null, e)) {
                p.close(Duration.ZERO);
            }
        };
        List<Future<RecordMetadata>> kvitteringer = new ArrayList<>(parti.size());
        try {
            for (Haendelse h : parti) {
                if (fejl.get() != null) {
                    break;
                }
                kvitteringer.add(p.send(post(h), vedFejl));
            }
        } catch (RuntimeException e) {
            throw new IkkeKvitteret(fejl.get() != null ? fejl.get() : e);
        }
        if (fejl.get() != null) {
            throw new IkkeKvitteret(fejl.get());
        }
        return vent(kvitteringer);
    }

    private boolean vent(List<Future<RecordMetadata>> kvitteringer) throws IkkeKvitteret {
        long frist = System.nanoTime() + indstillinger.svarfrist().toNanos();
        for (Future<RecordMetadata> kvittering : kvitteringer) {
            while (true) {
                long graense = koerer ? frist : Math.min(frist, stoppet + AFSLUTNING.toNanos());
                long tilbage = graense - System.nanoTime();
                if (tilbage <= 0) {
                    if (!koerer) {
                        return false;
                    }
                    throw new IkkeKvitteret("no acknowledgement within " + indstillinger.svarfrist().toMillis() + " ms");
                }
                try {
                    kvittering.get(Math.min(tilbage, TimeUnit.MILLISECONDS.toNanos(100)), TimeUnit.NANOSECONDS);
                    break;
                } catch (TimeoutException e) {
                    // look at the deadline and at a stop again
                } catch (ExecutionException e) {
                    throw new IkkeKvitteret(e.getCause());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
        }
        return true;
    }

    private ProducerRecord<String, byte[]> post(Haendelse h) {
        ProducerRecord<String, byte[]> post = new ProducerRecord<>(indstillinger.emne(), h.borger().toString(),
                json.writeValueAsBytes(HaendelseSvar.af(h)));
        post.headers().add(ID, Long.toString(h.id()).getBytes(UTF_8)).add(TYPE, h.type().getBytes(UTF_8)).add(UDGIVER, instans);
        return post;
    }

    private Producer<String, byte[]> producer() {
        if (producer == null) {
            producer = producere.ny();
            if (maalinger != null) {
                producermaalinger = new KafkaClientMetrics(producer);
                producermaalinger.bindTo(maalinger);
            }
        }
        return producer;
    }

    private void lukProducer(Duration ventetid) {
        if (producermaalinger != null) {
            producermaalinger.close();
            producermaalinger = null;
        }
        if (producer != null) {
            try {
                producer.close(ventetid);
            } catch (RuntimeException e) {
                // closed already, by a failed send
            }
            producer = null;
        }
    }

    private void traedTilbage(String grund, Duration ventetid) {
        lukProducer(ventetid);
        laas.slip();
        efterslaeb = Double.NaN;
        if (udgiver) {
            udgiver = false;
            LOG.info("This instance ({}) no longer publishes the events to Kafka: {}", indstillinger.instans(), grund);
        }
    }

    private void hvil() {
        sov(pause);
        Duration dobbelt = pause.multipliedBy(2);
        pause = dobbelt.compareTo(LAENGSTE_PAUSE) > 0 ? LAENGSTE_PAUSE : dobbelt;
    }

    private void sov(Duration varighed) {
        synchronized (vagt) {
            if (!koerer) {
                return;
            }
            try {
                vagt.wait(Math.max(1, varighed.toMillis()));
            } catch (InterruptedException e) {
                koerer = false;
            }
        }
    }

    /** The lock is no longer this instance's: another may be publishing. */
    private static final class MistetLaas extends Exception {
        MistetLaas(String grund) {
            super(grund, null, false, false);
        }
    }

    /** The broker did not acknowledge the whole batch. */
    private static final class IkkeKvitteret extends Exception {
        IkkeKvitteret(String grund) {
            super(grund, null, false, false);
        }

        IkkeKvitteret(Throwable aarsag) {
            super(aarsag.getMessage(), aarsag, false, false);
        }
    }
}
