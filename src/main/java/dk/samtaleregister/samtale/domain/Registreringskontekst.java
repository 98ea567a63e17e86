package dk.samtaleregister.samtale.domain;

import dk.samtaleregister.borger.domain.BorgerSituation;
import dk.samtaleregister.regler.domain.Kontaktgruppe;
import dk.samtaleregister.regler.domain.Regelbog;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A registration with what it is judged against: the citizen's situation, the conversations the citizen already
 * has (at least the latest nulstillende one and those held in the same minute), and the rules in force that day.
 */
public record Registreringskontekst(Registrering registrering, BorgerSituation situation,
                                    List<TidligereSamtale> tidligere, Regelbog regler, boolean nulstillende) {

    public LocalDate dag() {
        return registrering.afholdtDag();
    }

    public Optional<Kontaktgruppe> kontaktgruppe() {
        return situation.kontaktgruppe(dag());
    }
}
