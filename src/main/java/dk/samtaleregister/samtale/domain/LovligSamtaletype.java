package dk.samtaleregister.samtale.domain;

import dk.samtaleregister.faelles.domain.Fejlkode;
import dk.samtaleregister.faelles.domain.Overtraedelser;
import dk.samtaleregister.regler.domain.Kontaktgruppe;
import dk.samtaleregister.regler.domain.Lovlighedstabel;
import dk.samtaleregister.regler.domain.RaskSyg;
import java.util.Optional;

/**
 * Rule 4: the samtaletype is legal for the kontaktgruppe, healthy or sick, on the day held (seed 004). That a table
 * covers the day at all is {@link ReglerPaaDagen}'s part of the rule.
 */
public final class LovligSamtaletype implements Registreringsregel {

    @Override
    public void kontroller(Registreringskontekst kontekst, Overtraedelser fejl) {
        Optional<Kontaktgruppe> gruppe = kontekst.kontaktgruppe();
        if (gruppe.isEmpty()) {
            return; // rule 3 has said it
        }
        Optional<Lovlighedstabel> tabel = kontekst.regler().lovlighed(kontekst.dag());
        if (tabel.isEmpty()) {
            return; // ReglerPaaDagen has said it
        }
        RaskSyg raskSyg = kontekst.situation().raskSyg(kontekst.dag());
        var type = kontekst.registrering().samtaletype();
        if (!tabel.get().erLovlig(gruppe.get(), raskSyg, type)) {
            fejl.tilfoej(Fejlkode.SAMTALETYPE_IKKE_LOVLIG, "samtaletype", type.visning(), gruppe.get().visning(),
                    raskSyg == RaskSyg.SYG ? "syg" : "rask", kontekst.dag());
        }
    }
}
