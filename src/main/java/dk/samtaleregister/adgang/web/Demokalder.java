package dk.samtaleregister.adgang.web;

import dk.samtaleregister.adgang.domain.Kalder;
import dk.samtaleregister.adgang.domain.Rolle;
import dk.samtaleregister.faelles.domain.AnsvarligSagsbehandler;
import dk.samtaleregister.faelles.domain.Felter;
import dk.samtaleregister.faelles.domain.Myndighed;
import dk.samtaleregister.faelles.domain.Overtraedelser;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The caller demo mode lets anyone name, by the demo token endpoint or the pages' sign-in: an authority, a
 * caseworker's ident and roles, checked as a token's claims are. Every violation lands in {@code fejl}, under the
 * field names the token endpoint's body has; the caller is null when there was one.
 */
final class Demokalder {

    private Demokalder() {
    }

    static Kalder fortolk(String myndighedstype, String myndighedskode, String sagsbehandler, List<String> roller, Overtraedelser fejl) {
        Myndighed myndighed = Myndighed.fortolk(myndighedstype, myndighedskode, "myndighed", fejl);
        String ident = Felter.tekst(Felter.paakraevet(sagsbehandler, "sagsbehandler", fejl), AnsvarligSagsbehandler.MAKS_IDENT,
                "sagsbehandler", fejl);
        Set<Rolle> kendte = roller(roller, fejl);
        return fejl.ingen() ? new Kalder(myndighed, ident, kendte) : null;
    }

    private static Set<Rolle> roller(List<String> navne, Overtraedelser fejl) {
        Set<Rolle> roller = EnumSet.noneOf(Rolle.class);
        if (navne == null) {
            return roller;
        }
        for (int i = 0; i < navne.size(); i++) {
            Rolle rolle = Felter.kode(navne.get(i), Rolle.class, "roller[" + i + "]", fejl);
            if (rolle != null) {
                roller.add(rolle);
            }
        }
        return roller;
    }
}
