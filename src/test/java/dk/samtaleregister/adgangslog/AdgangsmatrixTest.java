package dk.samtaleregister.adgangslog;

import static org.assertj.core.api.Assertions.assertThat;

import dk.samtaleregister.test.Api.Svar;
import dk.samtaleregister.test.Api;
import dk.samtaleregister.test.ApiTest;
import dk.samtaleregister.test.Json;
import dk.samtaleregister.test.TestCpr;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every endpoint × every kind of caller, through HTTP against the real service and database: the status, and the
 * audit record the request left (or that it left none). Each cell gets a citizen of its own, set up by the feed:
 * kontaktgruppe 1, attached to jobcenter 101, member of a-kasse AK12, referred to anden aktør AA7, with an
 * undtagelse, and with a jobsamtale and a booking by jobcenter 101.
 */
class AdgangsmatrixTest extends ApiTest {

    /** The callers, in the order of the expected statuses in {@link #raekker}. */
    enum Kalder {
        JOBCENTER_EGEN("JOBCENTER", "101", "jc101-sbh"),
        JOBCENTER_ANDEN("JOBCENTER", "147", "jc147-sbh"),
        AKASSE_MEDLEM("AKASSE", "AK12", "ak12-sbh"),
        AKASSE_ANDEN("AKASSE", "AK99", "ak99-sbh"),
        ANDEN_AKTOER_HENVIST("ANDEN_AKTOER", "AA7", "aa7-sbh"),
        ANDEN_AKTOER_ANDEN("ANDEN_AKTOER", "AA8", "aa8-sbh"),
        STAR("STAR", "STAR", "star-sbh"),
        /** The feed from the rest of DFDG: role SYSTEM, with an authority the citizen is not attached to. */
        SYSTEM("JOBCENTER", "147", "dfdg-feed", "SYSTEM"),
        UDEN_TOKEN(null, null, null);

        final String type;
        final String kode;
        final String ident;
        final String[] roller;

        Kalder(String type, String kode, String ident, String... roller) {
            this.type = type;
            this.kode = kode;
            this.ident = ident;
            this.roller = roller;
        }

        Map<String, Object> somAnsvarlig() {
            return Json.objekt("ident", ident == null ? "ingen" : ident,
                    "myndighed", Json.objekt("type", type == null ? "JOBCENTER" : type, "kode", kode == null ? "101" : kode));
        }
    }

    /** A citizen with its periods, a conversation and a booking, as the cell starts. */
    record Borger(String cpr, Map<String, Long> perioder, long samtale, long booking) {
    }

    /** How a cell calls its endpoint, as the caller, about the prepared citizen. */
    @FunctionalInterface
    interface Kaldsmaade {
        Svar kald(Api som, Borger borger, Kalder kalder);
    }

    /** One endpoint: how to call it, and the expected status per caller in the order of {@link Kalder}. */
    record Raekke(String navn, Kaldsmaade kald, int[] forventet, boolean logges) {
    }

    // Expected statuses, by caller: jobcenter own, jobcenter other, a-kasse member, a-kasse other, anden aktør referred,
    // anden aktør other, STAR, the SYSTEM feed, no token.
    private static final String LAES_BORGER = "200 403 200 403 200 403 200 403 401";
    private static final String LAES_SITUATION = "200 403 200 403 200 403 200 200 401";
    private static final String LAES_SKJULT = "200 404 200 404 200 404 200 404 401";
    private static final String LAES_PERIODE = "200 404 200 404 200 404 200 200 401";
    private static final String SKRIV_SITUATION = "403 403 403 403 403 403 403 %d 401";
    private static final String REGISTRER = "201 403 201 403 201 403 403 403 401";
    /** Who may register is who may try a registration or ask what it may register. */
    private static final String PROEV = "200 403 200 403 200 403 403 403 401";
    private static final String AENDR_JOBCENTRETS = "200 404 403 404 403 404 403 404 401";
    private static final String RAPPORT_JOBCENTER = "200 403 403 403 403 403 200 403 401";
    private static final String KUN_STAR = "403 403 403 403 403 403 200 403 401";
    private static final String ALLE_MED_TOKEN = "200 200 200 200 200 200 200 200 401";
    private static final String ALLE = "200 200 200 200 200 200 200 200 200";

    private static final List<Periodeslag> PERIODESLAG = List.of(
            new Periodeslag("kontaktgruppeperioder", "kontaktgruppe", 1, 2),
            new Periodeslag("fravaer", "fravaerstype", "FERIE", "FERIE"),
            new Periodeslag("jobcentertilknytninger", "jobcenter", "101", "147"),
            new Periodeslag("akassemedlemskaber", "akasse", "AK12", "AK99"),
            new Periodeslag("andenaktoer-henvisninger", "andenAktoer", "AA7", "AA8"),
            new Periodeslag("undtagelser", "grund", "SYGEDAGPENGE_KATEGORI_1", "MINDRE_INTENSIV_INDSATS"));

    /** A kind of period: its path, the field that tells its periods apart, the citizen's value and a new one. */
    record Periodeslag(String sti, String felt, Object borgerens, Object ny) {
        String adresse() {
            return "/api/v1/" + sti;
        }
    }

    static List<Raekke> raekker() {
        List<Raekke> raekker = new ArrayList<>();
        raekker.add(raekke("POST /api/v1/borgere/opslag", LAES_SITUATION,
                (som, b, k) -> som.post("/api/v1/borgere/opslag", Json.objekt("cpr", b.cpr()))));
        for (Periodeslag slag : PERIODESLAG) {
            String sti = slag.adresse();
            raekker.add(raekke("POST " + sti, SKRIV_SITUATION.formatted(201), (som, b, k) -> som.post(sti,
                    Json.objekt("cpr", b.cpr(), slag.felt(), slag.ny(), "fra", "2025-01-01", "til", null))));
            raekker.add(raekke("GET " + sti + "/{id}", LAES_PERIODE, (som, b, k) -> som.get(sti + "/" + b.perioder().get(slag.sti()))));
            raekker.add(raekke("GET " + sti + "/{id}/historik", LAES_PERIODE,
                    (som, b, k) -> som.get(sti + "/" + b.perioder().get(slag.sti()) + "/historik")));
            raekker.add(raekke("PUT " + sti + "/{id}", SKRIV_SITUATION.formatted(200), (som, b, k) -> som.send(skift("PUT",
                    som.base() + sti + "/" + b.perioder().get(slag.sti()), Json.objekt(slag.felt(), slag.borgerens(), "fra", PERIODE_FRA,
                            "til", "2024-12-31", "begrundelse", "Rettet efter brev fra borgeren.")))));
            raekker.add(raekke("POST " + sti + "/{id}/afslutning", SKRIV_SITUATION.formatted(200), (som, b, k) -> som.send(skift("POST",
                    som.base() + sti + "/" + b.perioder().get(slag.sti()) + "/afslutning",
                    Json.objekt("til", "2024-12-31", "begrundelse", "Ophørt.")))));
        }
        raekker.add(raekke("POST /api/v1/samtaler", REGISTRER, (som, b, k) -> som.post("/api/v1/samtaler",
                samtale(b.cpr(), "2024-05-01T10:00", k.somAnsvarlig()))));
        raekker.add(raekke("POST /api/v1/samtaler/proeve", PROEV, (som, b, k) -> som.post("/api/v1/samtaler/proeve",
                samtale(b.cpr(), "2024-05-01T10:00", k.somAnsvarlig()))));
        raekker.add(raekke("POST /api/v1/samtaler/muligheder", PROEV, (som, b, k) -> som.post("/api/v1/samtaler/muligheder",
                Json.objekt("cpr", b.cpr(), "afholdt", "2024-05-01T10:00"))));
        raekker.add(raekke("PUT /api/v1/samtaler/{nr}", AENDR_JOBCENTRETS, (som, b, k) -> som.send(skift("PUT",
                som.base() + "/api/v1/samtaler/" + b.samtale(), med(samtale(b.cpr(), "2024-03-01T10:00", k.somAnsvarlig()),
                        "begrundelse", "Forkert kontaktform.")))));
        raekker.add(raekke("POST /api/v1/samtaler/{nr}/annullering", AENDR_JOBCENTRETS, (som, b, k) -> som.send(skift("POST",
                som.base() + "/api/v1/samtaler/" + b.samtale() + "/annullering",
                Json.objekt("begrundelse", "Registreret på forkert borger.", "ansvarligSagsbehandler", k.somAnsvarlig())))));
        raekker.add(raekke("GET /api/v1/samtaler/{nr}", LAES_SKJULT, (som, b, k) -> som.get("/api/v1/samtaler/" + b.samtale())));
        raekker.add(raekke("GET /api/v1/samtaler/{nr}/historik", LAES_SKJULT,
                (som, b, k) -> som.get("/api/v1/samtaler/" + b.samtale() + "/historik")));
        raekker.add(raekke("POST /api/v1/samtaler/soeg", LAES_BORGER,
                (som, b, k) -> som.post("/api/v1/samtaler/soeg", Json.objekt("cpr", b.cpr()))));
        raekker.add(raekke("POST /api/v1/planlagte-samtaler", REGISTRER,
                (som, b, k) -> som.post("/api/v1/planlagte-samtaler", booking(b.cpr(), k.somAnsvarlig()))));
        raekker.add(raekke("GET /api/v1/planlagte-samtaler/{nr}", LAES_SKJULT,
                (som, b, k) -> som.get("/api/v1/planlagte-samtaler/" + b.booking())));
        raekker.add(raekke("PUT /api/v1/planlagte-samtaler/{nr}", AENDR_JOBCENTRETS, (som, b, k) -> som.send(skift("PUT",
                som.base() + "/api/v1/planlagte-samtaler/" + b.booking(), med(booking(b.cpr(), k.somAnsvarlig()), "sted", "Telefon")))));
        raekker.add(raekke("POST /api/v1/planlagte-samtaler/{nr}/aflysning", AENDR_JOBCENTRETS, (som, b, k) -> som.send(skift("POST",
                som.base() + "/api/v1/planlagte-samtaler/" + b.booking() + "/aflysning",
                Json.objekt("begrundelse", "Borgeren er startet i job.", "ansvarligSagsbehandler", k.somAnsvarlig())))));
        raekker.add(raekke("GET /api/v1/planlagte-samtaler/{nr}/historik", LAES_SKJULT,
                (som, b, k) -> som.get("/api/v1/planlagte-samtaler/" + b.booking() + "/historik")));
        raekker.add(raekke("POST /api/v1/kontaktforloeb", LAES_BORGER,
                (som, b, k) -> som.post("/api/v1/kontaktforloeb", Json.objekt("cpr", b.cpr(), "pr", "2024-06-30"))));
        raekker.add(raekke("GET /api/v1/rapporter/rettidighed?jobcenter=101", RAPPORT_JOBCENTER,
                (som, b, k) -> som.get("/api/v1/rapporter/rettidighed?fra=2024-01-01&til=2024-12-31&jobcenter=101")));
        raekker.add(raekke("GET /api/v1/rapporter/rettidighed (alle jobcentre)", KUN_STAR,
                (som, b, k) -> som.get("/api/v1/rapporter/rettidighed?fra=2024-01-01&til=2024-12-31")));
        raekker.add(raekke("POST /api/v1/audit/soeg", KUN_STAR,
                (som, b, k) -> som.post("/api/v1/audit/soeg", Json.objekt("cpr", b.cpr()))));
        raekker.add(raekke("POST /api/v1/import/samtaler", SKRIV_SITUATION.formatted(200), (som, b, k) -> som.send(HttpRequest.newBuilder(
                URI.create(som.base() + "/api/v1/import/samtaler")).header("Content-Type", "text/csv").POST(HttpRequest.BodyPublishers.ofString(
                "cpr;afholdt;samtaletype;kontaktform;ansvarligSagsbehandler.ident;ansvarligSagsbehandler.myndighed.type;"
                        + "ansvarligSagsbehandler.myndighed.kode\n" + b.cpr() + ";2024-05-01T10:00;7;TELEFONISK;jc101-sbh;JOBCENTER;101\n")))));
        // Everybody with a token exports; what each gets is the eksport tests'.
        raekker.add(raekke("GET /api/v1/eksport/samtaler", ALLE_MED_TOKEN,
                (som, b, k) -> som.get("/api/v1/eksport/samtaler?fra=2024-03-01&til=2024-03-01")));
        for (Periodeslag slag : PERIODESLAG) {
            raekker.add(raekke("GET /api/v1/eksport/" + slag.sti(), ALLE_MED_TOKEN,
                    (som, b, k) -> som.get("/api/v1/eksport/" + slag.sti() + "?fra=" + PERIODE_FRA + "&til=" + PERIODE_FRA)));
        }
        // Everybody with a token reads the feed; what each sees of it is HaendelserTest's.
        raekker.add(raekke("GET /api/v1/haendelser", ALLE_MED_TOKEN, (som, b, k) -> som.get("/api/v1/haendelser?max=5")));
        raekker.add(new Raekke("GET /api/v1/referencedata/samtaletyper", (som, b, k) -> som.get("/api/v1/referencedata/samtaletyper"),
                statusser(ALLE_MED_TOKEN), false));
        raekker.add(new Raekke("POST /api/v1/demo/token", (som, b, k) -> som.post("/api/v1/demo/token",
                Json.objekt("myndighed", Json.objekt("type", "JOBCENTER", "kode", "101"), "sagsbehandler", "jc101-sbh")),
                statusser(ALLE), false));
        return raekker;
    }

    private static Raekke raekke(String navn, String forventet, Kaldsmaade kald) {
        return new Raekke(navn, kald, statusser(forventet), true);
    }

    private static int[] statusser(String forventet) {
        return Stream.of(forventet.split(" ")).mapToInt(Integer::parseInt).toArray();
    }

    /** A change built on version 1. */
    private static HttpRequest.Builder skift(String metode, String adresse, Map<String, Object> krop) {
        return HttpRequest.newBuilder(URI.create(adresse)).header("Content-Type", "application/json").header("If-Match", "\"1\"")
                .method(metode, HttpRequest.BodyPublishers.ofString(Api.JSON.writeValueAsString(krop)));
    }

    private static Map<String, Object> med(Map<String, Object> krop, String felt, Object vaerdi) {
        krop.put(felt, vaerdi);
        return krop;
    }

    private static Map<String, Object> samtale(String cpr, String afholdt, Map<String, Object> ansvarlig) {
        return Json.objekt("cpr", cpr, "afholdt", afholdt, "samtaletype", 7, "kontaktform", "PERSONLIGT_FREMMOEDE",
                "samtaleinformation", "Aftalt jobsøgning.", "flereMyndigheder", false, "deltagelsesstatus", null,
                "planlagtSamtale", null, "ansvarligSagsbehandler", ansvarlig, "aftalenummer", null, "samtykkeloebenummer", null);
    }

    private static Map<String, Object> booking(String cpr, Map<String, Object> ansvarlig) {
        return Json.objekt("cpr", cpr, "start", "2024-06-10T09:00", "slut", "2024-06-10T09:45", "samtaletype", 7,
                "kontaktform", "PERSONLIGT_FREMMOEDE", "sted", "Jobcentret", "sagsbehandlerNavn", "Mette Hansen",
                "ansvarligSagsbehandler", ansvarlig, "ombookingTilladt", false, "ombookingFrist", null, "deltagelsesstatus", null);
    }

    /** A citizen of the feed's making, with a conversation and a booking by jobcenter 101. */
    private Borger forbered() {
        String cpr = TestCpr.naeste();
        Api feed = api.som("JOBCENTER", "147", "dfdg-feed", "SYSTEM");
        Map<String, Long> perioder = new java.util.HashMap<>();
        for (Periodeslag slag : PERIODESLAG) {
            Svar svar = feed.post(slag.adresse(), Json.objekt("cpr", cpr, slag.felt(), slag.borgerens(), "fra", PERIODE_FRA, "til", null));
            assertThat(svar.status()).as(svar.toString()).isEqualTo(201);
            perioder.put(slag.sti(), svar.json().get("id").asLong());
        }
        Api jobcenter = api.som("JOBCENTER", "101", "jc101-sbh");
        Map<String, Object> ansvarlig = Kalder.JOBCENTER_EGEN.somAnsvarlig();
        Svar samtale = jobcenter.post("/api/v1/samtaler", samtale(cpr, "2024-03-01T10:00", ansvarlig));
        assertThat(samtale.status()).as(samtale.toString()).isEqualTo(201);
        Svar booking = jobcenter.post("/api/v1/planlagte-samtaler", booking(cpr, ansvarlig));
        assertThat(booking.status()).as(booking.toString()).isEqualTo(201);
        return new Borger(cpr, perioder, samtale.json().get("samtalenummer").asLong(), booking.json().get("nummer").asLong());
    }

    private static final String PERIODE_FRA = "2024-01-01";

    @Autowired
    private JdbcClient jdbc;

    @TestFactory
    Stream<DynamicTest> every_endpoint_for_every_caller() {
        List<DynamicTest> celler = new ArrayList<>();
        for (Raekke raekke : raekker()) {
            for (Kalder kalder : Kalder.values()) {
                int forventet = raekke.forventet()[kalder.ordinal()];
                celler.add(DynamicTest.dynamicTest(raekke.navn() + " as " + kalder + " → " + forventet,
                        () -> celle(raekke, kalder, forventet)));
            }
        }
        return celler.stream();
    }

    private void celle(Raekke raekke, Kalder kalder, int forventet) {
        Borger borger = forbered();
        Api som = kalder == Kalder.UDEN_TOKEN ? api.anonym() : api.som(kalder.type, kalder.kode, kalder.ident, kalder.roller);
        Svar svar = raekke.kald().kald(som, borger, kalder);
        assertThat(svar.status()).as(svar.toString()).isEqualTo(forventet);
        String korrelationsId = svar.header("X-Correlation-Id");
        assertThat(korrelationsId).isNotBlank();
        List<Map<String, Object>> poster = jdbc.sql("select * from adgangslog where korrelations_id = ?").param(korrelationsId)
                .query().listOfRows();
        if (kalder == Kalder.UDEN_TOKEN || !raekke.logges()) {
            assertThat(poster).as("no audit record").isEmpty();
            return;
        }
        assertThat(poster).as("one audit record").hasSize(1);
        Map<String, Object> post = poster.get(0);
        assertThat(post.get("ident")).isEqualTo(kalder.ident);
        assertThat(post.get("myndighedstype")).isEqualTo(kalder.type);
        assertThat(post.get("myndighedskode")).isEqualTo(kalder.kode);
        assertThat(((Number) post.get("status")).intValue()).isEqualTo(forventet);
        assertThat(post.get("udfald")).isEqualTo(forventet / 100 == 2 ? "GODKENDT" : "NAEGTET");
        assertThat(post.get("handling")).asString().startsWith(raekke.navn().substring(0, raekke.navn().indexOf(' ')));
        if (post.get("cpr") != null) {
            assertThat(post.get("cpr")).isEqualTo(borger.cpr());
        }
    }
}
