package dk.samtaleregister.adgangslog.application;

import dk.samtaleregister.adgang.application.Kald;
import dk.samtaleregister.adgang.domain.Kalder;
import dk.samtaleregister.adgangslog.domain.Logpost;
import dk.samtaleregister.adgangslog.domain.Logsoegning;
import dk.samtaleregister.adgangslog.domain.Udfald;
import dk.samtaleregister.adgangslog.persistence.AdgangslogRepository;
import dk.samtaleregister.faelles.domain.Cpr;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Writes the audit record of a call, and searches the log for STAR. */
@Service
public class Adgangslog {

    private final AdgangslogRepository repository;

    public Adgangslog(AdgangslogRepository repository) {
        this.repository = repository;
    }

    /**
     * The call's records: one per citizen it touched, or one without a citizen (a read of the feed: with the
     * positions it covered and the citizens it carried). Outside any transaction of the request,
     * so that a refused or failed request, whose own transaction rolled back, is logged all the same; and as one
     * INSERT in autocommit, which is atomic by itself: one round trip, no BEGIN and COMMIT around it.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public void noter(Kald kald, String handling, int status, boolean naegtet) {
        Kalder kalder = kald.kalder();
        Udfald udfald = Udfald.af(status, naegtet);
        Optional<Kald.Haendelseslaesning> haendelser = kald.haendelser();
        Logpost.Positioner positioner = haendelser.map(h -> new Logpost.Positioner(h.foerstePosition(), h.sidstePosition())).orElse(null);
        List<Cpr> haendelsesborgere = haendelser.map(Kald.Haendelseslaesning::borgere).orElse(List.of());
        repository.indsaet(new Logpost(0, null, kald.korrelationsId(), kalder.ident(), kalder.myndighed(), null, handling, udfald, status,
                positioner, haendelsesborgere), kald.borgere());
        kald.markerLogget();
    }

    /** Oldest first, at most {@code maks}, handed over one by one while the rows stream from the database. */
    @Transactional(readOnly = true)
    public void soeg(Logsoegning soegning, long maks, Consumer<Logpost> modtager) {
        repository.soeg(soegning, maks, modtager);
    }
}
