package dk.samtaleregister.samtale.domain;

import dk.samtaleregister.faelles.domain.DanskTid;
import dk.samtaleregister.faelles.domain.Fejlkode;
import dk.samtaleregister.faelles.domain.Overtraedelser;
import java.time.Duration;
import java.time.Instant;

/**
 * Rule 7 (DFDG rules 1 and 2): no conversation held before the citizen's latest nulstillende one, and a
 * nulstillende conversation at least one minute after it.
 */
public final class Kronologi implements Registreringsregel {

    static final Duration MINDSTE_AFSTAND = Duration.ofMinutes(1);

    @Override
    public void kontroller(Registreringskontekst kontekst, Overtraedelser fejl) {
        Instant seneste = null;
        for (TidligereSamtale samtale : kontekst.tidligere()) {
            if (samtale.nulstillende() && (seneste == null || samtale.afholdt().isAfter(seneste))) {
                seneste = samtale.afholdt();
            }
        }
        if (seneste == null) {
            return;
        }
        Instant afholdt = kontekst.registrering().afholdt();
        if (afholdt.isBefore(seneste)) {
            fejl.tilfoej(Fejlkode.FOER_SENESTE_NULSTILLENDE, "afholdt", DanskTid.visning(seneste));
        } else if (kontekst.nulstillende() && afholdt.isBefore(seneste.plus(MINDSTE_AFSTAND))) {
            fejl.tilfoej(Fejlkode.NULSTILLENDE_FOR_TAET, "afholdt", DanskTid.visning(seneste));
        }
    }
}
