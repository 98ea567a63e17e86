package dk.samtaleregister.eksport;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * An export's CSV read back as a client reads it (RFC 4180 with ';': a quoted field may hold the separator, a doubled
 * quote and line breaks), and an API answer flattened into the same columns. An empty field is null; a quoted empty
 * one is the empty text, as COPY writes them.
 */
final class Csv {

    private final List<String> kolonner;
    private final List<Map<String, String>> raekker;

    private Csv(List<String> kolonner, List<Map<String, String>> raekker) {
        this.kolonner = kolonner;
        this.raekker = raekker;
    }

    static Csv laes(String tekst) {
        List<List<String>> linjer = linjer(tekst);
        List<String> kolonner = linjer.get(0);
        List<Map<String, String>> raekker = new ArrayList<>();
        for (List<String> linje : linjer.subList(1, linjer.size())) {
            if (linje.size() != kolonner.size()) {
                throw new AssertionError("A row of " + linje.size() + " fields under " + kolonner.size() + " columns: " + linje);
            }
            Map<String, String> raekke = new LinkedHashMap<>();
            for (int i = 0; i < kolonner.size(); i++) {
                raekke.put(kolonner.get(i), linje.get(i));
            }
            raekker.add(raekke);
        }
        return new Csv(kolonner, raekker);
    }

    List<String> kolonner() {
        return kolonner;
    }

    List<Map<String, String>> raekker() {
        return raekker;
    }

    /** The rows whose column has the value. */
    List<Map<String, String>> hvor(String kolonne, String vaerdi) {
        return raekker.stream().filter(r -> vaerdi.equals(r.get(kolonne))).toList();
    }

    /** The answer's fields as columns: nested objects joined with a dot, values as their JSON text, null as null. */
    static Map<String, String> flad(JsonNode svar) {
        Map<String, String> felter = new LinkedHashMap<>();
        flad("", svar, felter);
        return Collections.unmodifiableMap(felter);
    }

    private static void flad(String praefiks, JsonNode node, Map<String, String> felter) {
        node.properties().forEach(felt -> {
            String navn = praefiks + felt.getKey();
            JsonNode vaerdi = felt.getValue();
            if (vaerdi.isObject()) {
                flad(navn + ".", vaerdi, felter);
            } else {
                felter.put(navn, vaerdi.isNull() ? null : vaerdi.isString() ? vaerdi.asString() : vaerdi.toString());
            }
        });
    }

    private static List<List<String>> linjer(String tekst) {
        List<List<String>> linjer = new ArrayList<>();
        List<String> linje = new ArrayList<>();
        StringBuilder felt = new StringBuilder();
        boolean citeret = false;
        boolean harCitat = false;
        for (int i = 0; i < tekst.length(); i++) {
            char c = tekst.charAt(i);
            if (citeret) {
                if (c == '"' && i + 1 < tekst.length() && tekst.charAt(i + 1) == '"') {
                    felt.append('"');
                    i++;
                } else if (c == '"') {
                    citeret = false;
                } else {
                    felt.append(c);
                }
            } else if (c == '"') {
                citeret = true;
                harCitat = true;
            } else if (c == ';' || c == '\n') {
                linje.add(felt.length() == 0 && !harCitat ? null : felt.toString());
                felt.setLength(0);
                harCitat = false;
                if (c == '\n') {
                    linjer.add(linje);
                    linje = new ArrayList<>();
                }
            } else {
                felt.append(c);
            }
        }
        if (citeret || felt.length() > 0 || !linje.isEmpty()) {
            throw new AssertionError("The CSV does not end with a line break after its last row");
        }
        return linjer;
    }
}
