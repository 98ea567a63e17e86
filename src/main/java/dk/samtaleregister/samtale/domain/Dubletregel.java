package dk.samtaleregister.samtale.domain;

import dk.samtaleregister.faelles.domain.DanskTid;
import dk.samtaleregister.faelles.domain.Fejlkode;
import dk.samtaleregister.faelles.domain.Overtraedelser;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Rule 8 (DFDG rule 4): the same citizen, samtaletype and held minute twice is a duplicate. */
public final class Dubletregel implements Registreringsregel {

    @Override
    public void kontroller(Registreringskontekst kontekst, Overtraedelser fejl) {
        Registrering registrering = kontekst.registrering();
        Instant minut = registrering.afholdt().truncatedTo(ChronoUnit.MINUTES);
        for (TidligereSamtale samtale : kontekst.tidligere()) {
            if (samtale.samtaletype() == registrering.samtaletype() && samtale.afholdt().truncatedTo(ChronoUnit.MINUTES).equals(minut)) {
                fejl.tilfoej(Fejlkode.DUBLET, "afholdt", registrering.samtaletype().visning(), DanskTid.visning(samtale.afholdt()));
                return;
            }
        }
    }
}
