package dk.samtaleregister.samtale.domain;

import dk.samtaleregister.faelles.domain.Overtraedelser;

/** One named DFDG rule for a held conversation. It records its violations; it never stops the others. */
public interface Registreringsregel {

    void kontroller(Registreringskontekst kontekst, Overtraedelser fejl);
}
