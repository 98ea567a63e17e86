package dk.samtaleregister.planlaegning.application;

import dk.samtaleregister.adgang.application.Adgangskontrol;
import dk.samtaleregister.adgang.application.Kald;
import dk.samtaleregister.borger.persistence.BorgerRepository;
import dk.samtaleregister.faelles.domain.Aendringsart;
import dk.samtaleregister.faelles.domain.Cpr;
import dk.samtaleregister.faelles.domain.DanskTid;
import dk.samtaleregister.faelles.domain.Fejlkode;
import dk.samtaleregister.faelles.domain.ForaeldetVersion;
import dk.samtaleregister.faelles.domain.Historikpost;
import dk.samtaleregister.faelles.domain.Overtraedelse;
import dk.samtaleregister.faelles.domain.Overtraedelser;
import dk.samtaleregister.faelles.domain.Regelbrud;
import dk.samtaleregister.haendelse.application.Haendelser;
import dk.samtaleregister.haendelse.domain.NyHaendelse;
import dk.samtaleregister.planlaegning.domain.Aflysning;
import dk.samtaleregister.planlaegning.domain.Aflysningsanmodning;
import dk.samtaleregister.planlaegning.domain.Bookinganmodning;
import dk.samtaleregister.planlaegning.domain.Bookingindlaesning;
import dk.samtaleregister.planlaegning.domain.Bookingoverblik;
import dk.samtaleregister.planlaegning.domain.Bookingstatus;
import dk.samtaleregister.planlaegning.domain.Planlaegning;
import dk.samtaleregister.planlaegning.domain.PlanlagtSamtale;
import dk.samtaleregister.planlaegning.persistence.BookingoverblikReadModel;
import dk.samtaleregister.planlaegning.persistence.PlanlaegningRepository.Ejer;
import dk.samtaleregister.planlaegning.persistence.PlanlaegningRepository.Tilstand;
import dk.samtaleregister.planlaegning.persistence.PlanlaegningRepository;
import dk.samtaleregister.regler.domain.Regelbog;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates, changes and cancels bookings, for the caller of a {@link Kald} and only as far as it may. A change
 * checks that the booking exists (404) and is the caller's authority's (403, or 404 if the caller may not see it),
 * locks the booking's citizen, then checks in this order: not cancelled (422), at the version the client built on
 * (412), the new content is valid (422, every fault at once), in the caller's own name for its own citizen (403). The write itself repeats the version check in SQL.
 */
@Service
public class PlanlaegningService {

    /** What a booking's events call it. */
    static final String ENTITET = "planlagt_samtale";

    private final BorgerRepository borgere;
    private final PlanlaegningRepository bookinger;
    private final BookingoverblikReadModel overblik;
    private final Regelbog regler;
    private final Adgangskontrol adgang;
    private final Haendelser haendelser;

    public PlanlaegningService(BorgerRepository borgere, PlanlaegningRepository bookinger, BookingoverblikReadModel overblik, Regelbog regler,
                               Adgangskontrol adgang, Haendelser haendelser) {
        this.borgere = borgere;
        this.bookinger = bookinger;
        this.overblik = overblik;
        this.regler = regler;
        this.adgang = adgang;
        this.haendelser = haendelser;
    }

    /**
     * Four statements and the commit: whether the citizen is the caller's own on the day the booking starts, the
     * citizen's lock (creating the citizen if new), the booking with its first version, and its event.
     */
    @Transactional
    public Bookingoverblik opret(Kald kald, Bookinganmodning anmodning) {
        Overtraedelser fejl = new Overtraedelser();
        Planlaegning indhold = Bookingindlaesning.fortolk(anmodning, regler, fejl);
        fejl.kastHvisNogen();
        kraevRet(kald, indhold);
        long borgerId = borgere.laasEllerOpret(indhold.cpr());
        long nummer = bookinger.opret(borgerId, indhold, anmodning.begrundelse());
        return skrivHaendelse(kald, Aendringsart.OPRETTET, borgerId,
                new Bookingoverblik(new PlanlagtSamtale(nummer, indhold, Bookingstatus.AKTIV, 1), List.of()));
    }

    /** The changed booking; empty when there is no such booking. */
    @Transactional
    public Optional<Bookingoverblik> aendr(Kald kald, long nummer, int forventetVersion, Bookinganmodning anmodning) {
        Overtraedelser fejl = new Overtraedelser();
        Planlaegning indhold = Bookingindlaesning.fortolk(anmodning, regler, fejl);
        if (!kraevEgen(kald, nummer)) {
            return Optional.empty();
        }
        Optional<Ejer> ejer = bookinger.laasEjer(nummer);
        kontrollerTilstand(nummer, forventetVersion);
        Cpr cpr = Cpr.fortolk(anmodning.cpr(), "cpr", new Overtraedelser());
        if (cpr != null && !cpr.equals(ejer.orElseThrow().cpr())) {
            fejl.tilfoej(Fejlkode.PLANLAGT_SAMTALE_ANDEN_BORGER, "cpr");
        }
        fejl.kastHvisNogen();
        kraevRet(kald, indhold);
        bookinger.aendr(nummer, forventetVersion, indhold, anmodning.begrundelse())
                .orElseThrow(() -> foraeldet(nummer, forventetVersion));
        return overblik.hent(nummer).map(b -> skrivHaendelse(kald, Aendringsart.AENDRET, ejer.orElseThrow().borgerId(), b));
    }

    /** The cancelled booking; empty when there is no such booking. */
    @Transactional
    public Optional<Bookingoverblik> aflys(Kald kald, long nummer, int forventetVersion, Aflysningsanmodning anmodning) {
        Overtraedelser fejl = new Overtraedelser();
        Aflysning aflysning = Bookingindlaesning.fortolk(anmodning, fejl);
        if (!kraevEgen(kald, nummer)) {
            return Optional.empty();
        }
        Ejer ejer = bookinger.laasEjer(nummer).orElseThrow();
        kontrollerTilstand(nummer, forventetVersion);
        fejl.kastHvisNogen();
        adgang.kraevEgetNavn(kald, null, aflysning.ansvarligSagsbehandler());
        bookinger.aflys(nummer, forventetVersion, aflysning.ansvarligSagsbehandler(), aflysning.begrundelse())
                .orElseThrow(() -> foraeldet(nummer, forventetVersion));
        return overblik.hent(nummer).map(b -> skrivHaendelse(kald, Aendringsart.AFLYST, ejer.borgerId(), b));
    }

    /** The booking, if the caller may see it; empty, as if it did not exist, if not. */
    @Transactional(readOnly = true)
    public Optional<Bookingoverblik> hent(Kald kald, long nummer) {
        Optional<Bookingoverblik> booking = overblik.hent(nummer);
        booking.ifPresent(b -> {
            Planlaegning indhold = b.planlagtSamtale().indhold();
            adgang.kraevLaesning(kald, indhold.cpr(), indhold.samtaletype(), Fejlkode.PLANLAGT_SAMTALE_FINDES_IKKE, nummer);
        });
        return booking;
    }

    /** The citizen's bookings the caller may see: the citizen is the caller's, and an a-kasse sees only the samtaletyper it may see. */
    @Transactional(readOnly = true)
    public List<Bookingoverblik> borgerens(Kald kald, Cpr cpr) {
        adgang.kraevLaesning(kald, cpr);
        var synlige = adgang.synlige(kald);
        return overblik.borgerens(cpr).stream().filter(b -> synlige.test(b.planlagtSamtale().indhold().samtaletype())).toList();
    }

    /** Every version, oldest first; empty when there is no such booking. Seen by whoever may see the booking now. */
    @Transactional(readOnly = true)
    public List<Historikpost> historik(Kald kald, long nummer) {
        return hent(kald, nummer).isEmpty() ? List.of() : Historikpost.af(bookinger.historik(nummer));
    }

    /** The new content is in the caller's own name, for a citizen who is the caller's own on the day it starts. */
    private void kraevRet(Kald kald, Planlaegning indhold) {
        adgang.kraevEgetNavn(kald, indhold.cpr(), indhold.ansvarligSagsbehandler());
        adgang.kraevEgenBorger(kald, indhold.cpr(), DanskTid.dag(indhold.start()));
    }

    /**
     * Whether the booking exists; if it does, that it is the caller's authority's (refused as 403, or as not found
     * when the caller may not even see it). Read before the lock: only its own authority changes a booking.
     */
    private boolean kraevEgen(Kald kald, long nummer) {
        Optional<Bookingoverblik> booking = overblik.hent(nummer);
        booking.ifPresent(b -> {
            Planlaegning indhold = b.planlagtSamtale().indhold();
            adgang.kraevEgenMyndighed(kald, indhold.cpr(), indhold.ansvarligSagsbehandler().myndighed(),
                    Fejlkode.PLANLAGT_SAMTALE_FINDES_IKKE, nummer);
        });
        return booking.isPresent();
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

    private Bookingoverblik skrivHaendelse(Kald kald, Aendringsart art, long borgerId, Bookingoverblik booking) {
        PlanlagtSamtale planlagt = booking.planlagtSamtale();
        haendelser.skriv(new NyHaendelse(ENTITET, art, borgerId, planlagt.nummer(), planlagt.version(), planlagt.indhold().samtaletype(),
                kald.kalder().somSagsbehandler(), booking));
        return booking;
    }

    private ForaeldetVersion foraeldet(long nummer, int forventetVersion) {
        return new ForaeldetVersion(bookinger.tilstand(nummer).map(Tilstand::version).orElseThrow(), forventetVersion);
    }
}
