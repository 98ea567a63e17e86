package dk.samtaleregister.faelles.web;

import dk.samtaleregister.faelles.domain.Overtraedelse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A form's violations as the page shows them (Det Fælles Designsystem's error summary): every one at the top, each
 * linking to its field, and the first one of each field again at the field. The messages are the API's own.
 *
 * @param linjer   the summary's lines, in the order found
 * @param vedFelt  field name (the API's JSON path) → the message shown at that field
 */
public record Formularfejl(List<Linje> linjer, Map<String, String> vedFelt) {

    /** One line of the summary; {@code feltId} is the id of the field it links to, or null for the whole form. */
    public record Linje(String kode, String feltId, String besked) {
    }

    public static Formularfejl ingen() {
        return new Formularfejl(List.of(), Map.of());
    }

    public static Formularfejl af(List<Overtraedelse> overtraedelser) {
        Map<String, String> vedFelt = new LinkedHashMap<>();
        List<Linje> linjer = overtraedelser.stream().map(o -> {
            if (o.felt() != null) {
                vedFelt.putIfAbsent(felt(o.felt()), o.besked());
            }
            return new Linje(o.kode().name(), o.felt() == null ? null : feltId(o.felt()), o.besked());
        }).toList();
        return new Formularfejl(linjer, vedFelt);
    }

    /**
     * The HTML id of the field an API path names: {@code ansvarligSagsbehandler.ident} → {@code felt-ansvarligSagsbehandler-ident};
     * the items of a list share their list's field ({@code roller[1]} → {@code felt-roller}).
     */
    public static String feltId(String felt) {
        return "felt-" + felt(felt).replaceAll("[^A-Za-z0-9]", "-");
    }

    private static String felt(String sti) {
        return sti.replaceAll("\\[\\d+]$", "");
    }

    public boolean harFejl() {
        return !linjer.isEmpty();
    }

    public String ved(String felt) {
        return vedFelt.get(felt);
    }
}
