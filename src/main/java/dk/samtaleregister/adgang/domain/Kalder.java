package dk.samtaleregister.adgang.domain;

import dk.samtaleregister.faelles.domain.AnsvarligSagsbehandler;
import dk.samtaleregister.faelles.domain.Myndighed;
import dk.samtaleregister.faelles.domain.Myndighedstype;
import java.util.Objects;
import java.util.Set;

/** The authenticated caller, as its token says: the authority, the caseworker's ident and the roles. */
public record Kalder(Myndighed myndighed, String ident, Set<Rolle> roller) {

    public Kalder {
        Objects.requireNonNull(myndighed, "myndighed");
        Objects.requireNonNull(ident, "ident");
        roller = Set.copyOf(roller);
    }

    public boolean har(Rolle rolle) {
        return roller.contains(rolle);
    }

    public boolean erStar() {
        return myndighed.type() == Myndighedstype.STAR;
    }

    /** The caller as the caseworker responsible for a change. */
    public AnsvarligSagsbehandler somSagsbehandler() {
        return new AnsvarligSagsbehandler(ident, myndighed);
    }
}
