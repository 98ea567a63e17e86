package dk.samtaleregister.samtale.domain;

import dk.samtaleregister.faelles.domain.AnsvarligSagsbehandler;
import dk.samtaleregister.faelles.domain.Cpr;
import dk.samtaleregister.faelles.domain.DanskTid;
import dk.samtaleregister.regler.domain.Deltagelsesstatus;
import dk.samtaleregister.regler.domain.Kontaktform;
import dk.samtaleregister.regler.domain.Samtaletype;
import java.time.Instant;
import java.time.LocalDate;

/** A well-formed registration of a held conversation (rules 1 and 2 hold); rules 3-9 are still to be judged. */
public record Registrering(
        Cpr cpr,
        Instant afholdt,
        Samtaletype samtaletype,
        Kontaktform kontaktform,
        String samtaleinformation,
        boolean flereMyndigheder,
        Deltagelsesstatus deltagelsesstatus,
        String planlagtSamtale,
        AnsvarligSagsbehandler ansvarligSagsbehandler,
        String aftalenummer,
        String samtykkeloebenummer) {

    public LocalDate afholdtDag() {
        return DanskTid.dag(afholdt);
    }
}
