package dk.samtaleregister.test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A small HTTP client for tests: real requests, JSON in and out, and the fixtures that set up a citizen. */
public final class Api {

    public static final JsonMapper JSON = JsonMapper.builder().build();

    private static final HttpClient KLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String base;

    public Api(String base) {
        this.base = base;
    }

    /** The service's address, e.g. http://localhost:12345. */
    public String base() {
        return base;
    }

    public record Svar(int status, Map<String, List<String>> headers, String tekst) {

        public JsonNode json() {
            return JSON.readTree(tekst);
        }

        public String header(String navn) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(navn))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }

        /** The error codes of a problem+json answer, in order. */
        public List<String> fejlkoder() {
            JsonNode fejl = json().get("fejl");
            return fejl == null ? List.of() : fejl.valueStream().map(f -> f.get("kode").asString()).toList();
        }

        @Override
        public String toString() {
            return status + " " + tekst;
        }
    }

    public Svar post(String sti, String json) {
        return send(HttpRequest.newBuilder(URI.create(base + sti))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Svar post(String sti, Object krop) {
        return post(sti, JSON.writeValueAsString(krop));
    }

    public Svar get(String sti) {
        return send(HttpRequest.newBuilder(URI.create(base + sti)).GET());
    }

    public Svar send(HttpRequest.Builder anmodning) {
        try {
            HttpResponse<String> svar = KLIENT.send(anmodning.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
            return new Svar(svar.statusCode(), svar.headers().map(), svar.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    // Fixtures: the citizen's situation. Each asserts that the service accepted it.

    public JsonNode kontaktgruppe(String cpr, int kontaktgruppe, String fra, String til) {
        return oprettet("/api/v1/kontaktgruppeperioder", Json.objekt("cpr", cpr, "kontaktgruppe", kontaktgruppe, "fra", fra, "til", til));
    }

    public JsonNode fravaer(String cpr, String fravaerstype, String fra, String til) {
        return oprettet("/api/v1/fravaer", Json.objekt("cpr", cpr, "fravaerstype", fravaerstype, "fra", fra, "til", til));
    }

    public JsonNode jobcenter(String cpr, String jobcenter, String fra, String til) {
        return oprettet("/api/v1/jobcentertilknytninger", Json.objekt("cpr", cpr, "jobcenter", jobcenter, "fra", fra, "til", til));
    }

    public Svar registrer(Samtalebygger samtale) {
        return post("/api/v1/samtaler", samtale.json());
    }

    private JsonNode oprettet(String sti, Map<String, Object> krop) {
        Svar svar = post(sti, krop);
        if (svar.status() != 201) {
            throw new AssertionError("Expected 201 from " + sti + ", got " + svar);
        }
        return svar.json();
    }
}
