package dk.samtaleregister.test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A small HTTP client for tests: real requests, JSON in and out, and the fixtures that set up a citizen.
 *
 * <p>The test names who calls. {@link #som(Testkalder)} gives an Api whose every request carries that caller's bearer
 * token, got from the service's own {@code POST /api/v1/demo/token} and kept per service and caller:
 * {@code api.som(Testkalder.jobcenter("101"))}, {@code api.som(Testkalder.akasse("AK12"))},
 * {@code api.som(Testkalder.feed())} (role SYSTEM, the only caller that writes a citizen's periods),
 * {@code api.som(Testkalder.star())}. {@link #medToken} sends a token made by hand, {@link #anonym} none.
 *
 * <p>An Api that names no caller ({@code new Api(base)}, {@link ApiTest}'s {@code api}, {@link KoerendeTjeneste#api()})
 * sends no token, exactly as {@link #anonym()}: a test that forgets to say who calls is answered
 * {@code 401 IKKE_AUTENTIFICERET}, and a fixture's failure says that no caller was named. The Api never reads a
 * request's body to choose a token and never sets up anything the test did not ask for: a citizen's membership,
 * referral or other period exists only if the test (or a helper in it) writes it with the feed, e.g.
 * {@code api.som(Testkalder.feed()).akasse(cpr, "AK12", "2024-01-01", null)}.
 */
public final class Api {

    public static final JsonMapper JSON = JsonMapper.builder().build();

    public static final String DEMO_TOKEN = "/api/v1/demo/token";

    private static final HttpClient KLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** Well inside the demo token's hour, so that a long test run never sends an expired one. */
    private static final Duration GENBRUG = Duration.ofMinutes(30);

    private static final Map<Noegle, Udstedt> TOKENS = new ConcurrentHashMap<>();

    private final String base;
    private final Kald kald;

    /** The service at this address, naming no caller: every request goes without a token, as {@link #anonym()}. */
    public Api(String base) {
        this(base, new Kald("no caller named (no token sent; name one with som(...))", api -> Optional.empty()));
    }

    private Api(String base, Kald kald) {
        this.base = base;
        this.kald = kald;
    }

    /** The service's address, e.g. http://localhost:12345. */
    public String base() {
        return base;
    }

    /** The same service, every request with this caller's token. */
    public Api som(Testkalder kalder) {
        return new Api(base, new Kald("as " + kalder, api -> Optional.of(api.token(kalder))));
    }

    /** The same service, every request with this identity's token. */
    public Api som(String myndighedstype, String kode, String ident, String... roller) {
        return som(new Testkalder(myndighedstype, kode, ident, List.of(roller)));
    }

    /** The same service, without any token: for tests about what an anonymous request gets. */
    public Api anonym() {
        return new Api(base, new Kald("anonymously (no token sent)", api -> Optional.empty()));
    }

    /** The same service, every request with exactly this token, whatever it is. */
    public Api medToken(String raaToken) {
        return new Api(base, new Kald("with a token made by hand", api -> Optional.of(raaToken)));
    }

    /** The token this Api sends, if any: for requests made by hand. */
    public Optional<String> token() {
        return kald.token().apply(this);
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

    /** Sends the request with this Api's token, unless the request sets its own Authorization header. */
    public Svar send(HttpRequest.Builder anmodning) {
        HttpRequest bygget = anmodning.timeout(Duration.ofSeconds(30)).build();
        if (bygget.headers().firstValue("Authorization").isPresent()) {
            return udfoer(bygget);
        }
        Optional<String> token = token();
        Svar svar = udfoer(medToken(bygget, token));
        if (svar.status() == 401 && token.isPresent() && TOKENS.values().removeIf(udstedt -> udstedt.token().equals(token.get()))) {
            // A kept token from a service that has since gone, whose port a new one got: once more with a fresh token.
            svar = udfoer(medToken(bygget, token()));
        }
        return svar;
    }

    private static HttpRequest medToken(HttpRequest anmodning, Optional<String> token) {
        if (token.isEmpty()) {
            return anmodning;
        }
        return HttpRequest.newBuilder(anmodning, (navn, vaerdi) -> true).header("Authorization", "Bearer " + token.get()).build();
    }

    private static Svar udfoer(HttpRequest anmodning) {
        try {
            HttpResponse<String> svar = KLIENT.send(anmodning, HttpResponse.BodyHandlers.ofString());
            return new Svar(svar.statusCode(), svar.headers().map(), svar.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    // Tokens

    /** Who this Api calls as, in words for failure messages, and the token that goes with it. */
    private record Kald(String beskrivelse, Function<Api, Optional<String>> token) {
    }

    private record Noegle(String base, Testkalder identitet) {
    }

    private record Udstedt(String token, Instant udstedt) {
    }

    /** The identity's token, minted once per service and kept. Any Api may mint one, whoever it calls as. */
    public String token(Testkalder identitet) {
        Noegle noegle = new Noegle(base, identitet);
        Udstedt kendt = TOKENS.get(noegle);
        if (kendt != null && kendt.udstedt().plus(GENBRUG).isAfter(Instant.now())) {
            return kendt.token();
        }
        Svar svar = udsted(identitet);
        if (svar.status() != 200) {
            throw new AssertionError("The demo token endpoint of " + base + " refused " + identitet + ": " + svar);
        }
        String token = svar.json().get("access_token").asString();
        TOKENS.put(noegle, new Udstedt(token, Instant.now()));
        return token;
    }

    private Svar udsted(Testkalder identitet) {
        String krop = JSON.writeValueAsString(Json.objekt("myndighed", Json.objekt("type", identitet.myndighedstype(), "kode", identitet.kode()),
                "sagsbehandler", identitet.ident(), "roller", identitet.roller()));
        return udfoer(HttpRequest.newBuilder(URI.create(base + DEMO_TOKEN)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(krop)).build());
    }

    // Fixtures: the citizen's situation, written by this Api's caller (the feed: som(Testkalder.feed())). Each asserts
    // that the service accepted it.

    public JsonNode kontaktgruppe(String cpr, int kontaktgruppe, String fra, String til) {
        return oprettet("/api/v1/kontaktgruppeperioder", Json.objekt("cpr", cpr, "kontaktgruppe", kontaktgruppe, "fra", fra, "til", til));
    }

    public JsonNode fravaer(String cpr, String fravaerstype, String fra, String til) {
        return oprettet("/api/v1/fravaer", Json.objekt("cpr", cpr, "fravaerstype", fravaerstype, "fra", fra, "til", til));
    }

    public JsonNode jobcenter(String cpr, String jobcenter, String fra, String til) {
        return oprettet("/api/v1/jobcentertilknytninger", Json.objekt("cpr", cpr, "jobcenter", jobcenter, "fra", fra, "til", til));
    }

    public JsonNode akasse(String cpr, String akasse, String fra, String til) {
        return oprettet("/api/v1/akassemedlemskaber", Json.objekt("cpr", cpr, "akasse", akasse, "fra", fra, "til", til));
    }

    public JsonNode henvisning(String cpr, String andenAktoer, String fra, String til) {
        return oprettet("/api/v1/andenaktoer-henvisninger", Json.objekt("cpr", cpr, "andenAktoer", andenAktoer, "fra", fra, "til", til));
    }

    public JsonNode undtagelse(String cpr, String grund, String fra, String til) {
        return oprettet("/api/v1/undtagelser", Json.objekt("cpr", cpr, "grund", grund, "fra", fra, "til", til));
    }

    /**
     * Registers the conversation as this Api's caller, and nothing else: an a-kasse or anden aktør registers only for
     * its own citizens, so the test writes the membership or referral it needs first.
     */
    public Svar registrer(Samtalebygger samtale) {
        return post("/api/v1/samtaler", samtale.json());
    }

    private JsonNode oprettet(String sti, Map<String, Object> krop) {
        Svar svar = post(sti, krop);
        if (svar.status() != 201) {
            throw new AssertionError("Expected 201 from POST " + sti + " " + kald.beskrivelse() + ", got " + svar);
        }
        return svar.json();
    }
}
