package dk.samtaleregister.faelles.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** One version as a history shows it: the change, who made it when and why, and the fields it altered from what to what. */
public record Historikpost(int version, Aendringsart art, AnsvarligSagsbehandler aendretAf, Instant tidspunkt, String begrundelse,
                           List<Feltaendring> aendringer) {

    /** The history from the versions in order: version 1 shows every field it was created with (from null). */
    public static List<Historikpost> af(List<? extends Version> versioner) {
        List<Historikpost> historik = new ArrayList<>(versioner.size());
        Map<String, ?> forrige = Map.of();
        for (Version v : versioner) {
            Map<String, Object> felter = v.felter();
            historik.add(new Historikpost(v.version(), v.art(), v.aendretAf(), v.tidspunkt(), v.begrundelse(),
                    Feltaendring.mellem(forrige, felter)));
            forrige = felter;
        }
        return historik;
    }
}
