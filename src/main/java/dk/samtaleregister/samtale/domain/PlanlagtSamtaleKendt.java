package dk.samtaleregister.samtale.domain;

import dk.samtaleregister.faelles.domain.Fejlkode;
import dk.samtaleregister.faelles.domain.Overtraedelser;

/**
 * DFDG rule 6: a held conversation that refers to a booking (planlagt samtale) must name one the registry knows on
 * that citizen. As in DFDG there is no harder link: registering the conversation does not change the booking.
 */
public final class PlanlagtSamtaleKendt implements Registreringsregel {

    @Override
    public void kontroller(Registreringskontekst kontekst, Overtraedelser fejl) {
        String reference = kontekst.registrering().planlagtSamtale();
        if (reference != null && !kontekst.planlagteSamtaler().contains(reference)) {
            fejl.tilfoej(Fejlkode.PLANLAGT_SAMTALE_UKENDT, "planlagtSamtale");
        }
    }
}
