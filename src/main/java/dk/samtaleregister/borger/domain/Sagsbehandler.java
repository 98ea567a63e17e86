package dk.samtaleregister.borger.domain;

import dk.samtaleregister.faelles.domain.Felter;
import dk.samtaleregister.faelles.domain.Overtraedelser;
import dk.samtaleregister.regler.domain.Myndighed;

/** The caseworker who made a change to a period, and the authority they act for. */
public record Sagsbehandler(String ident, Myndighed myndighed) {

    public static final int MAKS_IDENT = 50;

    /**
     * The caseworker in a given {@code ansvarligSagsbehandler}, checked as a conversation's: ident, type and kode are
     * required. (The field itself is optional on periods: the feed from DFDG names none.) Null when faulty, with the
     * faults recorded.
     */
    public static Sagsbehandler fortolk(String ident, String myndighedstype, String myndighedskode, Overtraedelser fejl) {
        String felt = "ansvarligSagsbehandler";
        String gyldigIdent = Felter.tekst(Felter.paakraevet(ident, felt + ".ident", fejl), MAKS_IDENT, felt + ".ident", fejl);
        Myndighed myndighed = Myndighed.fortolk(myndighedstype, myndighedskode, felt + ".myndighed", fejl);
        return gyldigIdent == null || myndighed == null ? null : new Sagsbehandler(gyldigIdent, myndighed);
    }
}
