package dk.samtaleregister.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import dk.samtaleregister.test.Api;
import dk.samtaleregister.test.ApiTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The OpenAPI document is a contract that case systems generate clients from, kept as a file beside the tests:
 * src/test/resources/openapi/samtaleregister.json. The build generates a Java client from that file
 * (openapi-generator-maven-plugin, see pom.xml) and Redocly lints it in CI (tools/openapi-lint). This test holds the
 * file equal to what the service serves, so that a change of the API is a change of the file that a review sees;
 * and holds the rules the document is made by (faelles.web.OpenApiKonfiguration), whatever the file says.
 */
class OpenApiKontraktTest extends ApiTest {

    static final Path KONTRAKT = Path.of("src/test/resources/openapi/samtaleregister.json");
    static final Path SERVERET = Path.of("target/openapi/served.json");

    private static final Set<String> METODER = Set.of("get", "put", "post", "delete", "patch");

    /** The document is open: a client generator fetches it without a token. */
    private JsonNode serveret() {
        Api.Svar svar = api.anonym().get("/v3/api-docs");
        assertThat(svar.status()).as("GET /v3/api-docs").isEqualTo(200);
        return svar.json();
    }

    @Test
    void the_contract_file_is_what_the_service_serves() throws IOException {
        JsonNode serveret = serveret();
        Files.createDirectories(SERVERET.getParent());
        Files.writeString(SERVERET, Api.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(serveret) + "\n", StandardCharsets.UTF_8);

        assertThat(Files.exists(KONTRAKT)).as(KONTRAKT + " exists; create it with: cp " + SERVERET + " " + KONTRAKT).isTrue();
        JsonNode kontrakt = Api.JSON.readTree(Files.readString(KONTRAKT, StandardCharsets.UTF_8));
        List<String> forskelle = Jsonforskelle.mellem(kontrakt, serveret, 20);
        assertThat(forskelle)
                .as("""
                        The OpenAPI document the service serves differs from the contract %s (first differences below, as JSON \
                        Pointers). If the change of the API is meant, refresh the contract, review its diff and commit it:
                            cp %s %s
                        Clients generated from the old contract may need the change too.""", KONTRAKT, SERVERET, KONTRAKT)
                .isEmpty();
    }

    @Test
    void the_difference_finder_names_each_place_where_two_documents_differ() {
        JsonNode kontrakt = Api.JSON.readTree("""
                {"paths": {"/a": {"get": {"operationId": "hentA"}}, "/b": {}}, "tags": [{"name": "x"}, {"name": "y"}]}""");
        JsonNode serveret = Api.JSON.readTree("""
                {"paths": {"/a": {"get": {"operationId": "hentA_1"}}, "/c": {}}, "tags": [{"name": "x"}]}""");

        assertThat(Jsonforskelle.mellem(kontrakt, serveret, 20)).containsExactly(
                "/paths/~1a/get/operationId: contract \"hentA\", served \"hentA_1\"",
                "/paths/~1b: only in the contract",
                "/paths/~1c: only in the served document",
                "/tags: contract [{\"name\":\"x\"},{\"name\":\"y\"}], served [{\"name\":\"x\"}]");
        assertThat(Jsonforskelle.mellem(kontrakt, kontrakt.deepCopy(), 20)).isEmpty();
        assertThat(Jsonforskelle.mellem(kontrakt, serveret, 2)).hasSize(2);
    }

    @Test
    void every_operation_documents_its_success_with_a_schema_and_its_problems_with_the_one_problem_schema() {
        JsonNode dokument = serveret();
        List<String> fejl = new ArrayList<>();
        operationer(dokument, (navn, operation) -> {
            JsonNode svar = operation.path("responses");
            List<String> succes = svar.propertyNames().stream().filter(kode -> kode.startsWith("2")).toList();
            if (succes.size() != 1) {
                fejl.add(navn + " documents " + succes.size() + " success answers");
            }
            succes.forEach(kode -> {
                JsonNode indhold = svar.path(kode).path("content");
                if (indhold.isEmpty() || indhold.valueStream().anyMatch(type -> type.path("schema").isEmpty())) {
                    fejl.add(navn + " " + kode + " has no schema");
                }
            });
            svar.properties().stream().filter(e -> !e.getKey().startsWith("2")).forEach(e -> {
                JsonNode indhold = e.getValue().path("content");
                if (!Set.copyOf(indhold.propertyNames()).equals(Set.of("application/problem+json"))
                        || !"#/components/schemas/Problem".equals(indhold.path("application/problem+json").path("schema").path("$ref").asString(""))) {
                    fejl.add(navn + " " + e.getKey() + " is not application/problem+json with the Problem schema: " + indhold);
                }
            });
            Set<String> forventet = new TreeSet<>();
            boolean token = !operation.has("security") || !operation.get("security").isEmpty();
            boolean krop = operation.has("requestBody");
            List<JsonNode> parametre = operation.path("parameters").valueStream().toList();
            boolean sti = parametre.stream().anyMatch(p -> "path".equals(p.path("in").asString("")));
            boolean ifMatch = parametre.stream().anyMatch(p -> "If-Match".equals(p.path("name").asString("")));
            if (token) {
                forventet.addAll(List.of("401", "403", "503"));
            }
            if (krop) {
                forventet.addAll(List.of("400", "422"));
            }
            if (sti) {
                forventet.addAll(List.of("400", "404"));
            }
            if (ifMatch) {
                forventet.addAll(List.of("400", "412", "428"));
            }
            if (!svar.propertyNames().containsAll(forventet)) {
                fejl.add(navn + " documents " + svar.propertyNames() + ", not all of " + forventet);
            }
        });
        assertThat(fejl).isEmpty();

        JsonNode stier = dokument.get("paths");
        assertThat(stier.at("/~1api~1v1~1samtaler~1{samtalenummer}/get/responses/200/content/application~1json/schema/$ref").asString(""))
                .isEqualTo("#/components/schemas/SamtaleSvar");
        assertThat(stier.at("/~1api~1v1~1kontaktgruppeperioder~1{id}/get/responses/200/content/application~1json/schema/$ref").asString(""))
                .as("a period's schema, found for the concrete path of a handler on /api/v1/{periodeslag}").isEqualTo("#/components/schemas/PeriodeSvar");
        assertThat(stier.at("/~1api~1v1~1samtaler~1{samtalenummer}~1historik/get/responses/200/content/application~1json/schema/items/$ref")
                .asString("")).isEqualTo("#/components/schemas/HistorikpostDto");
        for (String rapport : List.of("/~1api~1v1~1rapporter~1rettidighed/get", "/~1api~1v1~1audit~1soeg/post")) {
            assertThat(stier.at(rapport + "/responses/200/content").propertyNames()).as(rapport)
                    .containsExactlyInAnyOrder("application/json", "text/csv");
            assertThat(stier.at(rapport + "/responses/200/content/application~1json/schema/$ref").asString("")).as(rapport).isNotEmpty();
        }
        assertThat(dokument.at("/components/schemas/Problem/properties").propertyNames())
                .containsExactlyInAnyOrder("type", "title", "status", "detail", "instance", "fejl");
    }

    @Test
    void every_operation_has_a_stable_unique_operation_id_and_no_parameter_the_caller_does_not_send() {
        JsonNode dokument = serveret();
        Set<String> ider = new HashSet<>();
        List<String> fejl = new ArrayList<>();
        operationer(dokument, (navn, operation) -> {
            String id = operation.path("operationId").asString("");
            if (!id.matches("[a-z][A-Za-z0-9]*") || !ider.add(id)) {
                fejl.add(navn + " has operationId \"" + id + "\", not a unique name without springdoc's _N");
            }
            operation.path("parameters").valueStream().filter(p -> "query".equals(p.path("in").asString("")))
                    .filter(p -> p.path("schema").has("$ref"))
                    .forEach(p -> fejl.add(navn + " has an object as query parameter " + p.path("name").asString("")));
        });
        assertThat(fejl).isEmpty();
        assertThat(ider).contains("registrerSamtale", "hentSamtale", "retSamtale", "historikSamtale", "tokenDemoToken");
        assertThat(dokument.path("components").path("schemas").has("Kald")).isFalse();
    }

    @Test
    void no_schema_puts_a_type_beside_a_reference_and_the_server_is_the_documents_own() {
        JsonNode dokument = serveret();
        List<String> fejl = new ArrayList<>();
        besoeg("", dokument, (sti, node) -> {
            if (node.isObject() && node.has("$ref") && (node.has("type") || node.has("nullable"))) {
                fejl.add(sti + ": " + node);
            }
        });
        assertThat(fejl).as("in OpenAPI 3.1 a type beside $ref applies to the same value: a nullable reference is anyOf [$ref, null]")
                .isEmpty();
        assertThat(dokument.at("/components/schemas/AnnulleringDto/properties/ansvarligSagsbehandler/anyOf").toString())
                .isEqualTo("[{\"$ref\":\"#/components/schemas/AnsvarligSagsbehandlerDto\"},{\"type\":\"null\"}]");
        assertThat(dokument.get("servers").toString()).contains("\"url\":\"/\"");
    }

    static void operationer(JsonNode dokument, BiConsumer<String, JsonNode> hver) {
        dokument.get("paths").properties().forEach(sti -> sti.getValue().properties().stream()
                .filter(metode -> METODER.contains(metode.getKey()))
                .forEach(metode -> hver.accept(metode.getKey().toUpperCase() + " " + sti.getKey(), metode.getValue())));
    }

    private static void besoeg(String sti, JsonNode node, BiConsumer<String, JsonNode> hver) {
        hver.accept(sti, node);
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> under : node.properties()) {
                besoeg(sti + "/" + under.getKey(), under.getValue(), hver);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                besoeg(sti + "/" + i, node.get(i), hver);
            }
        }
    }
}
