package dk.samtaleregister.idempotens.application;

import dk.samtaleregister.idempotens.persistence.Idempotensnoegler;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Forgets idempotency keys older than the retention. Clients are promised at least 24 hours, so a shorter retention
 * stops start-up. Every instance runs it; deleting the same old rows twice is harmless.
 */
@Component
public class IdempotensOprydning {

    static final Duration MINDSTE_OPBEVARING = Duration.ofHours(24);

    private static final Logger LOG = LoggerFactory.getLogger(IdempotensOprydning.class);

    private final Idempotensnoegler noegler;
    private final Duration opbevaring;

    IdempotensOprydning(Idempotensnoegler noegler, @Value("${samtaleregister.idempotency.retention:48h}") Duration opbevaring) {
        if (opbevaring.compareTo(MINDSTE_OPBEVARING) < 0) {
            throw new IllegalStateException("samtaleregister.idempotency.retention is " + opbevaring
                    + ", but idempotency keys are promised to be kept at least " + MINDSTE_OPBEVARING);
        }
        this.noegler = noegler;
        this.opbevaring = opbevaring;
    }

    /** Returns how many keys it deleted. */
    @Scheduled(initialDelayString = "PT1M", fixedDelayString = "${samtaleregister.idempotency.cleanup-interval:1h}")
    public int rydOp() {
        int slettet = noegler.sletAeldreEnd(opbevaring);
        if (slettet > 0) {
            LOG.info("Deleted {} idempotency keys older than {}", slettet, opbevaring);
        }
        return slettet;
    }
}
