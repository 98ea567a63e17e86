package dk.samtaleregister.borger.domain;

import dk.samtaleregister.faelles.domain.Feltaendring;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** One version of a period as its history shows it: the change, and the fields it altered from what to what. */
public record Historikpost(int version, Aendringsart art, Aendring aendring, Instant tidspunkt, List<Feltaendring> aendringer) {

    /** The history of one period from its versions in order: version 1 shows every field it was created with. */
    public static List<Historikpost> af(List<? extends Periodeversion<?>> versioner) {
        List<Historikpost> historik = new ArrayList<>();
        Map<String, ?> forrige = Map.of();
        for (Periodeversion<?> v : versioner) {
            Map<String, Object> felter = v.periode().felter();
            historik.add(new Historikpost(v.version(), v.art(), v.aendring(), v.tidspunkt(), Feltaendring.mellem(forrige, felter)));
            forrige = felter;
        }
        return historik;
    }
}
