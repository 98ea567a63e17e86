package dk.samtaleregister.samtale.domain;

import dk.samtaleregister.borger.domain.BorgerSituation;
import dk.samtaleregister.regler.domain.Deltagelsesregler;
import dk.samtaleregister.regler.domain.Kontaktgruppe;
import dk.samtaleregister.regler.domain.Regelbog;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A registration with what it is judged against: the citizen's situation, the conversations the citizen already
 * has (at least the latest nulstillende one and those held in the same minute), the citizen's bookings, and the
 * rules in force that day.
 * The Danish day held and the kontaktgruppe on it are worked out once here, since most rules ask for them.
 */
public final class Registreringskontekst {

    private final Registrering registrering;
    private final BorgerSituation situation;
    private final List<TidligereSamtale> tidligere;
    private final Regelbog regler;
    private final boolean nulstillende;
    private final Set<String> planlagteSamtaler;
    private final LocalDate dag;
    private final Optional<Kontaktgruppe> kontaktgruppe;

    /** {@code planlagteSamtaler}: the citizen's bookings, by number, of those the registration could refer to. */
    public Registreringskontekst(Registrering registrering, BorgerSituation situation, List<TidligereSamtale> tidligere,
                                 Set<String> planlagteSamtaler, Regelbog regler, boolean nulstillende) {
        this.registrering = registrering;
        this.planlagteSamtaler = planlagteSamtaler;
        this.situation = situation;
        this.tidligere = tidligere;
        this.regler = regler;
        this.nulstillende = nulstillende;
        this.dag = registrering.afholdtDag();
        this.kontaktgruppe = situation.kontaktgruppe(dag);
    }

    public Registrering registrering() {
        return registrering;
    }

    public BorgerSituation situation() {
        return situation;
    }

    public List<TidligereSamtale> tidligere() {
        return tidligere;
    }

    public Set<String> planlagteSamtaler() {
        return planlagteSamtaler;
    }

    public Regelbog regler() {
        return regler;
    }

    public boolean nulstillende() {
        return nulstillende;
    }

    public LocalDate dag() {
        return dag;
    }

    public Optional<Kontaktgruppe> kontaktgruppe() {
        return kontaktgruppe;
    }

    /** Which statuses the samtaletype takes on the day, and whether it needs one; none where no rule set is in force. */
    public Deltagelsesregler.Regel deltagelsesregel() {
        return regler.deltagelse(dag)
                .map(tabel -> tabel.regel(registrering.samtaletype()))
                .orElse(Deltagelsesregler.Regel.INGEN_STATUS);
    }
}
