package dk.samtaleregister.regler.domain;

import dk.samtaleregister.faelles.domain.Myndighedstype;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Samtaletyper that, in a given kontaktgruppe, only one kind of authority may register (seed 004's remark; the project's decision 4 in docs/decisions.md). */
public final class Myndighedsforbehold {

    static final String HOVED = "gyldig_fra;gyldig_til;kontaktgruppe;samtaletype;myndighedstype";

    public record Forbehold(Kontaktgruppe kontaktgruppe, Samtaletype samtaletype, Myndighedstype myndighedstype) {
    }

    private final Map<Kontaktgruppe, Map<Samtaletype, Myndighedstype>> forbehold;

    private Myndighedsforbehold(Map<Kontaktgruppe, Map<Samtaletype, Myndighedstype>> forbehold) {
        this.forbehold = forbehold;
    }

    static Myndighedsforbehold af(List<Raekke> raekker) {
        Map<Kontaktgruppe, Map<Samtaletype, Myndighedstype>> forbehold = new EnumMap<>(Kontaktgruppe.class);
        for (Raekke raekke : raekker) {
            Kontaktgruppe gruppe = raekke.kontaktgruppe(2);
            Samtaletype type = raekke.samtaletype(3);
            Myndighedstype myndighed = raekke.kode(4, Myndighedstype.class);
            if (forbehold.computeIfAbsent(gruppe, g -> new EnumMap<>(Samtaletype.class)).putIfAbsent(type, myndighed) != null) {
                throw raekke.fejl("duplicate row: kontaktgruppe " + gruppe.nummer() + ", samtaletype " + type.id());
            }
        }
        return new Myndighedsforbehold(forbehold);
    }

    /** The only authority type that may register this type in this group, if the type is reserved there. */
    public Optional<Myndighedstype> forbeholdtFor(Kontaktgruppe gruppe, Samtaletype type) {
        Map<Samtaletype, Myndighedstype> gruppens = forbehold.get(gruppe);
        return gruppens == null ? Optional.empty() : Optional.ofNullable(gruppens.get(type));
    }

    public List<Forbehold> somListe() {
        return forbehold.entrySet().stream()
                .flatMap(g -> g.getValue().entrySet().stream().map(t -> new Forbehold(g.getKey(), t.getKey(), t.getValue())))
                .toList();
    }
}
