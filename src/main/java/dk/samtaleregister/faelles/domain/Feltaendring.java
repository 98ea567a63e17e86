package dk.samtaleregister.faelles.domain;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** One field that a change altered, from what to what, as the history shows it. */
public record Feltaendring(String felt, Object fra, Object til) {

    /**
     * The fields whose values differ between two versions, each given as field name → value (nested fields named
     * with dots, e.g. "ansvarligSagsbehandler.ident"), in the order of the later version.
     */
    public static List<Feltaendring> mellem(Map<String, ?> foer, Map<String, ?> efter) {
        Set<String> felter = new LinkedHashSet<>(efter.keySet());
        felter.addAll(foer.keySet());
        List<Feltaendring> aendringer = new ArrayList<>();
        for (String felt : felter) {
            Object fra = foer.get(felt);
            Object til = efter.get(felt);
            if (!Objects.equals(fra, til)) {
                aendringer.add(new Feltaendring(felt, fra, til));
            }
        }
        return aendringer;
    }
}
