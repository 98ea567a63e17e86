package dk.samtaleregister.regler.domain;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Which samtaletype held in which kontaktform counts as a held contact (the project's decision 1 in docs/decisions.md). */
public final class Nulstillendetabel {

    static final String HOVED = "gyldig_fra;gyldig_til;samtaletype;kontaktform";

    private final Map<Samtaletype, Set<Kontaktform>> nulstillende;

    private Nulstillendetabel(Map<Samtaletype, Set<Kontaktform>> nulstillende) {
        this.nulstillende = nulstillende;
    }

    static Nulstillendetabel af(List<Raekke> raekker) {
        Map<Samtaletype, Set<Kontaktform>> nulstillende = new EnumMap<>(Samtaletype.class);
        for (Raekke raekke : raekker) {
            Samtaletype type = raekke.samtaletype(2);
            Kontaktform form = raekke.kode(3, Kontaktform.class);
            if (!nulstillende.computeIfAbsent(type, t -> EnumSet.noneOf(Kontaktform.class)).add(form)) {
                throw raekke.fejl("duplicate row: samtaletype " + type.id() + " with " + form);
            }
        }
        nulstillende.replaceAll((type, former) -> Collections.unmodifiableSet(former));
        return new Nulstillendetabel(Collections.unmodifiableMap(nulstillende));
    }

    public boolean erNulstillende(Samtaletype type, Kontaktform form) {
        Set<Kontaktform> former = nulstillende.get(type);
        return former != null && former.contains(form);
    }

    public Map<Samtaletype, Set<Kontaktform>> somKort() {
        return nulstillende;
    }
}
