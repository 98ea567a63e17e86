package dk.samtaleregister.indlaesning.domain;

import dk.samtaleregister.borger.domain.Periodeslag;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a file imports: historical conversations, or one kind of period. Its name is the last path segment of the
 * single-row POST ({@code samtaler}, {@code kontaktgruppeperioder}, ...), and its columns are that POST's body fields,
 * nested ones with a dot. A conversation names its responsible caseworker and authority; a period may.
 */
public record Importart(String navn, Periodeslag<?> slag, List<String> felter) {

    public static final String CPR = "cpr";
    public static final String IDENT = "ansvarligSagsbehandler.ident";
    public static final String MYNDIGHEDSTYPE = "ansvarligSagsbehandler.myndighed.type";
    public static final String MYNDIGHEDSKODE = "ansvarligSagsbehandler.myndighed.kode";

    public static final Importart SAMTALER = new Importart("samtaler", null, List.of(CPR, "afholdt", "samtaletype", "kontaktform",
            "samtaleinformation", "flereMyndigheder", "deltagelsesstatus", "planlagtSamtale", IDENT, MYNDIGHEDSTYPE, MYNDIGHEDSKODE,
            "aftalenummer", "samtykkeloebenummer", "begrundelse"));

    public Importart {
        felter = List.copyOf(felter);
    }

    /** The import of periods of one kind: the single-row POST's fields. */
    public static Importart af(Periodeslag<?> slag) {
        return new Importart(slag.samling(), slag, List.of(CPR, slag.kodefelt(), "fra", "til", IDENT, MYNDIGHEDSTYPE, MYNDIGHEDSKODE));
    }

    public static List<Importart> alle() {
        List<Importart> alle = new ArrayList<>();
        alle.add(SAMTALER);
        Periodeslag.ALLE.forEach(slag -> alle.add(af(slag)));
        return alle;
    }

    public static Optional<Importart> medNavn(String navn) {
        return alle().stream().filter(art -> art.navn.equals(navn)).findFirst();
    }

    public boolean samtaler() {
        return slag == null;
    }
}
