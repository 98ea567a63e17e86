package dk.samtaleregister.kontaktforloeb.domain;

import dk.samtaleregister.faelles.domain.Myndighedstype;
import dk.samtaleregister.regler.domain.Kontaktform;
import dk.samtaleregister.regler.domain.Samtaletype;
import java.time.LocalDate;

/**
 * What the computation needs of a held conversation, so that it does not depend on the samtale package.
 * The service maps a {@code Samtale} as: samtalenummer; {@code registrering().afholdtDag()} (Danish day);
 * samtaletype; kontaktform; the ansvarligSagsbehandler's myndighed type and kode; nulstillende; annulleret.
 *
 * @param myndighedskode the holding authority's kode: an anden aktør's counts for the jobcenter only while the
 *                       citizen is referred to that anden aktør
 */
public record Kontaktsamtale(long samtalenummer, LocalDate afholdt, Samtaletype samtaletype, Kontaktform kontaktform,
                             Myndighedstype myndighedstype, String myndighedskode, boolean nulstillende, boolean annulleret) {

    /** Whether it can count for any krav: nulstillende and not annulled. */
    public boolean taeller() {
        return nulstillende && !annulleret;
    }
}
