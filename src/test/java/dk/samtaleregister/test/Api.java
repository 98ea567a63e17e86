package dk.samtaleregister.test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A small HTTP client for tests: real requests, JSON in and out, and the fixtures that set up a citizen.
 *
 * <p>Every request carries a bearer token, got from the service's own {@code POST /api/v1/demo/token} and kept per
 * service and identity. By default the token is that of the request's {@code ansvarligSagsbehandler} (with the role
 * SYSTEM) when the body names one in full, else STAR's ("star-test", SYSTEM). {@link #som}, {@link #anonym} and
 * {@link #medToken} choose otherwise.
 */
public final class Api {

    public static final JsonMapper JSON = JsonMapper.builder().build();

    public static final String DEMO_TOKEN = "/api/v1/demo/token";

    private static final HttpClient KLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** Well inside the demo token's hour, so that a long test run never sends an expired one. */
    private static final Duration GENBRUG = Duration.ofMinutes(30);

    private static final Map<Noegle, Udstedt> TOKENS = new ConcurrentHashMap<>();

    private final String base;
    private final Tokenvalg tokenvalg;

    public Api(String base) {
        this(base, new EfterIndhold());
    }

    private Api(String base, Tokenvalg tokenvalg) {
        this.base = base;
        this.tokenvalg = tokenvalg;
    }

    /** The service's address, e.g. http://localhost:12345. */
    public String base() {
        return base;
    }

    /** The same service, every request with this caller's token. */
    public Api som(Testkalder kalder) {
        return new Api(base, (api, krop) -> Optional.of(api.token(kalder)));
    }

    /** The same service, every request with this identity's token. */
    public Api som(String myndighedstype, String kode, String ident, String... roller) {
        return som(new Testkalder(myndighedstype, kode, ident, List.of(roller)));
    }

    /** The same service, without any token. */
    public Api anonym() {
        return new Api(base, (api, krop) -> Optional.empty());
    }

    /** The same service, every request with exactly this token, whatever it is. */
    public Api medToken(String raaToken) {
        return new Api(base, (api, krop) -> Optional.of(raaToken));
    }

    /** The token this Api sends, if any: for requests made by hand. */
    public Optional<String> token() {
        return tokenvalg.token(this, "");
    }

    /** The token this Api sends with a request with this body (JSON, or empty), if any: for requests made by hand. */
    public Optional<String> token(String krop) {
        return tokenvalg.token(this, krop);
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
        Optional<String> token = token(krop(bygget));
        Svar svar = udfoer(medToken(bygget, token));
        if (svar.status() == 401 && token.isPresent() && TOKENS.values().removeIf(udstedt -> udstedt.token().equals(token.get()))) {
            // A kept token from a service that has since gone, whose port a new one got: once more with a fresh token.
            svar = udfoer(medToken(bygget, token(krop(bygget))));
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

    private static final Testkalder STANDARD_STAR = new Testkalder("STAR", "STAR", "star-test", List.of("SYSTEM"));

    private record Noegle(String base, Testkalder identitet) {
    }

    private record Udstedt(String token, Instant udstedt) {
    }

    @FunctionalInterface
    private interface Tokenvalg {
        Optional<String> token(Api api, String krop);
    }

    /** The request's own ansvarligSagsbehandler when it names one the demo endpoint accepts, else STAR. */
    private static final class EfterIndhold implements Tokenvalg {

        @Override
        public Optional<String> token(Api api, String krop) {
            Optional<Testkalder> ansvarlig = ansvarlig(krop);
            if (ansvarlig.isPresent()) {
                Optional<String> token = api.forsoeg(ansvarlig.get());
                if (token.isPresent()) {
                    return token;
                }
            }
            // No caseworker named, or one the registry must refuse (the test is about that): STAR asks.
            return Optional.of(api.token(STANDARD_STAR));
        }

        private static Optional<Testkalder> ansvarlig(String krop) {
            if (krop == null || krop.isBlank()) {
                return Optional.empty();
            }
            JsonNode ansvarlig;
            try {
                ansvarlig = JSON.readTree(krop).path("ansvarligSagsbehandler");
            } catch (JacksonException e) {
                return Optional.empty();
            }
            JsonNode ident = ansvarlig.path("ident");
            JsonNode type = ansvarlig.path("myndighed").path("type");
            JsonNode kode = ansvarlig.path("myndighed").path("kode");
            if (!ident.isString() || !type.isString() || !kode.isString()) {
                return Optional.empty();
            }
            return Optional.of(new Testkalder(type.asString(), kode.asString(), ident.asString(), List.of("SYSTEM")));
        }
    }

    /** The identity's token, minted once per service and kept. */
    public String token(Testkalder identitet) {
        return forsoeg(identitet).orElseThrow(() -> new AssertionError("The demo token endpoint of " + base + " refused " + identitet
                + ": " + udsted(identitet)));
    }

    private Optional<String> forsoeg(Testkalder identitet) {
        Noegle noegle = new Noegle(base, identitet);
        Udstedt kendt = TOKENS.get(noegle);
        if (kendt != null && kendt.udstedt().plus(GENBRUG).isAfter(Instant.now())) {
            return Optional.of(kendt.token());
        }
        Svar svar = udsted(identitet);
        if (svar.status() != 200) {
            return Optional.empty();
        }
        String token = svar.json().get("access_token").asString();
        TOKENS.put(noegle, new Udstedt(token, Instant.now()));
        return Optional.of(token);
    }

    private Svar udsted(Testkalder identitet) {
        String krop = JSON.writeValueAsString(Json.objekt("myndighed", Json.objekt("type", identitet.myndighedstype(), "kode", identitet.kode()),
                "sagsbehandler", identitet.ident(), "roller", identitet.roller()));
        return udfoer(HttpRequest.newBuilder(URI.create(base + DEMO_TOKEN)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(krop)).build());
    }

    /** The body of a request built elsewhere, read from its publisher (which, as every HttpClient publisher, can be read again). */
    private static String krop(HttpRequest anmodning) {
        Optional<HttpRequest.BodyPublisher> udgiver = anmodning.bodyPublisher();
        if (udgiver.isEmpty() || udgiver.get().contentLength() == 0) {
            return "";
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        CompletableFuture<Void> laest = new CompletableFuture<>();
        udgiver.get().subscribe(new Flow.Subscriber<ByteBuffer>() {
            @Override
            public void onSubscribe(Flow.Subscription abonnement) {
                abonnement.request(Long.MAX_VALUE);
            }

            @Override
            public void onNext(ByteBuffer stykke) {
                byte[] del = new byte[stykke.remaining()];
                stykke.get(del);
                bytes.write(del, 0, del.length);
            }

            @Override
            public void onError(Throwable fejl) {
                laest.completeExceptionally(fejl);
            }

            @Override
            public void onComplete() {
                laest.complete(null);
            }
        });
        try {
            laest.get(5, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("The request body could not be read", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return bytes.toString(StandardCharsets.UTF_8);
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

    public JsonNode akasse(String cpr, String akasse, String fra, String til) {
        return oprettet("/api/v1/akassemedlemskaber", Json.objekt("cpr", cpr, "akasse", akasse, "fra", fra, "til", til));
    }

    public JsonNode henvisning(String cpr, String andenAktoer, String fra, String til) {
        return oprettet("/api/v1/andenaktoer-henvisninger", Json.objekt("cpr", cpr, "andenAktoer", andenAktoer, "fra", fra, "til", til));
    }

    /**
     * Registers the conversation. An a-kasse or anden aktør registers only for its own citizens, so a citizen with no
     * membership (referral) at all is first made a member of (referred to) the registering one, open from 1900: the
     * tests of the registration rules are about those rules. A test that sets up memberships itself is left alone.
     */
    public Svar registrer(Samtalebygger samtale) {
        if (tokenvalg instanceof EfterIndhold) {
            sikrEgenBorger(samtale.json());
        }
        return post("/api/v1/samtaler", samtale.json());
    }

    private static final java.util.Set<String> SIKREDE = ConcurrentHashMap.newKeySet();

    @SuppressWarnings("unchecked")
    private void sikrEgenBorger(Map<String, Object> krop) {
        if (!(krop.get("cpr") instanceof String cpr) || !(krop.get("ansvarligSagsbehandler") instanceof Map<?, ?> ansvarlig)
                || !(ansvarlig.get("myndighed") instanceof Map<?, ?> myndighed)) {
            return;
        }
        Object type = myndighed.get("type");
        String felt = "AKASSE".equals(type) ? "akassemedlemskaber" : "ANDEN_AKTOER".equals(type) ? "andenaktoerHenvisninger" : null;
        if (felt == null || !(myndighed.get("kode") instanceof String kode)) {
            return;
        }
        // One thread at a time, so that concurrent registrations for a new citizen all wait for the one membership.
        synchronized (SIKREDE) {
            if (SIKREDE.add(base + " " + cpr + " " + type)) {
                sikrEgenBorger(cpr, type, kode, felt);
            }
        }
    }

    private void sikrEgenBorger(String cpr, Object type, String kode, String felt) {
        Svar opslag = som("STAR", "STAR", "star-test").post("/api/v1/borgere/opslag", Json.objekt("cpr", cpr));
        if (opslag.status() == 200 && opslag.json().get(felt).isEmpty()) {
            if ("AKASSE".equals(type)) {
                akasse(cpr, kode, "1900-01-01", null);
            } else {
                henvisning(cpr, kode, "1900-01-01", null);
            }
        }
    }

    private JsonNode oprettet(String sti, Map<String, Object> krop) {
        Svar svar = post(sti, krop);
        if (svar.status() != 201) {
            throw new AssertionError("Expected 201 from " + sti + ", got " + svar);
        }
        return svar.json();
    }
}
