package dk.samtaleregister.samtale.domain;

import dk.samtaleregister.faelles.domain.Fejlkode;
import dk.samtaleregister.faelles.domain.Overtraedelser;
import dk.samtaleregister.regler.domain.Myndighed;
import dk.samtaleregister.regler.domain.Myndighedstype;

/** Rule 9 (DFDG rule 7): a jobcenter registers only for citizens attached to it on the day held. */
public final class Jobcentertilknytningsregel implements Registreringsregel {

    @Override
    public void kontroller(Registreringskontekst kontekst, Overtraedelser fejl) {
        Myndighed myndighed = kontekst.registrering().ansvarligSagsbehandler().myndighed();
        if (myndighed.type() != Myndighedstype.JOBCENTER) {
            return;
        }
        boolean tilknyttet = kontekst.situation().jobcenter(kontekst.dag()).filter(myndighed.kode()::equals).isPresent();
        if (!tilknyttet) {
            fejl.tilfoej(Fejlkode.BORGER_IKKE_TILKNYTTET_JOBCENTER, "ansvarligSagsbehandler.myndighed.kode", myndighed.kode(), kontekst.dag());
        }
    }
}
