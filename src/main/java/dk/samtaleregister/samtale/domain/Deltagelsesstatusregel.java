package dk.samtaleregister.samtale.domain;

import dk.samtaleregister.faelles.domain.Fejlkode;
import dk.samtaleregister.faelles.domain.Overtraedelser;
import dk.samtaleregister.regler.domain.Deltagelsesregler;

/**
 * Rule 6: a conversation with several authorities needs a status på deltagelse; a status must belong to the
 * samtaletype; some types (17) need one always.
 */
public final class Deltagelsesstatusregel implements Registreringsregel {

    @Override
    public void kontroller(Registreringskontekst kontekst, Overtraedelser fejl) {
        Registrering registrering = kontekst.registrering();
        var type = registrering.samtaletype();
        Deltagelsesregler.Regel regel = kontekst.deltagelsesregel();
        var status = registrering.deltagelsesstatus();
        if (status == null) {
            if (registrering.flereMyndigheder() && regel.tilladte().isEmpty()) {
                fejl.tilfoej(Fejlkode.DELTAGELSESSTATUS_MANGLER, "flereMyndigheder", "En samtale med flere myndigheder skal have en status "
                        + "på deltagelse, og ingen status hører til samtaletypen " + type.visning() + ". Den kan derfor ikke registreres med flere myndigheder.");
            } else if (registrering.flereMyndigheder()) {
                fejl.tilfoej(Fejlkode.DELTAGELSESSTATUS_MANGLER, "deltagelsesstatus",
                        "En samtale med flere myndigheder skal have en status på deltagelse.");
            } else if (regel.kraevet()) {
                fejl.tilfoej(Fejlkode.DELTAGELSESSTATUS_MANGLER, "deltagelsesstatus",
                        "Samtaletypen " + type.visning() + " skal have en status på deltagelse.");
            }
        } else if (!regel.tilladte().contains(status)) {
            fejl.tilfoej(Fejlkode.DELTAGELSESSTATUS_PASSER_IKKE, "deltagelsesstatus", status.name(), type.visning());
        }
    }
}
