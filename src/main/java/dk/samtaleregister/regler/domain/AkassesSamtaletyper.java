package dk.samtaleregister.regler.domain;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The samtaletyper an a-kasse may see in DFDG, one rule set of them. */
public final class AkassesSamtaletyper {

    static final String HOVED = "gyldig_fra;gyldig_til;samtaletype";

    private final Set<Samtaletype> synlige;

    private AkassesSamtaletyper(Set<Samtaletype> synlige) {
        this.synlige = Collections.unmodifiableSet(synlige);
    }

    static AkassesSamtaletyper af(List<Raekke> raekker) {
        Set<Samtaletype> synlige = EnumSet.noneOf(Samtaletype.class);
        for (Raekke raekke : raekker) {
            Samtaletype type = raekke.samtaletype(2);
            if (!synlige.add(type)) {
                throw raekke.fejl("duplicate row: samtaletype " + type.id());
            }
        }
        return new AkassesSamtaletyper(synlige);
    }

    public boolean synlig(Samtaletype type) {
        return synlige.contains(type);
    }

    public Set<Samtaletype> synlige() {
        return synlige;
    }
}
