package dk.samtaleregister.openapi;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;

/** Where two JSON documents differ, as JSON Pointers (RFC 6901): enough to find the change in a long document. */
final class Jsonforskelle {

    private Jsonforskelle() {
    }

    /** The first {@code hoejst} places where {@code forventet} and {@code faktisk} differ, each with what both hold there. */
    static List<String> mellem(JsonNode forventet, JsonNode faktisk, int hoejst) {
        List<String> forskelle = new ArrayList<>();
        sammenlign("", forventet, faktisk, forskelle, hoejst);
        return forskelle;
    }

    private static void sammenlign(String sti, JsonNode forventet, JsonNode faktisk, List<String> forskelle, int hoejst) {
        if (forskelle.size() >= hoejst || forventet.equals(faktisk)) {
            return;
        }
        if (forventet.isObject() && faktisk.isObject()) {
            Set<String> navne = new TreeSet<>(forventet.propertyNames());
            navne.addAll(faktisk.propertyNames());
            for (String navn : navne) {
                String under = sti + "/" + navn.replace("~", "~0").replace("/", "~1");
                if (!faktisk.has(navn)) {
                    forskelle.add(under + ": only in the contract");
                } else if (!forventet.has(navn)) {
                    forskelle.add(under + ": only in the served document");
                } else {
                    sammenlign(under, forventet.get(navn), faktisk.get(navn), forskelle, hoejst);
                }
                if (forskelle.size() >= hoejst) {
                    return;
                }
            }
            return;
        }
        if (forventet.isArray() && faktisk.isArray() && forventet.size() == faktisk.size()) {
            for (int i = 0; i < forventet.size(); i++) {
                sammenlign(sti + "/" + i, forventet.get(i), faktisk.get(i), forskelle, hoejst);
            }
            return;
        }
        forskelle.add((sti.isEmpty() ? "/" : sti) + ": contract " + kort(forventet) + ", served " + kort(faktisk));
    }

    private static String kort(JsonNode vaerdi) {
        String tekst = vaerdi.toString();
        return tekst.length() <= 120 ? tekst : tekst.substring(0, 117) + "...";
    }
}
