package dk.samtaleregister.faelles;

import static dk.samtaleregister.test.Testkalder.akasse;
import static dk.samtaleregister.test.Testkalder.feed;
import static org.assertj.core.api.Assertions.assertThat;

import dk.samtaleregister.idempotens.application.IdempotensOprydning;
import dk.samtaleregister.test.Api.Svar;
import dk.samtaleregister.test.Api;
import dk.samtaleregister.test.ApiTest;
import dk.samtaleregister.test.Json;
import dk.samtaleregister.test.KoerendeTjeneste;
import dk.samtaleregister.test.Samtalebygger;
import dk.samtaleregister.test.TestCpr;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Retry safety: a POST or PUT sent again with the same Idempotency-Key stores nothing more and gets the first answer. */
class IdempotensTest extends ApiTest {

    /** A-kasse AK12, which registers the conversations of {@link Samtalebygger}. */
    private Api ak12;

    @BeforeEach
    void kaldere() {
        ak12 = api.som(akasse("AK12"));
    }

    @Autowired
    private JdbcClient jdbc;

    @Autowired
    private IdempotensOprydning oprydning;

    @Test
    void a_registration_sent_twice_with_one_key_is_stored_once_and_answered_alike() {
        String cpr = medKontaktgruppe();
        String noegle = noegle();
        String krop = Api.JSON.writeValueAsString(Samtalebygger.samtale(cpr).json());

        Svar foerste = post(ak12, "/api/v1/samtaler", krop, noegle);
        Svar anden = post(ak12, "/api/v1/samtaler", krop, noegle);

        assertThat(foerste.status()).as(foerste.toString()).isEqualTo(201);
        assertThat(anden.status()).isEqualTo(201);
        assertThat(anden.tekst()).isEqualTo(foerste.tekst());
        for (String header : List.of("Location", "ETag", "Content-Type")) {
            assertThat(foerste.header(header)).as(header).isNotNull();
            assertThat(anden.header(header)).as(header).isEqualTo(foerste.header(header));
        }
        assertThat(foerste.header("Idempotent-Replayed")).isNull();
        assertThat(anden.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(samtaler(cpr)).hasSize(1);
    }

    @Test
    void a_period_sent_twice_with_one_key_is_stored_once() {
        String cpr = TestCpr.naeste();
        String noegle = noegle();
        String krop = Api.JSON.writeValueAsString(Json.objekt("cpr", cpr, "kontaktgruppe", 1, "fra", "2024-01-01", "til", null));

        Svar foerste = post(feed, "/api/v1/kontaktgruppeperioder", krop, noegle);
        Svar anden = post(feed, "/api/v1/kontaktgruppeperioder", krop, noegle);

        assertThat(foerste.status()).as(foerste.toString()).isEqualTo(201);
        assertThat(anden.status()).isEqualTo(201);
        assertThat(anden.tekst()).isEqualTo(foerste.tekst());
        assertThat(star.post("/api/v1/borgere/opslag", Json.objekt("cpr", cpr)).json().get("kontaktgruppeperioder")).hasSize(1);
    }

    @Test
    void a_correction_retried_with_one_key_makes_one_version_and_gets_the_first_answer() {
        String cpr = medKontaktgruppe();
        long nummer = ak12.registrer(Samtalebygger.samtale(cpr)).json().get("samtalenummer").asLong();
        String noegle = noegle();
        String krop = Api.JSON.writeValueAsString(Samtalebygger.samtale(cpr).form("TELEFONISK").json());
        Supplier<Svar> ret = () -> ak12.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/api/v1/samtaler/" + nummer))
                .header("Content-Type", "application/json").header("If-Match", "\"1\"").header("Idempotency-Key", noegle)
                .PUT(HttpRequest.BodyPublishers.ofString(krop)));

        Svar foerste = ret.get();
        Svar igen = ret.get();

        assertThat(foerste.status()).as(foerste.toString()).isEqualTo(200);
        assertThat(igen.status()).isEqualTo(200);
        assertThat(igen.tekst()).isEqualTo(foerste.tekst());
        assertThat(igen.header("ETag")).isEqualTo("\"2\"");
        assertThat(igen.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(star.get("/api/v1/samtaler/" + nummer + "/historik").json().size()).isEqualTo(2);
    }

    @Test
    void the_same_key_with_another_body_is_refused_and_stores_nothing() {
        String cpr = medKontaktgruppe();
        String noegle = noegle();
        assertThat(post(ak12, "/api/v1/samtaler", Samtalebygger.samtale(cpr), noegle).status()).isEqualTo(201);

        Svar andet = post(ak12, "/api/v1/samtaler", Samtalebygger.samtale(cpr).afholdt("2024-03-02T10:00"), noegle);

        assertThat(andet.status()).isEqualTo(422);
        assertThat(andet.header("Content-Type")).startsWith("application/problem+json");
        assertThat(andet.fejlkoder()).containsExactly("IDEMPOTENSNOEGLE_GENBRUGT");
        assertThat(samtaler(cpr)).hasSize(1);
    }

    @Test
    void the_same_key_on_another_endpoint_is_refused() {
        String cpr = TestCpr.naeste();
        String noegle = noegle();
        String krop = Api.JSON.writeValueAsString(Json.objekt("cpr", cpr, "fravaerstype", "FERIE", "fra", "2024-01-01", "til", "2024-01-05"));
        assertThat(post(feed, "/api/v1/fravaer", krop, noegle).status()).isEqualTo(201);

        Svar andet = post(feed, "/api/v1/kontaktgruppeperioder",
                Api.JSON.writeValueAsString(Json.objekt("cpr", cpr, "kontaktgruppe", 1, "fra", "2024-01-01", "til", null)), noegle);

        assertThat(andet.status()).isEqualTo(422);
        assertThat(andet.fejlkoder()).containsExactly("IDEMPOTENSNOEGLE_GENBRUGT");
        assertThat(star.post("/api/v1/borgere/opslag", Json.objekt("cpr", cpr)).json().get("kontaktgruppeperioder")).isEmpty();
    }

    @Test
    void eight_concurrent_requests_with_one_key_all_get_the_one_answer_and_store_once() throws Exception {
        String cpr = medKontaktgruppe();
        String noegle = noegle();
        String krop = Api.JSON.writeValueAsString(Samtalebygger.samtale(cpr).json());
        int antal = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService traade = Executors.newFixedThreadPool(antal);
        try {
            List<Future<Svar>> svar = new ArrayList<>();
            for (int i = 0; i < antal; i++) {
                Callable<Svar> kald = () -> {
                    start.await();
                    return post(ak12, "/api/v1/samtaler", krop, noegle);
                };
                svar.add(traade.submit(kald));
            }
            start.countDown();
            List<Svar> alle = new ArrayList<>();
            for (Future<Svar> f : svar) {
                alle.add(f.get());
            }

            assertThat(alle).allSatisfy(s -> assertThat(s.status()).as(s.toString()).isEqualTo(201));
            assertThat(alle).extracting(Svar::tekst).containsOnly(alle.get(0).tekst());
            assertThat(alle).extracting(s -> s.header("Location")).containsOnly(alle.get(0).header("Location"));
            assertThat(alle).filteredOn(s -> s.header("Idempotent-Replayed") == null).hasSize(1);
        } finally {
            traade.shutdownNow();
        }
        assertThat(samtaler(cpr)).hasSize(1);
    }

    @Test
    void a_refused_request_keeps_no_key_so_the_same_key_works_once_the_data_is_right() {
        String cpr = TestCpr.naeste();
        String noegle = noegle();
        String krop = Api.JSON.writeValueAsString(Samtalebygger.samtale(cpr).json());
        feed.akasse(cpr, "AK12", "2024-01-01", null);

        Svar afvist = post(ak12, "/api/v1/samtaler", krop, noegle);
        Svar igen = post(ak12, "/api/v1/samtaler", krop, noegle);

        assertThat(afvist.status()).isEqualTo(422);
        assertThat(afvist.fejlkoder()).containsExactly("INGEN_KONTAKTGRUPPE");
        assertThat(igen.status()).isEqualTo(422);
        assertThat(igen.header("Idempotent-Replayed")).as("a refusal is answered afresh, not replayed").isNull();
        assertThat(gemtNoegle(noegle)).isZero();

        feed.kontaktgruppe(cpr, 1, "2024-01-01", null);
        Svar registreret = post(ak12, "/api/v1/samtaler", krop, noegle);
        Svar gentaget = post(ak12, "/api/v1/samtaler", krop, noegle);

        assertThat(registreret.status()).isEqualTo(201);
        assertThat(gentaget.status()).isEqualTo(201);
        assertThat(gentaget.tekst()).isEqualTo(registreret.tekst());
        assertThat(samtaler(cpr)).hasSize(1);
    }

    @Test
    void an_invalid_key_is_refused_before_anything_is_stored() throws IOException {
        String cpr = medKontaktgruppe();
        String krop = Api.JSON.writeValueAsString(Samtalebygger.samtale(cpr).json());

        for (String ugyldig : List.of("", "x".repeat(256), "med mellemrum", "tab\tinde")) {
            Svar svar = post(ak12, "/api/v1/samtaler", krop, ugyldig);
            assertThat(svar.status()).as("key [%s]", ugyldig).isEqualTo(400);
            assertThat(svar.header("Content-Type")).startsWith("application/problem+json");
            assertThat(svar.fejlkoder()).containsExactly("UGYLDIG_IDEMPOTENSNOEGLE");
        }
        assertThat(raaStatus(ak12, "/api/v1/samtaler", krop, "bl\u00e5b\u00e6r".getBytes(StandardCharsets.ISO_8859_1))).isEqualTo(400);
        assertThat(samtaler(cpr)).isEmpty();
        assertThat(post(ak12, "/api/v1/samtaler", krop, "x".repeat(255)).status()).isEqualTo(201);
    }

    @Test
    void without_the_header_every_request_stores_as_before() {
        String cpr = medKontaktgruppe();

        Svar foerste = ak12.registrer(Samtalebygger.samtale(cpr));
        Svar anden = ak12.registrer(Samtalebygger.samtale(cpr));

        assertThat(foerste.status()).isEqualTo(201);
        assertThat(anden.status()).isEqualTo(422);
        assertThat(anden.fejlkoder()).contains("DUBLET");
        assertThat(samtaler(cpr)).hasSize(1);
    }

    @Test
    void the_search_endpoints_ignore_the_header() {
        String cpr = medKontaktgruppe();
        String noegle = noegle();
        assertThat(post(star, "/api/v1/samtaler/soeg", Json.objekt("cpr", cpr), noegle).json()).isEmpty();
        ak12.registrer(Samtalebygger.samtale(cpr));

        Svar soeg = post(star, "/api/v1/samtaler/soeg", Json.objekt("cpr", cpr), noegle);
        Svar opslag = post(star, "/api/v1/borgere/opslag", Json.objekt("cpr", cpr), noegle);
        Svar forloeb = post(star, "/api/v1/kontaktforloeb", Json.objekt("cpr", cpr), noegle);
        Svar proeve = post(ak12, "/api/v1/samtaler/proeve", Samtalebygger.samtale(cpr).afholdt("2024-03-02T10:00"), noegle);
        Svar muligheder = post(ak12, "/api/v1/samtaler/muligheder", Json.objekt("cpr", cpr, "afholdt", "2024-03-02T10:00"), noegle);

        assertThat(soeg.json()).as("the search is run again, not replayed").hasSize(1);
        assertThat(opslag.status()).isEqualTo(200);
        assertThat(forloeb.status()).isEqualTo(200);
        assertThat(proeve.status()).as(proeve.toString()).isEqualTo(200);
        assertThat(muligheder.status()).as(muligheder.toString()).isEqualTo(200);
        assertThat(gemtNoegle(noegle)).isZero();
    }

    @Test
    void with_the_database_away_a_keyed_request_gets_503_in_the_one_error_format(@TempDir Path data) throws Exception {
        try (EmbeddedPostgres database = EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(true).start();
             KoerendeTjeneste tjeneste = KoerendeTjeneste.start("--spring.datasource.url=" + database.getJdbcUrl("postgres", "postgres"),
                     "--spring.datasource.username=postgres", "--spring.datasource.hikari.connection-timeout=1000")) {
            String cpr = TestCpr.naeste();
            tjeneste.api().som(feed()).kontaktgruppe(cpr, 1, "2024-01-01", null);
            database.close();

            Svar svar = tjeneste.api().som(akasse("AK12")).send(HttpRequest.newBuilder(URI.create("http://localhost:" + tjeneste.kontekst().getEnvironment().getProperty("local.server.port") + "/api/v1/samtaler"))
                    .header("Content-Type", "application/json").header("Idempotency-Key", noegle())
                    .POST(HttpRequest.BodyPublishers.ofString(Api.JSON.writeValueAsString(Samtalebygger.samtale(cpr).json()))));

            assertThat(svar.status()).as(svar.toString()).isEqualTo(503);
            assertThat(svar.fejlkoder()).containsExactly("DATABASE_UTILGAENGELIG");
        }
    }

    @Test
    void the_clean_up_forgets_keys_older_than_the_retention_and_keeps_newer_ones() {
        String gammel = noegle();
        String ny = noegle();
        assertThat(post(feed, "/api/v1/kontaktgruppeperioder", Json.objekt("cpr", TestCpr.naeste(), "kontaktgruppe", 1, "fra", "2024-01-01"), gammel).status())
                .isEqualTo(201);
        assertThat(post(feed, "/api/v1/kontaktgruppeperioder", Json.objekt("cpr", TestCpr.naeste(), "kontaktgruppe", 1, "fra", "2024-01-01"), ny).status())
                .isEqualTo(201);
        jdbc.sql("update idempotensnoegle set oprettet = now() - interval '49 hours' where noegle like '% ' || ?").param(gammel).update();

        assertThat(oprydning.rydOp()).isGreaterThanOrEqualTo(1);

        assertThat(gemtNoegle(gammel)).isZero();
        assertThat(gemtNoegle(ny)).isEqualTo(1);
    }

    @Test
    void the_openapi_document_offers_the_header_on_every_write_and_not_on_searches() {
        JsonNode stier = star.get("/v3/api-docs").json().get("paths");

        List<String> med = new ArrayList<>();
        List<String> uden = new ArrayList<>();
        stier.properties().forEach(sti -> sti.getValue().properties().forEach(metode -> {
            String navn = metode.getKey().toUpperCase() + " " + sti.getKey();
            boolean harHeader = metode.getValue().path("parameters").valueStream()
                    .anyMatch(p -> "Idempotency-Key".equals(p.path("name").asString("")) && "header".equals(p.path("in").asString("")));
            (harHeader ? med : uden).add(navn);
        }));

        assertThat(med).contains("POST /api/v1/samtaler", "POST /api/v1/kontaktgruppeperioder", "POST /api/v1/fravaer",
                "POST /api/v1/jobcentertilknytninger");
        assertThat(med).allMatch(navn -> navn.startsWith("POST ") || navn.startsWith("PUT "));
        assertThat(uden).contains("POST /api/v1/samtaler/soeg", "POST /api/v1/samtaler/proeve", "POST /api/v1/samtaler/muligheder",
                "POST /api/v1/borgere/opslag", "POST /api/v1/kontaktforloeb",
                "GET /api/v1/samtaler/{samtalenummer}");
        assertThat(uden).noneMatch(navn -> (navn.startsWith("POST /api/v1/") || navn.startsWith("PUT /api/v1/"))
                && !navn.endsWith("/soeg") && !navn.endsWith("/opslag") && !navn.endsWith("/kontaktforloeb") && !navn.endsWith("/demo/token")
                && !navn.endsWith("/samtaler/proeve") && !navn.endsWith("/samtaler/muligheder"));
    }

    private String medKontaktgruppe() {
        String cpr = TestCpr.naeste();
        feed.kontaktgruppe(cpr, 1, "2024-01-01", null);
        feed.akasse(cpr, "AK12", "2024-01-01", null);
        return cpr;
    }

    private static String noegle() {
        return UUID.randomUUID().toString();
    }

    private Svar post(Api som, String sti, Object krop, String noegle) {
        String json = krop instanceof String tekst ? tekst
                : Api.JSON.writeValueAsString(krop instanceof Samtalebygger samtale ? samtale.json() : krop);
        return som.send(HttpRequest.newBuilder(URI.create(baseUrl() + sti))
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", noegle)
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** Java's HttpClient turns a non-ASCII header into '?', so this one goes over a plain socket, byte for byte. */
    private int raaStatus(Api som, String sti, String krop, byte[] noegle) throws IOException {
        URI base = URI.create(baseUrl());
        byte[] indhold = krop.getBytes(StandardCharsets.UTF_8);
        try (Socket forbindelse = new Socket(base.getHost(), base.getPort())) {
            OutputStream ud = forbindelse.getOutputStream();
            ud.write(("POST " + sti + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: " + indhold.length
                    + "\r\nConnection: close\r\nAuthorization: Bearer " + som.token().orElseThrow()
                    + "\r\nIdempotency-Key: ").getBytes(StandardCharsets.US_ASCII));
            ud.write(noegle);
            ud.write("\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            ud.write(indhold);
            ud.flush();
            String statuslinje = new BufferedReader(new InputStreamReader(forbindelse.getInputStream(), StandardCharsets.US_ASCII)).readLine();
            return Integer.parseInt(statuslinje.split(" ")[1]);
        }
    }

    private List<JsonNode> samtaler(String cpr) {
        return star.post("/api/v1/samtaler/soeg", Json.objekt("cpr", cpr)).json().valueStream().toList();
    }

    /** Stored keys are the caller's: its authority and ident, a space, then the client's key. */
    private int gemtNoegle(String noegle) {
        return jdbc.sql("select count(*) from idempotensnoegle where noegle like '% ' || ?").param(noegle).query(Integer.class).single();
    }
}
