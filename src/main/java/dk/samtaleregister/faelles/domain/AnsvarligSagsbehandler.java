package dk.samtaleregister.faelles.domain;

import dk.samtaleregister.faelles.domain.Felter;
import dk.samtaleregister.faelles.domain.Overtraedelser;

/** The caseworker responsible for a registration or a change, and the authority they act for. */
public record AnsvarligSagsbehandler(String ident, Myndighed myndighed) {

    public static final int MAKS_IDENT = 50;

    /** The caseworker in the fields under {@code felt}, or null with the violations recorded. */
    public static AnsvarligSagsbehandler fortolk(String ident, String myndighedstype, String myndighedskode, String felt,
                                                 Overtraedelser fejl) {
        String gyldigIdent = Felter.tekst(Felter.paakraevet(ident, felt + ".ident", fejl), MAKS_IDENT, felt + ".ident", fejl);
        Myndighed myndighed = Myndighed.fortolk(myndighedstype, myndighedskode, felt + ".myndighed", fejl);
        return gyldigIdent == null || myndighed == null ? null : new AnsvarligSagsbehandler(gyldigIdent, myndighed);
    }
}
