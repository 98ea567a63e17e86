package dk.samtaleregister.samtale.domain;

import dk.samtaleregister.faelles.domain.Fejlkode;
import dk.samtaleregister.faelles.domain.Myndighedstype;
import dk.samtaleregister.faelles.domain.Overtraedelser;

/** Rule 5: some types only one kind of authority may register in a kontaktgruppe (CV- and rådighedssamtale in group 1). */
public final class Myndighedsforbeholdsregel implements Registreringsregel {

    @Override
    public void kontroller(Registreringskontekst kontekst, Overtraedelser fejl) {
        var gruppe = kontekst.kontaktgruppe();
        var forbehold = kontekst.regler().myndighedsforbehold(kontekst.dag());
        if (gruppe.isEmpty() || forbehold.isEmpty()) {
            return;
        }
        var type = kontekst.registrering().samtaletype();
        Myndighedstype registrerende = kontekst.registrering().ansvarligSagsbehandler().myndighed().type();
        forbehold.get().forbeholdtFor(gruppe.get(), type)
                .filter(forbeholdtFor -> forbeholdtFor != registrerende)
                .ifPresent(forbeholdtFor -> fejl.tilfoej(Fejlkode.SAMTALETYPE_KUN_FOR_MYNDIGHED,
                        "ansvarligSagsbehandler.myndighed.type", gruppe.get().visning(), type.visning(), forbeholdtFor.navn().toLowerCase()));
    }
}
