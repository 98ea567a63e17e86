package dk.samtaleregister.planlaegning.application;

import dk.samtaleregister.borger.domain.Cpr;
import dk.samtaleregister.borger.persistence.BorgerRepository;
import dk.samtaleregister.faelles.domain.Fejlkode;
import dk.samtaleregister.faelles.domain.ForaeldetVersion;
import dk.samtaleregister.faelles.domain.Overtraedelse;
import dk.samtaleregister.faelles.domain.Overtraedelser;
import dk.samtaleregister.faelles.domain.Regelbrud;
import dk.samtaleregister.planlaegning.domain.Aflysning;
import dk.samtaleregister.planlaegning.domain.Aflysningsanmodning;
import dk.samtaleregister.planlaegning.domain.Bookinganmodning;
import dk.samtaleregister.planlaegning.domain.Bookingindlaesning;
import dk.samtaleregister.planlaegning.domain.Bookingoverblik;
import dk.samtaleregister.planlaegning.domain.Bookingstatus;
import dk.samtaleregister.planlaegning.domain.Bookingversion;
import dk.samtaleregister.planlaegning.domain.Planlaegning;
import dk.samtaleregister.planlaegning.domain.PlanlagtSamtale;
import dk.samtaleregister.planlaegning.persistence.PlanlaegningRepository;
import dk.samtaleregister.planlaegning.persistence.PlanlaegningRepository.Ejer;
import dk.samtaleregister.planlaegning.persistence.PlanlaegningRepository.Tilstand;
import dk.samtaleregister.regler.domain.Regelbog;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates, changes and cancels bookings. A change locks the booking's citizen, then checks in this order: the
 * booking exists (404), is not cancelled (422), is at the version the client built on (412), and the new content
 * is valid (422, every fault at once). The write itself repeats the version check in SQL.
 */
@Service
public class PlanlaegningService {

    private final BorgerRepository borgere;
    private final PlanlaegningRepository bookinger;
    private final Regelbog regler;

    public PlanlaegningService(BorgerRepository borgere, PlanlaegningRepository bookinger, Regelbog regler) {
        this.borgere = borgere;
        this.bookinger = bookinger;
        this.regler = regler;
    }

    /** Two statements and the commit: the citizen's lock (creating the citizen if new), and the booking with its first version. */
    @Transactional
    public Bookingoverblik opret(Bookinganmodning anmodning) {
        Overtraedelser fejl = new Overtraedelser();
        Planlaegning indhold = Bookingindlaesning.fortolk(anmodning, regler, fejl);
        fejl.kastHvisNogen();
        long borgerId = borgere.laasEllerOpret(indhold.cpr());
        long nummer = bookinger.opret(borgerId, indhold, anmodning.begrundelse());
        return new Bookingoverblik(new PlanlagtSamtale(nummer, indhold, Bookingstatus.AKTIV, 1), List.of());
    }

    /** The changed booking; empty when there is no such booking. */
    @Transactional
    public Optional<Bookingoverblik> aendr(long nummer, int forventetVersion, Bookinganmodning anmodning) {
        Overtraedelser fejl = new Overtraedelser();
        Planlaegning indhold = Bookingindlaesning.fortolk(anmodning, regler, fejl);
        Optional<Ejer> ejer = bookinger.laasEjer(nummer);
        if (ejer.isEmpty()) {
            return Optional.empty();
        }
        kontrollerTilstand(nummer, forventetVersion);
        Cpr cpr = Cpr.fortolk(anmodning.cpr(), "cpr", new Overtraedelser());
        if (cpr != null && !cpr.equals(ejer.get().cpr())) {
            fejl.tilfoej(Fejlkode.PLANLAGT_SAMTALE_ANDEN_BORGER, "cpr");
        }
        fejl.kastHvisNogen();
        bookinger.aendr(nummer, forventetVersion, indhold, anmodning.begrundelse())
                .orElseThrow(() -> foraeldet(nummer, forventetVersion));
        return bookinger.hent(nummer);
    }

    /** The cancelled booking; empty when there is no such booking. */
    @Transactional
    public Optional<Bookingoverblik> aflys(long nummer, int forventetVersion, Aflysningsanmodning anmodning) {
        Overtraedelser fejl = new Overtraedelser();
        Aflysning aflysning = Bookingindlaesning.fortolk(anmodning, fejl);
        if (bookinger.laasEjer(nummer).isEmpty()) {
            return Optional.empty();
        }
        kontrollerTilstand(nummer, forventetVersion);
        fejl.kastHvisNogen();
        bookinger.aflys(nummer, forventetVersion, aflysning.ansvarligSagsbehandler(), aflysning.begrundelse())
                .orElseThrow(() -> foraeldet(nummer, forventetVersion));
        return bookinger.hent(nummer);
    }

    @Transactional(readOnly = true)
    public Optional<Bookingoverblik> hent(long nummer) {
        return bookinger.hent(nummer);
    }

    /** Every version, oldest first; empty when there is no such booking. */
    @Transactional(readOnly = true)
    public List<Bookingversion> historik(long nummer) {
        return bookinger.historik(nummer);
    }

    /** Read after the lock, so it is the committed state every other writer of this citizen has left. */
    private void kontrollerTilstand(long nummer, int forventetVersion) {
        Tilstand tilstand = bookinger.tilstand(nummer).orElseThrow();
        if (tilstand.status() == Bookingstatus.AFLYST) {
            throw new Regelbrud(List.of(Overtraedelse.af(Fejlkode.PLANLAGT_SAMTALE_AFLYST, null)));
        }
        if (tilstand.version() != forventetVersion) {
            throw new ForaeldetVersion(tilstand.version(), forventetVersion);
        }
    }

    private ForaeldetVersion foraeldet(long nummer, int forventetVersion) {
        return new ForaeldetVersion(bookinger.tilstand(nummer).map(Tilstand::version).orElseThrow(), forventetVersion);
    }
}
