package dk.samtaleregister.samtale.domain;

import dk.samtaleregister.regler.domain.Kontaktgruppe;
import dk.samtaleregister.regler.domain.RaskSyg;
import dk.samtaleregister.regler.domain.Samtaletype;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;

/**
 * What an authority may register for a citizen on a Danish day: the citizen's kontaktgruppe and rask or syg that
 * day, and the samtaletyper rules 3-5 allow the authority, in the order of their DFDG ids.
 */
public record Samtalemuligheder(LocalDate dag, Kontaktgruppe kontaktgruppe, RaskSyg raskSyg, List<Samtalemulighed> samtaletyper) {

    public Samtalemuligheder {
        samtaletyper = List.copyOf(samtaletyper);
    }

    /** Only the samtaletyper {@code synlige} lets through, the rest as they are. */
    public Samtalemuligheder kun(Predicate<Samtaletype> synlige) {
        return new Samtalemuligheder(dag, kontaktgruppe, raskSyg,
                samtaletyper.stream().filter(mulighed -> synlige.test(mulighed.samtaletype())).toList());
    }
}
