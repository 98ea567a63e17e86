package dk.samtaleregister.samtale.domain;

import dk.samtaleregister.faelles.domain.Fejlkode;
import dk.samtaleregister.faelles.domain.Overtraedelser;

/** Rule 3: the citizen has a kontaktgruppe on the day held. */
public final class KontaktgruppePaaDagen implements Registreringsregel {

    @Override
    public void kontroller(Registreringskontekst kontekst, Overtraedelser fejl) {
        if (kontekst.kontaktgruppe().isEmpty()) {
            fejl.tilfoej(Fejlkode.INGEN_KONTAKTGRUPPE, "afholdt", kontekst.dag());
        }
    }
}
