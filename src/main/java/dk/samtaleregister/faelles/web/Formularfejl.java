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

    /**
     * One line of the summary; {@code feltId} is the id of the field it links to, or null for the whole form, and
     * {@code etiket} the field's name as the forms label it, or null.
     */
    public record Linje(String kode, String feltId, String etiket, String besked) {

        /** What the summary says: the field's name, then the API's message, which does not name it. */
        public String tekst() {
            return etiket == null ? besked : etiket + ": " + besked;
        }
    }

    /** The forms' labels of the API's fields, by the last part of the field's path. */
    private static final Map<String, String> ETIKETTER = Map.ofEntries(
            Map.entry("cpr", "CPR-nummer"), Map.entry("afholdt", "Afholdt"), Map.entry("samtaletype", "Samtaletype"),
            Map.entry("kontaktform", "Kontaktform"), Map.entry("deltagelsesstatus", "Status på deltagelse"),
            Map.entry("flereMyndigheder", "Flere myndigheder"), Map.entry("samtaleinformation", "Samtaleinformation"),
            Map.entry("begrundelse", "Begrundelse"), Map.entry("aftalenummer", "Aftalenummer"),
            Map.entry("samtykkeloebenummer", "Samtykkeløbenummer"), Map.entry("type", "Myndighedstype"), Map.entry("kode", "Myndighedskode"),
            Map.entry("sagsbehandler", "Sagsbehandlerident"), Map.entry("ident", "Sagsbehandlerident"), Map.entry("roller", "Roller"),
            Map.entry("version", "Version"));

    public static Formularfejl ingen() {
        return new Formularfejl(List.of(), Map.of());
    }

    public static Formularfejl af(List<Overtraedelse> overtraedelser) {
        Map<String, String> vedFelt = new LinkedHashMap<>();
        List<Linje> linjer = overtraedelser.stream().map(o -> {
            if (o.felt() != null) {
                vedFelt.putIfAbsent(felt(o.felt()), o.besked());
            }
            return new Linje(o.kode().name(), o.felt() == null ? null : feltId(o.felt()), o.felt() == null ? null : etiket(o.felt()), o.besked());
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

    private static String etiket(String sti) {
        String felt = felt(sti);
        return ETIKETTER.get(felt.substring(felt.lastIndexOf('.') + 1).replaceAll("^.*-", ""));
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
