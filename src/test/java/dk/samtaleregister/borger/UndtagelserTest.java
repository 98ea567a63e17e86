package dk.samtaleregister.borger;

import static dk.samtaleregister.test.Testkalder.jobcenter;
import static org.assertj.core.api.Assertions.assertThat;

import dk.samtaleregister.borger.application.BorgerService;
import dk.samtaleregister.borger.domain.Periodeslag;
import dk.samtaleregister.borger.domain.Undtagelse;
import dk.samtaleregister.borger.domain.Versioneret;
import dk.samtaleregister.faelles.domain.Cpr;
import dk.samtaleregister.faelles.domain.Periode;
import dk.samtaleregister.regler.domain.Undtagelsesgrund;
import dk.samtaleregister.test.Api.Svar;
import dk.samtaleregister.test.Api;
import dk.samtaleregister.test.ApiTest;
import dk.samtaleregister.test.Json;
import dk.samtaleregister.test.TestCpr;
import dk.samtaleregister.test.Testkalder;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The undtagelse, a period in which the citizen is exempt from (some of) the kontaktforløb's krav, through HTTP on the
 * real database: registered, read, corrected, ended and its history, exactly as the other kinds of period; several at
 * once, like absences; its grund a code of {@link Undtagelsesgrund}; written by role SYSTEM only; in the look-up, the
 * audit log and retried safely with Idempotency-Key.
 */
class UndtagelserTest extends ApiTest {

    private static final String UNDTAGELSER = "/api/v1/undtagelser";

    @Autowired
    private JdbcClient jdbc;

    @Autowired
    private BorgerService borgerService;

    // Fixtures

    private Svar undtagelse(Api som, String cpr, Object grund, String fra, String til) {
        return som.post(UNDTAGELSER, Json.objekt("cpr", cpr, "grund", grund, "fra", fra, "til", til));
    }

    private static JsonNode oprettet(Svar svar) {
        assertThat(svar.status()).as(svar.toString()).isEqualTo(201);
        return svar.json();
    }

    private long undtagelseId(String cpr, String grund, String fra, String til) {
        return oprettet(undtagelse(feed, cpr, grund, fra, til)).get("id").asLong();
    }

    private Svar send(Api som, String metode, String sti, String ifMatch, Object krop) {
        HttpRequest.Builder anmodning = HttpRequest.newBuilder(URI.create(baseUrl() + sti)).header("Content-Type", "application/json")
                .method(metode, HttpRequest.BodyPublishers.ofString(Api.JSON.writeValueAsString(krop)));
        if (ifMatch != null) {
            anmodning.header("If-Match", ifMatch);
        }
        return som.send(anmodning);
    }

    private JsonNode historik(String sti) {
        Svar svar = feed.get(sti + "/historik");
        assertThat(svar.status()).as(svar.toString()).isEqualTo(200);
        return svar.json();
    }

    private JsonNode opslag(String cpr) {
        Svar svar = feed.post("/api/v1/borgere/opslag", Json.objekt("cpr", cpr));
        assertThat(svar.status()).as(svar.toString()).isEqualTo(200);
        return svar.json();
    }

    /** The faults of a problem+json answer as "kode@felt". */
    private static List<String> fejl(Svar svar) {
        return svar.json().get("fejl").valueStream().map(f -> f.get("kode").asString() + "@" + f.get("felt").asString()).toList();
    }

    private static List<String> tekster(JsonNode liste, String felt) {
        return liste.valueStream().map(p -> p.get(felt).asString()).toList();
    }

    private List<Map<String, Object>> adgangslog(Svar svar) {
        return jdbc.sql("select * from adgangslog where korrelations_id = ?").param(svar.header("X-Correlation-Id")).query().listOfRows();
    }

    // Register and read

    @Test
    void an_undtagelse_is_registered_and_read_with_its_grund_and_its_version_as_etag() {
        String cpr = TestCpr.naeste();

        Svar svar = undtagelse(feed, cpr, "SYGEDAGPENGE_KATEGORI_1", "2024-02-01", "2024-03-27");

        JsonNode undtagelse = oprettet(svar);
        long id = undtagelse.get("id").asLong();
        assertThat(svar.header("Location")).isEqualTo(UNDTAGELSER + "/" + id);
        assertThat(svar.header("ETag")).isEqualTo("\"1\"");
        assertThat(undtagelse.get("grund").asString()).isEqualTo("SYGEDAGPENGE_KATEGORI_1");
        assertThat(undtagelse.get("version").asInt()).isEqualTo(1);
        assertThat(undtagelse.has("afsluttedePerioder")).as("undtagelser may overlap, so they end none").isFalse();
        assertThat(undtagelse.propertyNames()).containsExactly("id", "cpr", "grund", "fra", "til", "version");

        Svar laest = feed.get(UNDTAGELSER + "/" + id);
        assertThat(laest.status()).isEqualTo(200);
        assertThat(laest.header("ETag")).isEqualTo("\"1\"");
        assertThat(laest.json().get("cpr").asString()).isEqualTo(cpr);
        assertThat(laest.json().get("grund").asString()).isEqualTo("SYGEDAGPENGE_KATEGORI_1");
        assertThat(laest.json().get("fra").asString()).isEqualTo("2024-02-01");
        assertThat(laest.json().get("til").asString()).isEqualTo("2024-03-27");
    }

    @Test
    void an_open_undtagelse_answers_til_null() {
        long id = undtagelseId(TestCpr.naeste(), "MINDRE_INTENSIV_INDSATS", "2024-05-01", null);

        JsonNode laest = feed.get(UNDTAGELSER + "/" + id).json();

        assertThat(laest.has("til")).isTrue();
        assertThat(laest.get("til").isNull()).isTrue();
    }

    @Test
    void every_grund_of_the_code_list_is_accepted() {
        String cpr = TestCpr.naeste();
        for (Undtagelsesgrund grund : Undtagelsesgrund.values()) {
            oprettet(undtagelse(feed, cpr, grund.name(), "2024-01-01", null));
        }

        assertThat(tekster(opslag(cpr).get("undtagelser"), "grund"))
                .containsExactlyElementsOf(Arrays.stream(Undtagelsesgrund.values()).map(Enum::name).toList());
    }

    @Test
    void undtagelser_may_overlap_and_end_nothing() {
        String cpr = TestCpr.naeste();
        long foerste = undtagelseId(cpr, "SYGEDAGPENGE_KATEGORI_1", "2024-02-01", null);

        JsonNode anden = oprettet(undtagelse(feed, cpr, "MINDRE_INTENSIV_INDSATS", "2024-03-01", "2024-04-30"));
        JsonNode sammeGrund = oprettet(undtagelse(feed, cpr, "SYGEDAGPENGE_KATEGORI_1", "2024-02-01", null));

        assertThat(anden.has("afsluttedePerioder")).isFalse();
        assertThat(sammeGrund.get("id").asLong()).isNotEqualTo(foerste);
        Svar laest = feed.get(UNDTAGELSER + "/" + foerste);
        assertThat(laest.header("ETag")).as("the open undtagelse is left as it was").isEqualTo("\"1\"");
        assertThat(laest.json().get("til").isNull()).isTrue();
        assertThat(tekster(opslag(cpr).get("undtagelser"), "grund"))
                .containsExactly("SYGEDAGPENGE_KATEGORI_1", "SYGEDAGPENGE_KATEGORI_1", "MINDRE_INTENSIV_INDSATS");
    }

    // Correct, end, history

    @Test
    void an_undtagelse_is_corrected_with_if_match_and_a_stale_or_missing_version_is_refused() {
        long id = undtagelseId(TestCpr.naeste(), "SYGEDAGPENGE_KATEGORI_1", "2024-02-01", "2024-03-27");
        String sti = UNDTAGELSER + "/" + id;

        Svar rettet = send(feed, "PUT", sti, "\"1\"", Json.objekt("grund", "SYGEDAGPENGE_13F", "fra", "2024-02-01", "til", "2024-03-27",
                "begrundelse", "Betingelserne i § 13 f er opfyldt."));
        Svar foraeldet = send(feed, "PUT", sti, "\"1\"", Json.objekt("grund", "SELV_I_JOB", "fra", "2024-02-01", "til", null));
        Svar uden = send(feed, "PUT", sti, null, Json.objekt("grund", "SELV_I_JOB", "fra", "2024-02-01", "til", null));

        assertThat(rettet.status()).as(rettet.toString()).isEqualTo(200);
        assertThat(rettet.header("ETag")).isEqualTo("\"2\"");
        assertThat(rettet.json().get("grund").asString()).isEqualTo("SYGEDAGPENGE_13F");
        assertThat(foraeldet.status()).isEqualTo(412);
        assertThat(foraeldet.fejlkoder()).containsExactly("VERSION_FORAELDET");
        assertThat(foraeldet.header("ETag")).isEqualTo("\"2\"");
        assertThat(uden.status()).isEqualTo(428);
        assertThat(uden.fejlkoder()).containsExactly("IF_MATCH_MANGLER");
        JsonNode laest = feed.get(sti).json();
        assertThat(laest.get("grund").asString()).as("neither refused change was stored").isEqualTo("SYGEDAGPENGE_13F");
        assertThat(laest.get("version").asInt()).isEqualTo(2);
    }

    @Test
    void ending_an_undtagelse_sets_its_last_day_and_the_history_shows_every_version() {
        long id = undtagelseId(TestCpr.naeste(), "MINDRE_INTENSIV_INDSATS", "2024-01-01", null);
        String sti = UNDTAGELSER + "/" + id;
        Svar rettet = send(feed, "PUT", sti, "\"1\"", Json.objekt("grund", "SELV_I_JOB", "fra", "2024-01-15", "til", null,
                "begrundelse", "Forkert grund og startdato registreret."));
        assertThat(rettet.status()).as(rettet.toString()).isEqualTo(200);

        Svar foer = send(feed, "POST", sti + "/afslutning", "\"2\"", Json.objekt("til", "2024-01-14"));
        Svar afsluttet = send(feed, "POST", sti + "/afslutning", "\"2\"", Json.objekt("til", "2024-06-30", "begrundelse", "Borgeren er i job."));
        Svar igen = send(feed, "POST", sti + "/afslutning", "\"3\"", Json.objekt("til", "2024-06-30"));

        assertThat(foer.status()).isEqualTo(422);
        assertThat(fejl(foer)).containsExactly("TIL_FOER_FRA@til");
        assertThat(afsluttet.status()).as(afsluttet.toString()).isEqualTo(200);
        assertThat(afsluttet.header("ETag")).isEqualTo("\"3\"");
        assertThat(afsluttet.json().get("til").asString()).isEqualTo("2024-06-30");
        assertThat(igen.status()).as("an end on the day it already ends is no new version").isEqualTo(200);
        assertThat(igen.header("ETag")).isEqualTo("\"3\"");

        JsonNode historik = historik(sti);
        assertThat(tekster(historik, "art")).containsExactly("OPRETTET", "RETTET", "AFSLUTTET");
        JsonNode oprettelse = historik.get(0);
        assertThat(oprettelse.get("aendretAf").get("ident").asString()).as("the token's caller, as the body names none")
                .isEqualTo(Testkalder.feed().ident());
        assertThat(oprettelse.get("aendringer").valueStream().map(a -> a.get("felt").asString()).toList()).containsExactly("grund", "fra");
        assertThat(oprettelse.get("aendringer").get(0).get("fra").isNull()).isTrue();
        assertThat(oprettelse.get("aendringer").get(0).get("til").asString()).isEqualTo("MINDRE_INTENSIV_INDSATS");
        JsonNode rettelse = historik.get(1);
        assertThat(rettelse.get("begrundelse").asString()).isEqualTo("Forkert grund og startdato registreret.");
        assertThat(rettelse.get("aendringer").valueStream().map(a -> a.get("felt").asString()).toList()).containsExactly("grund", "fra");
        assertThat(rettelse.get("aendringer").get(0).get("fra").asString()).isEqualTo("MINDRE_INTENSIV_INDSATS");
        assertThat(rettelse.get("aendringer").get(0).get("til").asString()).isEqualTo("SELV_I_JOB");
        JsonNode afslutning = historik.get(2);
        assertThat(afslutning.get("begrundelse").asString()).isEqualTo("Borgeren er i job.");
        assertThat(afslutning.get("aendringer").get(0).get("felt").asString()).isEqualTo("til");
        assertThat(afslutning.get("aendringer").get(0).get("til").asString()).isEqualTo("2024-06-30");
    }

    @Test
    void an_unknown_id_is_404_on_every_endpoint() {
        String sti = UNDTAGELSER + "/999999999";
        for (Svar svar : List.of(feed.get(sti), feed.get(sti + "/historik"),
                send(feed, "PUT", sti, "\"1\"", Json.objekt("grund", "SELV_I_JOB", "fra", "2024-01-01", "til", null)),
                send(feed, "POST", sti + "/afslutning", "\"1\"", Json.objekt("til", "2024-01-31")))) {
            assertThat(svar.status()).as(svar.toString()).isEqualTo(404);
            assertThat(svar.fejlkoder()).containsExactly("PERIODE_FINDES_IKKE");
        }
    }

    // Bad input

    @Test
    void an_unknown_grund_is_422_ukendt_kode_listing_the_valid_values_and_stores_nothing() {
        String cpr = TestCpr.naeste();

        Svar svar = undtagelse(feed, cpr, "FERIE", "2024-01-01", null);

        assertThat(svar.status()).isEqualTo(422);
        assertThat(svar.header("Content-Type")).startsWith("application/problem+json");
        assertThat(fejl(svar)).containsExactly("UKENDT_KODE@grund");
        assertThat(svar.json().get("fejl").get(0).get("besked").asString())
                .isEqualTo("Værdien kendes ikke. Gyldige værdier: MINDRE_INTENSIV_INDSATS, SELV_I_JOB, SYGEDAGPENGE_KATEGORI_1, SYGEDAGPENGE_13F.");
        assertThat(svar.tekst()).as("an error never echoes the CPR number").doesNotContain(cpr);
        assertThat(opslag(cpr).get("undtagelser")).isEmpty();
    }

    @Test
    void a_missing_grund_is_felt_mangler_reported_with_every_other_fault() {
        String cpr = TestCpr.naeste();

        Svar uden = feed.post(UNDTAGELSER, Json.objekt("cpr", cpr, "fra", "2024-01-01", "til", null));
        Svar tom = undtagelse(feed, cpr, " ", "2024-02-01", "2024-01-31");
        Svar alt = undtagelse(feed, "0101", null, "2024-13-01", null);

        for (Svar svar : List.of(uden, tom, alt)) {
            assertThat(svar.status()).as(svar.toString()).isEqualTo(422);
        }
        assertThat(fejl(uden)).containsExactly("FELT_MANGLER@grund");
        assertThat(fejl(tom)).containsExactly("FELT_MANGLER@grund", "TIL_FOER_FRA@til");
        assertThat(fejl(alt)).containsExactly("CPR_UGYLDIGT_FORMAT@cpr", "FELT_MANGLER@grund", "UGYLDIG_DATO@fra");
        assertThat(opslag(cpr).get("undtagelser")).isEmpty();
    }

    @Test
    void a_correction_is_checked_as_a_registration_is() {
        long id = undtagelseId(TestCpr.naeste(), "SELV_I_JOB", "2024-01-01", null);
        String sti = UNDTAGELSER + "/" + id;

        Svar ukendt = send(feed, "PUT", sti, "\"1\"", Json.objekt("grund", "selv_i_job", "fra", "2024-01-01", "til", null));
        Svar uden = send(feed, "PUT", sti, "\"1\"", Json.objekt("fra", "2024-01-01", "til", null));

        assertThat(ukendt.status()).isEqualTo(422);
        assertThat(fejl(ukendt)).as("codes are exact: no case folding").containsExactly("UKENDT_KODE@grund");
        assertThat(uden.status()).isEqualTo(422);
        assertThat(fejl(uden)).containsExactly("FELT_MANGLER@grund");
        assertThat(feed.get(sti).header("ETag")).isEqualTo("\"1\"");
    }

    @Test
    void a_code_field_of_another_kind_is_400_ukendt_felt_and_grund_is_foreign_to_the_other_kinds() {
        String cpr = TestCpr.naeste();

        Svar fremmed = feed.post(UNDTAGELSER, Json.objekt("cpr", cpr, "grund", "SELV_I_JOB", "fravaerstype", "FERIE", "fra", "2024-01-01"));
        Svar grundPaaFravaer = feed.post("/api/v1/fravaer", Json.objekt("cpr", cpr, "fravaerstype", "FERIE", "grund", "SELV_I_JOB",
                "fra", "2024-01-01"));
        Svar begrundelse = feed.post(UNDTAGELSER, Json.objekt("cpr", cpr, "grund", "SELV_I_JOB", "fra", "2024-01-01",
                "begrundelse", "Ikke ved registrering."));
        long id = undtagelseId(cpr, "SELV_I_JOB", "2024-01-01", null);
        Svar cprVedRettelse = send(feed, "PUT", UNDTAGELSER + "/" + id, "\"1\"", Json.objekt("cpr", cpr, "grund", "SELV_I_JOB",
                "fra", "2024-01-01", "til", null));

        assertThat(fremmed.status()).isEqualTo(400);
        assertThat(fejl(fremmed)).containsExactly("UKENDT_FELT@fravaerstype");
        assertThat(grundPaaFravaer.status()).isEqualTo(400);
        assertThat(fejl(grundPaaFravaer)).containsExactly("UKENDT_FELT@grund");
        assertThat(begrundelse.status()).isEqualTo(400);
        assertThat(fejl(begrundelse)).containsExactly("UKENDT_FELT@begrundelse");
        assertThat(cprVedRettelse.status()).isEqualTo(400);
        assertThat(fejl(cprVedRettelse)).containsExactly("UKENDT_FELT@cpr");
        JsonNode situation = opslag(cpr);
        assertThat(situation.get("fravaer")).isEmpty();
        assertThat(tekster(situation.get("undtagelser"), "grund")).containsExactly("SELV_I_JOB");
        assertThat(situation.get("undtagelser").get(0).get("version").asInt()).isEqualTo(1);
    }

    // Access

    @Test
    void only_role_system_writes_undtagelser_whatever_the_authority() {
        String cpr = TestCpr.naeste();
        feed.jobcenter(cpr, "101", "2024-01-01", null);
        long id = undtagelseId(cpr, "SELV_I_JOB", "2024-01-01", null);
        String sti = UNDTAGELSER + "/" + id;
        Api egetJobcenter = api.som(jobcenter("101"));

        List<Svar> naegtede = List.of(
                undtagelse(egetJobcenter, cpr, "MINDRE_INTENSIV_INDSATS", "2024-02-01", null),
                undtagelse(star, cpr, "MINDRE_INTENSIV_INDSATS", "2024-02-01", null),
                send(egetJobcenter, "PUT", sti, "\"1\"", Json.objekt("grund", "MINDRE_INTENSIV_INDSATS", "fra", "2024-01-01", "til", null)),
                send(egetJobcenter, "POST", sti + "/afslutning", "\"1\"", Json.objekt("til", "2024-03-31")));

        for (Svar svar : naegtede) {
            assertThat(svar.status()).as(svar.toString()).isEqualTo(403);
            assertThat(svar.fejlkoder()).containsExactly("KRAEVER_ROLLE");
            assertThat(svar.json().get("fejl").get(0).get("besked").asString()).isEqualTo("Handlingen kræver rollen SYSTEM.");
        }
        JsonNode situation = opslag(cpr);
        assertThat(tekster(situation.get("undtagelser"), "grund")).as("nothing refused was stored").containsExactly("SELV_I_JOB");
        assertThat(situation.get("undtagelser").get(0).get("til").isNull()).isTrue();
        assertThat(feed.get(sti).header("ETag")).isEqualTo("\"1\"");
    }

    @Test
    void an_undtagelse_is_read_by_whoever_may_see_the_citizens_situation_and_hidden_from_others_as_not_found() {
        String cpr = TestCpr.naeste();
        feed.jobcenter(cpr, "101", "2024-01-01", null);
        long id = undtagelseId(cpr, "SYGEDAGPENGE_KATEGORI_1", "2024-01-01", null);
        String sti = UNDTAGELSER + "/" + id;

        Svar egen = api.som(jobcenter("101")).get(sti);
        Svar anden = api.som(jobcenter("147")).get(sti);
        Svar andenHistorik = api.som(jobcenter("147")).get(sti + "/historik");

        assertThat(egen.status()).isEqualTo(200);
        assertThat(egen.json().get("grund").asString()).isEqualTo("SYGEDAGPENGE_KATEGORI_1");
        assertThat(star.get(sti).status()).isEqualTo(200);
        for (Svar svar : List.of(anden, andenHistorik)) {
            assertThat(svar.status()).as(svar.toString()).isEqualTo(404);
            assertThat(svar.fejlkoder()).containsExactly("PERIODE_FINDES_IKKE");
        }
        assertThat(adgangslog(anden)).singleElement().satisfies(post -> {
            assertThat(post.get("udfald")).isEqualTo("NAEGTET");
            assertThat(post.get("cpr")).isEqualTo(cpr);
        });
    }

    // The look-up, the audit log, retries

    @Test
    void the_look_up_lists_the_citizens_undtagelser_with_their_versions_beside_the_other_periods() {
        String cpr = TestCpr.naeste();
        feed.fravaer(cpr, "SYGDOM_SYGEMELDING", "2024-02-01", null);
        long id = undtagelseId(cpr, "SYGEDAGPENGE_KATEGORI_1", "2024-02-01", null);
        assertThat(send(feed, "POST", UNDTAGELSER + "/" + id + "/afslutning", "\"1\"", Json.objekt("til", "2024-03-27")).status())
                .isEqualTo(200);

        JsonNode situation = opslag(cpr);

        assertThat(tekster(situation.get("fravaer"), "fravaerstype")).containsExactly("SYGDOM_SYGEMELDING");
        JsonNode undtagelse = situation.get("undtagelser").get(0);
        assertThat(situation.get("undtagelser").size()).isEqualTo(1);
        assertThat(undtagelse.get("id").asLong()).isEqualTo(id);
        assertThat(undtagelse.get("grund").asString()).isEqualTo("SYGEDAGPENGE_KATEGORI_1");
        assertThat(undtagelse.get("til").asString()).isEqualTo("2024-03-27");
        assertThat(undtagelse.get("version").asInt()).isEqualTo(2);
        assertThat(situation.get("fravaer").get(0).has("grund")).as("each kind answers its own code field only").isFalse();
        assertThat(opslag(TestCpr.naeste()).get("undtagelser")).as("an unknown citizen has none").isEmpty();
    }

    @Test
    void the_service_gives_the_kontaktforloeb_the_undtagelser_as_typed_periods_with_their_versions() {
        String cpr = TestCpr.naeste();
        long aaben = undtagelseId(cpr, "MINDRE_INTENSIV_INDSATS", "2024-04-01", null);
        long lukket = undtagelseId(cpr, "SYGEDAGPENGE_13F", "2024-01-01", "2024-02-29");
        assertThat(send(feed, "POST", UNDTAGELSER + "/" + lukket + "/afslutning", "\"1\"", Json.objekt("til", "2024-03-15")).status())
                .isEqualTo(200);

        List<Versioneret<Undtagelse>> undtagelser = borgerService.opslag(Cpr.afLagret(cpr)).perioder(Periodeslag.UNDTAGELSE);

        assertThat(undtagelser).as("in the order they start").containsExactly(
                new Versioneret<>(new Undtagelse(lukket, Undtagelsesgrund.SYGEDAGPENGE_13F,
                        new Periode(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 3, 15))), 2),
                new Versioneret<>(new Undtagelse(aaben, Undtagelsesgrund.MINDRE_INTENSIV_INDSATS,
                        new Periode(LocalDate.of(2024, 4, 1), null)), 1));
        assertThat(borgerService.opslag(Cpr.afLagret(TestCpr.naeste())).perioder(Periodeslag.UNDTAGELSE)).isEmpty();
    }

    @Test
    void every_request_is_in_the_audit_log_with_the_citizen() {
        String cpr = TestCpr.naeste();

        Svar oprettet = undtagelse(feed, cpr, "SELV_I_JOB", "2024-01-01", null);
        long id = oprettet(oprettet).get("id").asLong();
        Svar laest = star.get(UNDTAGELSER + "/" + id);
        Svar naegtet = undtagelse(api.som(jobcenter("101")), cpr, "SELV_I_JOB", "2024-01-01", null);
        Svar afvist = undtagelse(feed, cpr, "UKENDT", "2024-01-01", null);

        assertThat(adgangslog(oprettet)).singleElement().satisfies(post -> {
            assertThat(post.get("cpr")).isEqualTo(cpr);
            assertThat(post.get("ident")).isEqualTo(Testkalder.feed().ident());
            assertThat(post.get("myndighedstype")).isEqualTo(Testkalder.feed().myndighedstype());
            assertThat(post.get("handling")).isEqualTo("POST " + UNDTAGELSER);
            assertThat(post.get("udfald")).isEqualTo("GODKENDT");
            assertThat(((Number) post.get("status")).intValue()).isEqualTo(201);
        });
        assertThat(adgangslog(laest)).singleElement().satisfies(post -> {
            assertThat(post.get("cpr")).isEqualTo(cpr);
            assertThat(post.get("ident")).isEqualTo(Testkalder.star().ident());
            assertThat(post.get("handling")).isEqualTo("GET " + UNDTAGELSER + "/" + id);
            assertThat(post.get("udfald")).isEqualTo("GODKENDT");
        });
        assertThat(adgangslog(naegtet)).singleElement().satisfies(post -> {
            assertThat(post.get("cpr")).isEqualTo(cpr);
            assertThat(post.get("udfald")).isEqualTo("NAEGTET");
            assertThat(((Number) post.get("status")).intValue()).isEqualTo(403);
        });
        assertThat(adgangslog(afvist)).singleElement().satisfies(post -> {
            assertThat(post.get("udfald")).isEqualTo("AFVIST");
            assertThat(((Number) post.get("status")).intValue()).isEqualTo(422);
        });
    }

    @Test
    void a_registration_and_a_correction_retried_with_one_idempotency_key_are_stored_once_and_answered_alike() {
        String cpr = TestCpr.naeste();
        String noegle = UUID.randomUUID().toString();
        String krop = Api.JSON.writeValueAsString(Json.objekt("cpr", cpr, "grund", "SYGEDAGPENGE_KATEGORI_1", "fra", "2024-02-01",
                "til", null));
        HttpRequest.Builder registrering = HttpRequest.newBuilder(URI.create(baseUrl() + UNDTAGELSER)).header("Content-Type", "application/json")
                .header("Idempotency-Key", noegle).POST(HttpRequest.BodyPublishers.ofString(krop));

        Svar foerste = feed.send(registrering);
        Svar gentaget = feed.send(registrering);

        assertThat(foerste.status()).as(foerste.toString()).isEqualTo(201);
        assertThat(foerste.header("Idempotent-Replayed")).isNull();
        assertThat(gentaget.status()).isEqualTo(201);
        assertThat(gentaget.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(gentaget.tekst()).isEqualTo(foerste.tekst());
        assertThat(gentaget.header("Location")).isEqualTo(foerste.header("Location"));
        assertThat(opslag(cpr).get("undtagelser")).as("stored once").hasSize(1);

        String rettelsesnoegle = UUID.randomUUID().toString();
        HttpRequest.Builder rettelse = HttpRequest.newBuilder(URI.create(baseUrl() + foerste.header("Location")))
                .header("Content-Type", "application/json").header("If-Match", "\"1\"").header("Idempotency-Key", rettelsesnoegle)
                .PUT(HttpRequest.BodyPublishers.ofString(Api.JSON.writeValueAsString(Json.objekt("grund", "SYGEDAGPENGE_KATEGORI_1",
                        "fra", "2024-02-01", "til", "2024-03-27"))));
        Svar rettet = feed.send(rettelse);
        Svar rettetIgen = feed.send(rettelse);

        assertThat(rettet.status()).as(rettet.toString()).isEqualTo(200);
        assertThat(rettetIgen.status()).as("the retry is not judged stale: it is answered from the first").isEqualTo(200);
        assertThat(rettetIgen.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(rettetIgen.header("ETag")).isEqualTo("\"2\"");
        assertThat(historik(foerste.header("Location"))).as("one version more, not two").hasSize(2);
    }
}
