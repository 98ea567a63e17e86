package dk.samtaleregister.samtale.domain;

import dk.samtaleregister.regler.domain.Deltagelsesregler;
import dk.samtaleregister.regler.domain.Kontaktform;
import dk.samtaleregister.regler.domain.Samtaletype;
import java.util.Set;

/**
 * A samtaletype that may be registered on the day, with what rule 6 asks of its status på deltagelse there
 * ({@code regler/deltagelsesstatus.csv}) and the kontaktformer in which it would be nulstillende
 * ({@code regler/nulstillende.csv}).
 */
public record Samtalemulighed(Samtaletype samtaletype, Deltagelsesregler.Regel deltagelse, Set<Kontaktform> nulstillendeFormer) {

    public Samtalemulighed {
        nulstillendeFormer = Set.copyOf(nulstillendeFormer);
    }

    public boolean erNulstillende(Kontaktform form) {
        return nulstillendeFormer.contains(form);
    }
}
