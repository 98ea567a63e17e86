package dk.samtaleregister.samtale.domain;

import dk.samtaleregister.faelles.domain.Fejlkode;
import dk.samtaleregister.faelles.domain.Overtraedelser;

/**
 * Rule 4, first part: a version of the legality table (seed 004, {@code regler/lovlige-samtaletyper.csv}) covers the
 * day held, so that a samtaletype can be judged at all. Only said where the citizen has a kontaktgruppe that day.
 */
public final class ReglerPaaDagen implements Registreringsregel {

    @Override
    public void kontroller(Registreringskontekst kontekst, Overtraedelser fejl) {
        if (kontekst.kontaktgruppe().isPresent() && kontekst.regler().lovlighed(kontekst.dag()).isEmpty()) {
            fejl.tilfoej(Fejlkode.INGEN_REGLER, "afholdt", kontekst.dag());
        }
    }
}
