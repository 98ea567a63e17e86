package dk.samtaleregister.haendelse;

import static dk.samtaleregister.test.Samtalebygger.samtale;
import static dk.samtaleregister.test.Testkalder.jobcenter;
import static org.assertj.core.api.Assertions.assertThat;

import dk.samtaleregister.test.Api;
import dk.samtaleregister.test.Api.Svar;
import dk.samtaleregister.test.ApiTest;
import dk.samtaleregister.test.Json;
import dk.samtaleregister.test.TestCpr;
import dk.samtaleregister.test.Testkalder;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * docs/events.md shows an example of every type of event. Each example must have exactly the fields a real event of
 * its type has (the values differ: numbers, times and the citizen are the example's own). Every type the service
 * writes is made here through the API; the events it wrote are written to target/haendelsesformat.json to read.
 */
class HaendelsesformatDokumentationTest extends ApiTest {

    private static final Path SIDE = Path.of("docs/events.md");
    private static final Pattern EKSEMPEL = Pattern.compile("^### (\\w+)\\R+```json\\R(.*?)\\R```", Pattern.MULTILINE | Pattern.DOTALL);
    private static final Testkalder JC101 = jobcenter("101");

    /** Periods of each kind: path, code field, a code, and a code for a second period. */
    private static final List<List<Object>> PERIODER = List.of(
            List.of("kontaktgruppeperioder", "kontaktgruppe", 1, 2),
            List.of("fravaer", "fravaerstype", "UDDANNELSE", "FERIE"),
            List.of("jobcentertilknytninger", "jobcenter", "101", "147"),
            List.of("akassemedlemskaber", "akasse", "AK12", "AK99"),
            List.of("andenaktoer-henvisninger", "andenAktoer", "AA7", "AA8"),
            List.of("undtagelser", "grund", "SELV_I_JOB", "MINDRE_INTENSIV_INDSATS"));

    private Svar medIfMatch(Testkalder som, String metode, String sti, int version, Map<String, Object> krop) {
        Svar svar = api.som(som).send(HttpRequest.newBuilder(URI.create(baseUrl() + sti)).header("Content-Type", "application/json")
                .header("If-Match", "\"" + version + "\"").method(metode, HttpRequest.BodyPublishers.ofString(Api.JSON.writeValueAsString(krop))));
        assertThat(svar.status() / 100).as(svar.toString()).isEqualTo(2);
        return svar;
    }

    /** One change of every kind, for one citizen; answers the citizen. */
    private String hverSlagsAendring() {
        String cpr = TestCpr.naeste();
        for (List<Object> slag : PERIODER) {
            String sti = "/api/v1/" + slag.get(0);
            long id = feed.post(sti, Json.objekt("cpr", cpr, slag.get(1), slag.get(2), "fra", "2024-01-01", "til", null)).json().get("id").asLong();
            medIfMatch(Testkalder.feed(), "PUT", sti + "/" + id, 1, Json.objekt(slag.get(1), slag.get(2), "fra", "2024-01-01", "til", "2025-12-31",
                    "begrundelse", "Rettet efter brev fra borgeren."));
            medIfMatch(Testkalder.feed(), "POST", sti + "/" + id + "/afslutning", 2, Json.objekt("til", "2025-06-30", "begrundelse", "Ophørt."));
        }
        Svar samtale = api.som(JC101).registrer(samtale(cpr).af(JC101));
        assertThat(samtale.status()).as(samtale.toString()).isEqualTo(201);
        long nummer = samtale.json().get("samtalenummer").asLong();
        medIfMatch(JC101, "PUT", "/api/v1/samtaler/" + nummer, 1, samtale(cpr).af(JC101).form("TELEFONISK")
                .med("begrundelse", "Holdt over telefonen.").json());
        medIfMatch(JC101, "POST", "/api/v1/samtaler/" + nummer + "/annullering", 2, Json.objekt("begrundelse", "Registreret på forkert borger."));
        Map<String, Object> booking = Json.objekt("cpr", cpr, "start", "2024-04-10T09:00", "slut", "2024-04-10T09:45", "samtaletype", 7,
                "kontaktform", "PERSONLIGT_FREMMOEDE", "sted", "Jobcenter København", "sagsbehandlerNavn", "Mette Hansen",
                "ansvarligSagsbehandler", JC101.somSagsbehandler(), "ombookingTilladt", false, "ombookingFrist", null, "deltagelsesstatus", null);
        Svar oprettet = api.som(JC101).post("/api/v1/planlagte-samtaler", booking);
        assertThat(oprettet.status()).as(oprettet.toString()).isEqualTo(201);
        long bookingnummer = oprettet.json().get("nummer").asLong();
        booking.put("sted", "Telefon");
        medIfMatch(JC101, "PUT", "/api/v1/planlagte-samtaler/" + bookingnummer, 1, booking);
        medIfMatch(JC101, "POST", "/api/v1/planlagte-samtaler/" + bookingnummer + "/aflysning", 2, Json.objekt("begrundelse", "Borgeren er i job."));
        return cpr;
    }

    /** The citizen's events, the first of each type, by type. */
    private Map<String, JsonNode> haendelserAfHverType(String cpr) {
        Map<String, JsonNode> efterType = new LinkedHashMap<>();
        long efter = 0;
        while (true) {
            JsonNode side = star.get("/api/v1/haendelser?max=1000&efter=" + efter).json();
            for (JsonNode h : side.get("haendelser")) {
                if (h.get("cpr").asString().equals(cpr)) {
                    efterType.putIfAbsent(h.get("type").asString(), h);
                }
            }
            efter = side.get("naesteEfter").asLong();
            if (efter == side.get("sidstePosition").asLong()) {
                return efterType;
            }
        }
    }

    @Test
    void the_page_has_an_example_of_every_type_with_exactly_the_fields_of_a_real_event() throws IOException {
        Map<String, JsonNode> virkelige = haendelserAfHverType(hverSlagsAendring());
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/haendelsesformat.json"), Api.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(virkelige));

        Map<String, JsonNode> eksempler = new LinkedHashMap<>();
        Matcher m = EKSEMPEL.matcher(Files.readString(SIDE));
        while (m.find()) {
            eksempler.put(m.group(1), Api.JSON.readTree(m.group(2)));
        }

        assertThat(virkelige.keySet()).hasSize(24);
        assertThat(eksempler.keySet()).containsExactlyInAnyOrderElementsOf(virkelige.keySet());
        for (var virkelig : virkelige.entrySet()) {
            JsonNode eksempel = eksempler.get(virkelig.getKey());
            assertThat(felter(eksempel, "")).as(virkelig.getKey()).isEqualTo(felter(virkelig.getValue(), ""));
            for (String felt : List.of("type", "entitet", "version")) {
                assertThat(eksempel.get(felt)).as(virkelig.getKey() + " " + felt).isEqualTo(virkelig.getValue().get(felt));
            }
        }
    }

    /** The paths of every field, nested ones with a slash; a list's fields under its first element. */
    private static Set<String> felter(JsonNode node, String sti) {
        Set<String> felter = new TreeSet<>();
        if (node.isObject()) {
            for (var felt : node.properties()) {
                felter.add(sti + "/" + felt.getKey());
                felter.addAll(felter(felt.getValue(), sti + "/" + felt.getKey()));
            }
        } else if (node.isArray() && !node.isEmpty()) {
            felter.addAll(felter(node.get(0), sti + "/0"));
        }
        return felter;
    }
}
