package dk.samtaleregister.kontaktforloeb.domain;

import dk.samtaleregister.regler.domain.Kontaktform;
import dk.samtaleregister.faelles.domain.Myndighedstype;
import dk.samtaleregister.regler.domain.Samtaletype;
import java.time.LocalDate;

/**
 * What the computation needs of a held conversation, so that it does not depend on the samtale package.
 * The service maps a {@code Samtale} as: samtalenummer; {@code registrering().afholdtDag()} (Danish day);
 * samtaletype; kontaktform; {@code registrering().ansvarligSagsbehandler().myndighed().type()}; nulstillende; annulleret.
 */
public record Kontaktsamtale(long samtalenummer, LocalDate afholdt, Samtaletype samtaletype, Kontaktform kontaktform,
                             Myndighedstype myndighedstype, boolean nulstillende, boolean annulleret) {

    /** Whether it can count for any krav: nulstillende and not annulled. */
    public boolean taeller() {
        return nulstillende && !annulleret;
    }
}
