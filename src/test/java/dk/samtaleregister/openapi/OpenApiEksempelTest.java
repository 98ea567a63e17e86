package dk.samtaleregister.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import dk.samtaleregister.test.Api;
import dk.samtaleregister.test.ApiTest;
import dk.samtaleregister.test.Json;
import dk.samtaleregister.test.Testkalder;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Every request example of the served OpenAPI document is accepted when it is sent exactly as it stands: a client
 * developer's first request is often a copied example, and an example that is refused teaches the wrong thing.
 *
 * <p>The examples name one citizen (the walk-through's, CPR 0101901234), which the feed first sets up through the
 * API as the walk-through does: a period of every kind. Then the examples: the period creations, the other
 * creations, what reads and searches, then the changes of what was created, a thing's final change (annulment,
 * cancellation, end) after its correction; the changes of the citizen's periods come last, since a correction may take
 * the citizen away from the jobcenter that asks the rest. An operation on {id} is sent to what the creation example of
 * its collection created (its Location), with the ETag of a fresh GET in If-Match.
 *
 * <p>Each example is sent with the demo token of an authority it fits: the feed (role SYSTEM) for the periods,
 * STAR for the audit log, the caseworker a body names as ansvarligSagsbehandler, the jobcenter a report names, and
 * otherwise a caseworker of the citizen's jobcenter.
 */
// A database of its own: the examples' citizen must be new, whatever other test classes register.
@TestPropertySource(properties = "samtaleregister.test.database=openapi-eksempler")
class OpenApiEksempelTest extends ApiTest {

    /**
     * The kinds of period, in the order the walk-through writes them, each with the walk-through's own period; the
     * walk-through registers no undtagelse, so that one is the creation example's.
     */
    private static final Map<String, Map<String, Object>> PERIODESLAG = new LinkedHashMap<>();

    static {
        PERIODESLAG.put("kontaktgruppeperioder", Json.objekt("kontaktgruppe", 1, "fra", "2024-02-01", "til", null));
        PERIODESLAG.put("fravaer", Json.objekt("fravaerstype", "SYGDOM_SYGEMELDING", "fra", "2024-03-10", "til", "2024-03-20"));
        PERIODESLAG.put("jobcentertilknytninger", Json.objekt("jobcenter", "101", "fra", "2024-01-01", "til", null));
        PERIODESLAG.put("akassemedlemskaber", Json.objekt("akasse", "AK12", "fra", "2024-01-01", "til", null));
        PERIODESLAG.put("andenaktoer-henvisninger", Json.objekt("andenAktoer", "AA7", "fra", "2024-02-01", "til", "2024-06-30"));
        PERIODESLAG.put("undtagelser", Json.objekt("grund", "SYGEDAGPENGE_KATEGORI_1", "fra", "2024-02-01", "til", "2024-03-27"));
    }

    private static final String API = "/api/v1/";
    private static final Set<String> METODER = Set.of("get", "put", "post", "delete", "patch");

    /** One request example: the operation and its path. */
    record Eksempel(String metode, String sti, String navn, JsonNode krop, Map<String, String> forespoergsel,
                    JsonNode operation) {

        String beskrivelse() {
            return metode + " " + sti + (navn == null ? "" : " (example \"" + navn + "\")");
        }

        /** The kind of period, if the path is one of a period kind's. */
        String periodeslag() {
            String foerste = sti.startsWith(API) ? sti.substring(API.length()).split("/")[0] : "";
            return PERIODESLAG.containsKey(foerste) ? foerste : null;
        }

        boolean paaEntitet() {
            return sti.contains("{");
        }

        boolean opretter() {
            return "POST".equals(metode) && !paaEntitet() && operation.path("responses").has("201");
        }

        /** The collection an {id} path belongs to: the path before its first parameter. */
        String samling() {
            return sti.substring(0, sti.indexOf('{') - 1);
        }

        boolean ifMatch() {
            return operation.path("parameters").valueStream().anyMatch(p -> "If-Match".equalsIgnoreCase(p.path("name").asString("")));
        }

        /** Reads first, then corrections, then the final changes a correction could no longer follow. */
        int fase() {
            if (opretter()) {
                return periodeslag() != null ? 0 : 1;
            }
            if (!paaEntitet()) {
                return 2;
            }
            return periodeslag() != null ? 4 : 3;
        }

        int orden() {
            int slag = periodeslag() == null ? 0 : List.copyOf(PERIODESLAG.keySet()).indexOf(periodeslag());
            int metodeorden = switch (metode) {
                case "GET" -> 0;
                case "PUT" -> 1;
                default -> 2;
            };
            return fase() * 1000 + metodeorden * 100 + slag;
        }
    }

    private final Map<String, String> oprettet = new HashMap<>();
    private String borgerensJobcenter;

    @Test
    void every_request_example_of_the_served_document_is_accepted_as_it_stands() {
        JsonNode dokument = api.anonym().get("/v3/api-docs").json();
        List<String> fejl = new ArrayList<>();
        List<Eksempel> eksempler = eksempler(dokument, fejl);

        assertThat(eksempler).extracting(Eksempel::beskrivelse).as("the document's request examples")
                .anyMatch(b -> b.startsWith("POST /api/v1/samtaler"))
                .anyMatch(b -> b.startsWith("PUT /api/v1/samtaler/{samtalenummer}"))
                .anyMatch(b -> b.startsWith("POST /api/v1/planlagte-samtaler"))
                .anyMatch(b -> b.startsWith("GET /api/v1/rapporter/rettidighed"));
        assertThat(eksempler.stream().filter(Eksempel::opretter).map(Eksempel::periodeslag).collect(Collectors.toSet()))
                .as("a creation example for every kind of period").containsAll(PERIODESLAG.keySet());

        Set<String> cprnumre = eksempler.stream().map(e -> e.krop() == null ? null : e.krop().path("cpr").asString(null))
                .filter(cpr -> cpr != null).collect(Collectors.toCollection(LinkedHashSet::new));
        assertThat(cprnumre).as("the examples are about one citizen").hasSize(1);
        String cpr = cprnumre.iterator().next();
        JsonNode situation = api.som(Testkalder.star()).post("/api/v1/borgere/opslag", Json.objekt("cpr", cpr)).json();
        assertThat(PERIODESLAG.keySet().stream().map(slag -> situation.path(felt(slag))).allMatch(JsonNode::isEmpty))
                .as("the examples' citizen is new to this database").isTrue();

        somWalkThrough(cpr, fejl);
        eksempler.sort(Comparator.comparingInt(Eksempel::orden));
        for (Eksempel eksempel : eksempler) {
            send(eksempel, fejl);
        }
        assertThat(fejl).as("request examples that were not accepted").isEmpty();
    }

    /** The citizen as the walk-through sets it up: one period of every kind, written by the feed. */
    private void somWalkThrough(String cpr, List<String> fejl) {
        PERIODESLAG.forEach((slag, periode) -> {
            String samling = API + slag;
            Map<String, Object> krop = new LinkedHashMap<>(Json.objekt("cpr", cpr));
            krop.putAll(periode);
            Api.Svar svar = api.som(Testkalder.feed()).post(samling, krop);
            if (svar.status() != 201) {
                fejl.add("set-up: the walk-through's " + slag + " was refused: " + maskeret(svar.toString()));
            } else {
                noterOprettet(samling, svar);
            }
        });
    }

    private void send(Eksempel eksempel, List<String> fejl) {
        String sti = eksempel.sti();
        if (eksempel.paaEntitet()) {
            String sted = oprettet.get(eksempel.samling());
            if (sted == null) {
                fejl.add(eksempel.beskrivelse() + ": no example created anything in " + eksempel.samling() + " to send it to");
                return;
            }
            sti = sted + sti.substring(sti.indexOf('}', sti.indexOf('{')) + 1);
            if (sti.contains("{")) {
                fejl.add(eksempel.beskrivelse() + ": more path parameters than the created thing's id");
                return;
            }
        }
        Testkalder kalder = kalder(eksempel);
        Api som = api.som(kalder);
        String adresse = api.base() + sti + forespoergsel(eksempel.forespoergsel());
        HttpRequest.Builder anmodning = HttpRequest.newBuilder(URI.create(adresse));
        if (eksempel.krop() != null) {
            anmodning.header("Content-Type", "application/json")
                    .method(eksempel.metode(), HttpRequest.BodyPublishers.ofString(Api.JSON.writeValueAsString(eksempel.krop())));
        } else {
            anmodning.method(eksempel.metode(), HttpRequest.BodyPublishers.noBody());
        }
        if (eksempel.ifMatch()) {
            String sted = oprettet.get(eksempel.samling());
            String etag = som.get(sted).header("ETag");
            if (etag == null) {
                fejl.add(eksempel.beskrivelse() + ": GET " + sted + " gave no ETag for If-Match");
                return;
            }
            anmodning.header("If-Match", etag);
        }
        Api.Svar svar = som.send(anmodning);
        String hvem = kalder.myndighedstype() + " " + kalder.kode() + " " + kalder.ident();
        if (svar.status() / 100 != 2) {
            fejl.add(eksempel.beskrivelse() + " sent to " + sti + " as " + hvem + ": " + maskeret(svar.toString()));
            return;
        }
        JsonNode dokumenteret = eksempel.operation().path("responses").path(Integer.toString(svar.status()));
        if (dokumenteret.isMissingNode()) {
            fejl.add(eksempel.beskrivelse() + ": answered " + svar.status() + ", which the document does not give");
            return;
        }
        for (String header : dokumenteret.path("headers").propertyNames()) {
            if (svar.header(header) == null) {
                fejl.add(eksempel.beskrivelse() + ": the answer has no " + header + ", which the document promises");
            }
        }
        String type = svar.header("Content-Type");
        if (type != null && dokumenteret.path("content").propertyNames().stream().noneMatch(type::startsWith)) {
            fejl.add(eksempel.beskrivelse() + ": answered " + type + ", not one of " + dokumenteret.path("content").propertyNames());
        }
        if (eksempel.opretter()) {
            noterOprettet(sti, svar);
        }
    }

    private void noterOprettet(String samling, Api.Svar svar) {
        oprettet.put(samling, svar.header("Location"));
        if ((API + "jobcentertilknytninger").equals(samling) && borgerensJobcenter == null) {
            borgerensJobcenter = svar.json().path("jobcenter").asString(null);
        }
    }

    /** The authority an example fits. */
    private Testkalder kalder(Eksempel eksempel) {
        if (eksempel.periodeslag() != null) {
            return Testkalder.feed();
        }
        if (eksempel.sti().startsWith(API + "audit/")) {
            return Testkalder.star();
        }
        JsonNode ansvarlig = eksempel.krop() == null ? null : eksempel.krop().path("ansvarligSagsbehandler");
        if (ansvarlig != null && ansvarlig.path("ident").isString() && ansvarlig.path("myndighed").path("type").isString()
                && ansvarlig.path("myndighed").path("kode").isString()) {
            return new Testkalder(ansvarlig.path("myndighed").path("type").asString(), ansvarlig.path("myndighed").path("kode").asString(),
                    ansvarlig.path("ident").asString(), List.of());
        }
        String jobcenter = eksempel.forespoergsel().get("jobcenter");
        if (jobcenter != null) {
            return Testkalder.jobcenter(jobcenter);
        }
        return Testkalder.jobcenter(borgerensJobcenter != null ? borgerensJobcenter : "101");
    }

    /** Every operation's request examples: its body's, one request for each named one, and its query parameters'. */
    private static List<Eksempel> eksempler(JsonNode dokument, List<String> fejl) {
        List<Eksempel> eksempler = new ArrayList<>();
        dokument.get("paths").properties().forEach(sti -> sti.getValue().properties().stream()
                .filter(metode -> METODER.contains(metode.getKey())).forEach(metode -> {
                    String navn = metode.getKey().toUpperCase();
                    JsonNode operation = metode.getValue();
                    Map<String, String> forespoergsel = new LinkedHashMap<>();
                    operation.path("parameters").valueStream().filter(p -> "query".equals(p.path("in").asString("")))
                            .filter(p -> p.has("example")).forEach(p -> forespoergsel.put(p.path("name").asString(), tekst(p.get("example"))));
                    JsonNode json = operation.path("requestBody").path("content").path("application/json");
                    Map<String, JsonNode> kroppe = new LinkedHashMap<>();
                    if (json.has("example")) {
                        kroppe.put(null, json.get("example"));
                    }
                    json.path("examples").properties().forEach(e -> kroppe.put(e.getKey(), e.getValue().get("value")));
                    if (operation.path("requestBody").path("content").has("text/csv")) {
                        // A bulk import's file is imported by IndlaesningTest, for a citizen it prepares.
                        return;
                    }
                    if (operation.has("requestBody") && kroppe.isEmpty()) {
                        fejl.add(navn + " " + sti.getKey() + " has a request body but no example of it");
                    }
                    if (kroppe.isEmpty() && !forespoergsel.isEmpty()) {
                        kroppe.put(null, null);
                    }
                    kroppe.forEach((eksempelnavn, krop) -> {
                        if (krop != null && krop.isMissingNode()) {
                            fejl.add(navn + " " + sti.getKey() + " example \"" + eksempelnavn + "\" has no value");
                            return;
                        }
                        eksempler.add(new Eksempel(navn, sti.getKey(), eksempelnavn, krop, forespoergsel, operation));
                    });
                }));
        return eksempler;
    }

    private static String tekst(JsonNode vaerdi) {
        return vaerdi.isValueNode() ? vaerdi.asString() : vaerdi.toString();
    }

    private static String forespoergsel(Map<String, String> parametre) {
        if (parametre.isEmpty()) {
            return "";
        }
        return parametre.entrySet().stream()
                .map(p -> URLEncoder.encode(p.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(p.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&", "?", ""));
    }

    /** The look-up's name of a kind's list: andenaktoer-henvisninger is andenaktoerHenvisninger. */
    private static String felt(String periodeslag) {
        return periodeslag.equals("andenaktoer-henvisninger") ? "andenaktoerHenvisninger" : periodeslag;
    }

    /** Failure messages quote answers; a CPR number in them is shown as the log shows one (010190-xxxx). */
    private static String maskeret(String tekst) {
        return tekst.replaceAll("(?<!\\d)(\\d{6})-?\\d{4}(?!\\d)", "$1-xxxx");
    }
}
