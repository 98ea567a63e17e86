package dk.samtaleregister.eksport.application;

import dk.samtaleregister.adgang.application.Adgangskontrol;
import dk.samtaleregister.adgang.application.Kald;
import dk.samtaleregister.adgang.domain.Kalder;
import dk.samtaleregister.adgang.domain.Rolle;
import dk.samtaleregister.adgangslog.application.Adgangslog;
import dk.samtaleregister.borger.domain.Periodeslag;
import dk.samtaleregister.eksport.persistence.Borgerkreds;
import dk.samtaleregister.eksport.persistence.EksportReadModel;
import dk.samtaleregister.faelles.domain.DanskTid;
import dk.samtaleregister.faelles.domain.Myndighedstype;
import dk.samtaleregister.regler.domain.Samtaletype;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The bulk export: every row of one kind that the caller may see, as CSV, streamed from one statement in one
 * read-only transaction. Whose rows follows the rules of every read, judged by today (Danish day): STAR every
 * citizen's; a jobcenter, an a-kasse or an anden aktør those of the citizens who are its own today, and an a-kasse only
 * the samtaletyper it may see. A caller with role SYSTEM (the feed that writes the citizen's situation, and may read
 * any citizen's) exports every citizen's periods; its conversations are its authority's, as a single read of one is.
 */
@Service
public class EksportService {

    /** Where an export's CSV goes: opened only once the export is allowed and its audit record is written. */
    @FunctionalInterface
    public interface Modtager {
        OutputStream aabn() throws IOException;
    }

    /** The answer's status as the audit record names it: written before the first byte, so the stream has not failed yet. */
    private static final int GODKENDT = 200;

    /** Rows go to the answer in blocks of this size, not one network write per row. */
    private static final int BLOK = 1 << 16;

    private static final Logger LOG = LoggerFactory.getLogger(EksportService.class);

    private final EksportReadModel eksporter;
    private final Adgangskontrol adgang;
    private final Adgangslog adgangslog;
    private final TransactionTemplate laesning;
    private final Clock ur;

    public EksportService(EksportReadModel eksporter, Adgangskontrol adgang, Adgangslog adgangslog, PlatformTransactionManager transaktioner,
                          Clock ur) {
        this.eksporter = eksporter;
        this.adgang = adgang;
        this.adgangslog = adgangslog;
        this.laesning = new TransactionTemplate(transaktioner);
        this.laesning.setReadOnly(true);
        this.ur = ur;
    }

    /** The conversations held on the Danish days fra..til, annulled ones too, in held order. {@code handling} is the audit record's. */
    public void samtaler(Kald kald, LocalDate fra, LocalDate til, String handling, Modtager modtager) throws IOException {
        Borgerkreds kreds = egneEllerAlle(kald);
        List<Integer> samtaletyper = synligeSamtaletyper(kald);
        eksporter(kald, handling, modtager, ud -> eksporter.samtaler(kreds, samtaletyper, fra, til, ud));
    }

    /** The periods of the kind that overlap the days fra..til, in the order they start. */
    public void perioder(Kald kald, Periodeslag<?> slag, LocalDate fra, LocalDate til, String handling, Modtager modtager)
            throws IOException {
        Borgerkreds kreds = kald.kalder().har(Rolle.SYSTEM) ? Borgerkreds.alle() : egneEllerAlle(kald);
        eksporter(kald, handling, modtager, ud -> eksporter.perioder(slag, kreds, fra, til, ud));
    }

    private Borgerkreds egneEllerAlle(Kald kald) {
        Kalder kalder = kald.kalder();
        return kalder.erStar() ? Borgerkreds.alle() : Borgerkreds.egne(kalder.myndighed(), DanskTid.dag(ur.instant()));
    }

    /** Null (every type) unless the caller is an a-kasse: then the types the rule set in force today lets it see. */
    private List<Integer> synligeSamtaletyper(Kald kald) {
        if (kald.kalder().myndighed().type() != Myndighedstype.AKASSE) {
            return null;
        }
        Predicate<Samtaletype> synlige = adgang.synlige(kald);
        return Arrays.stream(Samtaletype.values()).filter(synlige).map(Samtaletype::id).toList();
    }

    @FunctionalInterface
    private interface Kopiering {
        long kopier(OutputStream ud) throws IOException;
    }

    /**
     * The audit record first, in its own autocommit (the answer streams, so its outcome is known now or never), and
     * only then the read-only transaction and the answer: a second connection is never wanted while one is held.
     * When the stream fails, the answer is left unfinished, neither flushed nor closed, so that the client is not
     * handed a file that merely looks complete.
     */
    private void eksporter(Kald kald, String handling, Modtager modtager, Kopiering kopiering) throws IOException {
        adgangslog.noter(kald, handling, GODKENDT, false);
        long start = System.nanoTime();
        try {
            long raekker = laesning.execute(status -> {
                try {
                    OutputStream ud = new BufferedOutputStream(modtager.aabn(), BLOK);
                    long kopieret = kopiering.kopier(ud);
                    ud.flush();
                    return kopieret;
                } catch (IOException fejl) {
                    throw new UncheckedIOException(fejl);
                }
            });
            LOG.info("Export {}: {} row(s) in {} ms", handling, raekker, (System.nanoTime() - start) / 1_000_000);
        } catch (UncheckedIOException fejl) {
            throw fejl.getCause();
        }
    }
}
