package dk.samtaleregister.regler.domain;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Which status på deltagelse belongs to which samtaletype, and the types that require one (the project's decision 5 in docs/decisions.md). */
public final class Deltagelsesregler {

    static final String HOVED = "gyldig_fra;gyldig_til;samtaletype;deltagelsesstatus;status_kraevet";

    public record Regel(Set<Deltagelsesstatus> tilladte, boolean kraevet) {
        /** A type that takes no status. */
        public static final Regel INGEN_STATUS = new Regel(Set.of(), false);
    }

    private final Map<Samtaletype, Regel> regler;

    private Deltagelsesregler(Map<Samtaletype, Regel> regler) {
        this.regler = regler;
    }

    static Deltagelsesregler af(List<Raekke> raekker) {
        Map<Samtaletype, Regel> regler = new EnumMap<>(Samtaletype.class);
        for (Raekke raekke : raekker) {
            Samtaletype type = raekke.samtaletype(2);
            Deltagelsesstatus status = raekke.kode(3, Deltagelsesstatus.class);
            boolean kraevet = raekke.jaNej(4);
            Regel regel = regler.computeIfAbsent(type, t -> new Regel(EnumSet.noneOf(Deltagelsesstatus.class), kraevet));
            if (regel.kraevet() != kraevet) {
                throw raekke.fejl("status_kraevet differs between the rows of samtaletype " + type.id());
            }
            if (!regel.tilladte().add(status)) {
                throw raekke.fejl("duplicate row: samtaletype " + type.id() + " with " + status);
            }
        }
        regler.replaceAll((type, regel) -> new Regel(Collections.unmodifiableSet(regel.tilladte()), regel.kraevet()));
        return new Deltagelsesregler(Collections.unmodifiableMap(regler));
    }

    public Regel regel(Samtaletype type) {
        return regler.getOrDefault(type, Regel.INGEN_STATUS);
    }

    public Map<Samtaletype, Regel> somKort() {
        return regler;
    }
}
