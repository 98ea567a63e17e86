package dk.samtaleregister.haendelse.application;

import dk.samtaleregister.adgang.application.Adgangskontrol;
import dk.samtaleregister.adgang.application.Kald;
import dk.samtaleregister.faelles.domain.DanskTid;
import dk.samtaleregister.faelles.domain.Myndighedstype;
import dk.samtaleregister.haendelse.domain.Haendelse;
import dk.samtaleregister.haendelse.domain.Haendelsesside;
import dk.samtaleregister.haendelse.domain.NyHaendelse;
import dk.samtaleregister.haendelse.persistence.HaendelseRepository;
import dk.samtaleregister.regler.domain.Samtaletype;
import java.time.Clock;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The outbox and the feed. Every use case that changes a citizen's data writes its events here, in its own
 * transaction and after it has taken the citizen's lock: a change that is rolled back leaves no event, and a citizen's
 * events are in the order of the changes. The feed answers the numbered events in position order, as far as the
 * caller may see them.
 */
@Service
public class Haendelser {

    /** The most events one read of the feed answers, and the default. */
    public static final int MAKS = 1_000;
    public static final int STANDARD = 100;

    /**
     * Positions one read looks through at most. A jobcenter sees a small share of the events; without a bound, a read
     * would scan the whole backlog to fill its page. The position to ask from next is then the last one looked at.
     */
    static final int VINDUE = 10_000;

    private final HaendelseRepository repository;
    private final Sekvensering sekvensering;
    private final Adgangskontrol adgang;
    private final Clock ur;
    private final Map<Class<?>, Tilstandsform<?>> former = new HashMap<>();

    public Haendelser(HaendelseRepository repository, Sekvensering sekvensering, Adgangskontrol adgang, Clock ur,
                      List<Tilstandsform<?>> former) {
        this.repository = repository;
        this.sekvensering = sekvensering;
        this.adgang = adgang;
        this.ur = ur;
        for (Tilstandsform<?> form : former) {
            if (this.former.put(form.tilstandstype(), form) != null) {
                throw new IllegalStateException("Two forms for the state " + form.tilstandstype().getName());
            }
        }
    }

    /** Beyond this many events at once, COPY is faster than one INSERT of many rows (and knows no limit of parameters). */
    static final int KOPIERES_FRA = 100;

    /** Writes the events of one change in one statement, in the transaction of the change, which must be under way. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void skriv(NyHaendelse... haendelser) {
        skriv(List.of(haendelser));
    }

    /** As {@link #skriv(NyHaendelse...)}, for the many changes of a bulk import: in the order given. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void skriv(List<NyHaendelse> haendelser) {
        if (haendelser.isEmpty()) {
            return;
        }
        List<Object> svar = haendelser.stream().map(h -> svar(h.tilstand())).toList();
        if (haendelser.size() < KOPIERES_FRA) {
            repository.indsaet(haendelser, svar);
            return;
        }
        repository.kopierInd(haendelser, svar);
    }

    /**
     * The events after position {@code efter}, at most {@code maks}, that the caller may see: STAR all; a jobcenter,
     * an a-kasse or an anden aktør those of the citizens who are its own today (as every read is judged), and an
     * a-kasse only the samtaletyper it may see. The read is noted on the call for the audit log.
     */
    public Haendelsesside laes(Kald kald, long efter, int maks) {
        sekvensering.nummerer();
        var myndighed = kald.kalder().myndighed();
        Predicate<Samtaletype> synlige = adgang.synlige(kald);
        List<Integer> typer = myndighed.type() == Myndighedstype.AKASSE
                ? Arrays.stream(Samtaletype.values()).filter(synlige).map(Samtaletype::id).toList()
                : null;
        Haendelsesside side = repository.side(efter, maks, VINDUE, myndighed, DanskTid.dag(ur.instant()), typer);
        if (side.naesteEfter() > efter) {
            kald.noterHaendelser(efter + 1, side.naesteEfter(), side.haendelser().stream().map(Haendelse::cpr).distinct().toList());
        }
        return side;
    }

    @SuppressWarnings("unchecked") // the map holds for each class the form of that class
    private <T> Object svar(T tilstand) {
        Tilstandsform<T> form = (Tilstandsform<T>) former.get(tilstand.getClass());
        if (form == null) {
            throw new IllegalStateException("No form for the state " + tilstand.getClass().getName());
        }
        return form.svar(tilstand);
    }
}
