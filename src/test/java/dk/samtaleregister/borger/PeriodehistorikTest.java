package dk.samtaleregister.borger;

import static dk.samtaleregister.test.Samtalebygger.samtale;
import static dk.samtaleregister.test.Testkalder.akasse;
import static dk.samtaleregister.test.Testkalder.jobcenter;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.samtaleregister.test.Api.Svar;
import dk.samtaleregister.test.Api;
import dk.samtaleregister.test.ApiTest;
import dk.samtaleregister.test.Json;
import dk.samtaleregister.test.TestCpr;
import dk.samtaleregister.test.Testkalder;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The citizen's periods are corrected and ended like conversations: If-Match with the version, 412 when stale,
 * 428 without, a new version per change, and a history that shows who changed what, when and why.
 */
class PeriodehistorikTest extends ApiTest {

    /** The kinds of period, each with the code field that tells its periods apart and two values of it. */
    enum Slag {
        KONTAKTGRUPPE("kontaktgruppeperioder", "kontaktgruppeperiode", "kontaktgruppe", 1, 6, true),
        FRAVAER("fravaer", "fravaer", "fravaerstype", "FERIE", "SYGDOM_SYGEMELDING", false),
        JOBCENTER("jobcentertilknytninger", "jobcentertilknytning", "jobcenter", "101", "751", true),
        AKASSE("akassemedlemskaber", "akassemedlemskab", "akasse", "AK-3F", "AK-HK", true),
        ANDEN_AKTOER("andenaktoer-henvisninger", "andenaktoer_henvisning", "andenAktoer", "AA-4711", "AA-0815", false),
        UNDTAGELSE("undtagelser", "undtagelse", "grund", "SYGEDAGPENGE_KATEGORI_1", "SYGEDAGPENGE_13F", false);

        final String sti;
        final String tabel;
        final String felt;
        final Object a;
        final Object b;
        final boolean enAdGangen;

        Slag(String sti, String tabel, String felt, Object a, Object b, boolean enAdGangen) {
            this.sti = "/api/v1/" + sti;
            this.tabel = tabel;
            this.felt = felt;
            this.a = a;
            this.b = b;
            this.enAdGangen = enAdGangen;
        }
    }

    /** The feed writing in the name of a caseworker at jobcenter 101: the body names them, the token is theirs with role SYSTEM. */
    private static final Testkalder JOBCENTRETS_FOEDNING = jobcenter("101", "jc101-mhan").medRoller(Testkalder.SYSTEM);

    private static final Map<String, Object> SAGSBEHANDLER = JOBCENTRETS_FOEDNING.somSagsbehandler();

    @Autowired
    private JdbcClient jdbc;

    private Svar opret(Slag slag, String cpr, Object kode, String fra, String til) {
        return opret(feed, slag, cpr, kode, fra, til);
    }

    private Svar opret(Api som, Slag slag, String cpr, Object kode, String fra, String til, Object... ekstra) {
        Map<String, Object> krop = Json.objekt("cpr", cpr, slag.felt, kode, "fra", fra, "til", til);
        krop.putAll(Json.objekt(ekstra));
        Svar svar = som.post(slag.sti, krop);
        assertThat(svar.status()).as(svar.toString()).isEqualTo(201);
        return svar;
    }

    private long opretId(Slag slag, String cpr, Object kode, String fra, String til) {
        return opret(slag, cpr, kode, fra, til).json().get("id").asLong();
    }

    private Svar send(Api som, String metode, String sti, String ifMatch, Object krop) {
        HttpRequest.Builder anmodning = HttpRequest.newBuilder(URI.create(baseUrl() + sti)).header("Content-Type", "application/json")
                .method(metode, HttpRequest.BodyPublishers.ofString(Api.JSON.writeValueAsString(krop)));
        if (ifMatch != null) {
            anmodning.header("If-Match", ifMatch);
        }
        return som.send(anmodning);
    }

    private Svar ret(Slag slag, long id, String ifMatch, Object kode, String fra, String til, Object... ekstra) {
        return ret(feed, slag, id, ifMatch, kode, fra, til, ekstra);
    }

    private Svar ret(Api som, Slag slag, long id, String ifMatch, Object kode, String fra, String til, Object... ekstra) {
        Map<String, Object> krop = Json.objekt(slag.felt, kode, "fra", fra, "til", til);
        krop.putAll(Json.objekt(ekstra));
        return send(som, "PUT", slag.sti + "/" + id, ifMatch, krop);
    }

    private Svar afslut(Slag slag, long id, String ifMatch, String til, Object... ekstra) {
        Map<String, Object> krop = Json.objekt("til", til);
        krop.putAll(Json.objekt(ekstra));
        return send(feed, "POST", slag.sti + "/" + id + "/afslutning", ifMatch, krop);
    }

    private JsonNode historik(Slag slag, long id) {
        Svar svar = feed.get(slag.sti + "/" + id + "/historik");
        assertThat(svar.status()).as(svar.toString()).isEqualTo(200);
        return svar.json();
    }

    /** The changes of one history entry as "felt: fra -> til". */
    private static List<String> aendringer(JsonNode post) {
        return post.get("aendringer").valueStream()
                .map(a -> a.get("felt").asString() + ": " + tekst(a.get("fra")) + " -> " + tekst(a.get("til"))).toList();
    }

    private static String tekst(JsonNode vaerdi) {
        return vaerdi == null || vaerdi.isNull() ? "null" : vaerdi.isNumber() ? String.valueOf(vaerdi.asInt()) : vaerdi.asString();
    }

    @ParameterizedTest
    @EnumSource(Slag.class)
    void a_period_is_read_with_its_version_as_etag(Slag slag) {
        String cpr = TestCpr.naeste();
        Svar oprettet = opret(slag, cpr, slag.a, "2024-01-01", null);
        long id = oprettet.json().get("id").asLong();
        assertThat(oprettet.header("ETag")).isEqualTo("\"1\"");
        assertThat(oprettet.header("Location")).isEqualTo(slag.sti + "/" + id);
        assertThat(oprettet.json().get("version").asInt()).isEqualTo(1);

        Svar svar = feed.get(slag.sti + "/" + id);

        assertThat(svar.status()).isEqualTo(200);
        assertThat(svar.header("ETag")).isEqualTo("\"1\"");
        JsonNode periode = svar.json();
        assertThat(periode.get("id").asLong()).isEqualTo(id);
        assertThat(periode.get("cpr").asString()).isEqualTo(cpr);
        assertThat(tekst(periode.get(slag.felt))).isEqualTo(String.valueOf(slag.a));
        assertThat(periode.get("fra").asString()).isEqualTo("2024-01-01");
        assertThat(periode.get("til").isNull()).isTrue();
        assertThat(periode.get("version").asInt()).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(Slag.class)
    void a_correction_makes_a_new_version_and_the_history_shows_what_changed(Slag slag) {
        long id = opretId(slag, TestCpr.naeste(), slag.a, "2024-01-01", null);

        Svar rettet = ret(api.som(JOBCENTRETS_FOEDNING), slag, id, "\"1\"", slag.b, "2024-01-01", "2024-03-31",
                "begrundelse", "Forkert registreret.", "ansvarligSagsbehandler", SAGSBEHANDLER);

        assertThat(rettet.status()).as(rettet.toString()).isEqualTo(200);
        assertThat(rettet.header("ETag")).isEqualTo("\"2\"");
        assertThat(rettet.json().get("version").asInt()).isEqualTo(2);
        JsonNode laest = feed.get(slag.sti + "/" + id).json();
        assertThat(tekst(laest.get(slag.felt))).isEqualTo(String.valueOf(slag.b));
        assertThat(laest.get("til").asString()).isEqualTo("2024-03-31");

        JsonNode historik = historik(slag, id);
        assertThat(historik.size()).isEqualTo(2);
        JsonNode oprettet = historik.get(0);
        assertThat(oprettet.get("version").asInt()).isEqualTo(1);
        assertThat(oprettet.get("art").asString()).isEqualTo("OPRETTET");
        // No caseworker in the body: the version names the caller of the token, the feed.
        assertThat(oprettet.get("aendretAf").get("ident").asString()).isEqualTo("dfdg-feed");
        assertThat(oprettet.get("aendretAf").get("myndighed").get("type").asString()).isEqualTo("STAR");
        assertThat(aendringer(oprettet)).containsExactly(slag.felt + ": null -> " + slag.a, "fra: null -> 2024-01-01");
        JsonNode rettelse = historik.get(1);
        assertThat(rettelse.get("version").asInt()).isEqualTo(2);
        assertThat(rettelse.get("art").asString()).isEqualTo("RETTET");
        assertThat(rettelse.get("begrundelse").asString()).isEqualTo("Forkert registreret.");
        assertThat(rettelse.get("aendretAf").get("ident").asString()).isEqualTo("jc101-mhan");
        assertThat(rettelse.get("aendretAf").get("myndighed").get("type").asString()).isEqualTo("JOBCENTER");
        assertThat(rettelse.get("aendretAf").get("myndighed").get("kode").asString()).isEqualTo("101");
        assertThat(rettelse.get("tidspunkt").asString()).isNotBlank();
        assertThat(aendringer(rettelse)).containsExactly(slag.felt + ": " + slag.a + " -> " + slag.b, "til: null -> 2024-03-31");
    }

    @ParameterizedTest
    @EnumSource(Slag.class)
    void a_change_built_on_an_old_version_is_refused_with_412_and_the_current_etag(Slag slag) {
        long id = opretId(slag, TestCpr.naeste(), slag.a, "2024-01-01", null);
        assertThat(ret(slag, id, "\"1\"", slag.b, "2024-01-01", null).status()).isEqualTo(200);

        Svar foraeldet = ret(slag, id, "\"1\"", slag.a, "2024-02-01", null);
        Svar foraeldetAfslutning = afslut(slag, id, "\"1\"", "2024-05-31");

        assertThat(foraeldet.status()).isEqualTo(412);
        assertThat(foraeldet.fejlkoder()).containsExactly("VERSION_FORAELDET");
        assertThat(foraeldet.header("ETag")).isEqualTo("\"2\"");
        assertThat(foraeldetAfslutning.status()).isEqualTo(412);
        assertThat(foraeldetAfslutning.header("ETag")).isEqualTo("\"2\"");
        JsonNode laest = feed.get(slag.sti + "/" + id).json();
        assertThat(laest.get("version").asInt()).isEqualTo(2);
        assertThat(laest.get("fra").asString()).isEqualTo("2024-01-01");
        assertThat(historik(slag, id).size()).isEqualTo(2);
    }

    @ParameterizedTest
    @EnumSource(Slag.class)
    void a_change_without_if_match_is_428_and_an_unreadable_one_400(Slag slag) {
        long id = opretId(slag, TestCpr.naeste(), slag.a, "2024-01-01", null);

        Svar udenRettelse = ret(slag, id, null, slag.b, "2024-01-01", null);
        Svar udenAfslutning = afslut(slag, id, null, "2024-05-31");
        Svar ulaeselig = ret(slag, id, "version 1", slag.b, "2024-01-01", null);

        assertThat(udenRettelse.status()).isEqualTo(428);
        assertThat(udenRettelse.fejlkoder()).containsExactly("IF_MATCH_MANGLER");
        assertThat(udenAfslutning.status()).isEqualTo(428);
        assertThat(ulaeselig.status()).isEqualTo(400);
        assertThat(ulaeselig.fejlkoder()).containsExactly("UGYLDIG_IF_MATCH");
        assertThat(feed.get(slag.sti + "/" + id).json().get("version").asInt()).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(Slag.class)
    void ending_a_period_sets_its_last_day_as_a_version_of_its_own(Slag slag) {
        long id = opretId(slag, TestCpr.naeste(), slag.a, "2024-01-01", null);

        Svar foer = afslut(slag, id, "\"1\"", "2023-12-31");
        Svar afsluttet = afslut(slag, id, "\"1\"", "2024-06-30", "begrundelse", "Overgået til anden ydelse.");

        assertThat(foer.status()).isEqualTo(422);
        assertThat(foer.fejlkoder()).containsExactly("TIL_FOER_FRA");
        assertThat(afsluttet.status()).as(afsluttet.toString()).isEqualTo(200);
        assertThat(afsluttet.header("ETag")).isEqualTo("\"2\"");
        assertThat(afsluttet.json().get("til").asString()).isEqualTo("2024-06-30");
        JsonNode post = historik(slag, id).get(1);
        assertThat(post.get("art").asString()).isEqualTo("AFSLUTTET");
        assertThat(post.get("aendretAf").get("ident").asString()).isEqualTo("dfdg-feed");
        assertThat(post.get("begrundelse").asString()).isEqualTo("Overgået til anden ydelse.");
        assertThat(aendringer(post)).containsExactly("til: null -> 2024-06-30");

        Svar igen = afslut(slag, id, "\"2\"", "2024-06-30");
        assertThat(igen.status()).isEqualTo(200);
        assertThat(igen.header("ETag")).as("ending on the day it already ends changes nothing").isEqualTo("\"2\"");
        assertThat(historik(slag, id).size()).isEqualTo(2);
    }

    @ParameterizedTest
    @EnumSource(Slag.class)
    void an_unknown_period_is_404(Slag slag) {
        String sti = slag.sti + "/999999999";
        for (Svar svar : List.of(feed.get(sti), feed.get(sti + "/historik"), ret(slag, 999_999_999, "\"1\"", slag.a, "2024-01-01", null),
                afslut(slag, 999_999_999, "\"1\"", "2024-01-31"))) {
            assertThat(svar.status()).as(svar.toString()).isEqualTo(404);
            assertThat(svar.fejlkoder()).containsExactly("PERIODE_FINDES_IKKE");
        }
    }

    @ParameterizedTest
    @EnumSource(Slag.class)
    void a_correction_is_checked_like_a_new_period_and_keeps_its_citizen(Slag slag) {
        long id = opretId(slag, TestCpr.naeste(), slag.a, "2024-01-01", null);

        Svar fejl = ret(slag, id, "\"1\"", null, "2024-02-01", "2024-01-31",
                "ansvarligSagsbehandler", Json.objekt("myndighed", Json.objekt("type", "JOBCENTER", "kode", "K101")));
        Svar medCpr = ret(slag, id, "\"1\"", slag.b, "2024-01-01", null, "cpr", TestCpr.naeste());

        assertThat(fejl.status()).isEqualTo(422);
        assertThat(fejl.fejlkoder()).containsExactly("FELT_MANGLER", "TIL_FOER_FRA", "FELT_MANGLER", "UGYLDIG_MYNDIGHEDSKODE");
        assertThat(medCpr.status()).isEqualTo(400);
        assertThat(medCpr.fejlkoder()).containsExactly("UKENDT_FELT");
        assertThat(historik(slag, id).size()).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(value = Slag.class, names = {"KONTAKTGRUPPE", "JOBCENTER", "AKASSE"})
    void a_correction_that_overlaps_another_period_is_refused_and_changes_nothing(Slag slag) {
        String cpr = TestCpr.naeste();
        opretId(slag, cpr, slag.a, "2024-01-01", "2024-03-31");
        long anden = opretId(slag, cpr, slag.b, "2024-05-01", "2024-05-31");

        Svar svar = ret(slag, anden, "\"1\"", slag.b, "2024-03-01", "2024-05-31");

        assertThat(svar.status()).isEqualTo(422);
        assertThat(svar.fejlkoder()).containsExactly("PERIODE_OVERLAPPER");
        JsonNode laest = feed.get(slag.sti + "/" + anden).json();
        assertThat(laest.get("version").asInt()).isEqualTo(1);
        assertThat(laest.get("fra").asString()).isEqualTo("2024-05-01");
        assertThat(historik(slag, anden).size()).isEqualTo(1);
        // Against its own old version a period never overlaps.
        assertThat(ret(slag, anden, "\"1\"", slag.b, "2024-04-15", "2024-06-30").status()).isEqualTo(200);
    }

    @ParameterizedTest
    @EnumSource(value = Slag.class, names = {"KONTAKTGRUPPE", "JOBCENTER", "AKASSE"})
    void a_new_period_that_ends_an_open_one_shows_in_the_old_ones_history(Slag slag) {
        String cpr = TestCpr.naeste();
        long gammel = opretId(slag, cpr, slag.a, "2024-01-01", null);

        Svar ny = opret(api.som(JOBCENTRETS_FOEDNING), slag, cpr, slag.b, "2024-06-01", null, "ansvarligSagsbehandler", SAGSBEHANDLER);
        long nyId = ny.json().get("id").asLong();

        assertThat(ny.json().get("afsluttedePerioder").get(0).get("id").asLong()).isEqualTo(gammel);
        Svar laest = feed.get(slag.sti + "/" + gammel);
        assertThat(laest.header("ETag")).isEqualTo("\"2\"");
        assertThat(laest.json().get("til").asString()).isEqualTo("2024-05-31");
        JsonNode post = historik(slag, gammel).get(1);
        assertThat(post.get("art").asString()).isEqualTo("AFSLUTTET");
        assertThat(post.get("begrundelse").asString()).isEqualTo("Afsluttet af ny periode " + nyId);
        assertThat(post.get("aendretAf").get("ident").asString()).isEqualTo("jc101-mhan");
        assertThat(aendringer(post)).containsExactly("til: null -> 2024-05-31");
        assertThat(historik(slag, nyId).get(0).get("aendretAf").get("ident").asString()).isEqualTo("jc101-mhan");
    }

    @Test
    void a_corrected_period_that_now_starts_inside_an_open_one_ends_it_too() {
        Slag slag = Slag.KONTAKTGRUPPE;
        String cpr = TestCpr.naeste();
        long aaben = opretId(slag, cpr, 1, "2024-01-01", null);
        long foer = opretId(slag, cpr, 2, "2023-01-01", "2023-06-30");

        Svar rettet = ret(slag, foer, "\"1\"", 2, "2024-03-01", "2024-03-31");

        assertThat(rettet.status()).as(rettet.toString()).isEqualTo(200);
        assertThat(rettet.json().get("afsluttedePerioder").get(0).get("til").asString()).isEqualTo("2024-02-29");
        JsonNode post = historik(slag, aaben).get(1);
        assertThat(post.get("art").asString()).isEqualTo("AFSLUTTET");
        assertThat(post.get("begrundelse").asString()).isEqualTo("Afsluttet af rettet periode " + foer);
    }

    @Test
    void the_look_up_shows_each_periods_version() {
        String cpr = TestCpr.naeste();
        long id = opretId(Slag.FRAVAER, cpr, "FERIE", "2024-01-01", null);
        ret(Slag.FRAVAER, id, "\"1\"", "FERIE", "2024-01-02", null);

        JsonNode opslag = feed.post("/api/v1/borgere/opslag", Json.objekt("cpr", cpr)).json();

        assertThat(opslag.get("fravaer").get(0).get("version").asInt()).isEqualTo(2);
    }

    @Test
    void correcting_a_period_does_not_alter_a_conversation_already_registered() {
        String cpr = TestCpr.naeste();
        long periode = opretId(Slag.KONTAKTGRUPPE, cpr, 1, "2024-01-01", null);
        feed.akasse(cpr, "AK12", "2024-01-01", null);
        Api ak12 = api.som(akasse("AK12"));
        Svar registreret = ak12.registrer(samtale(cpr));
        assertThat(registreret.status()).as(registreret.toString()).isEqualTo(201);
        String sti = "/api/v1/samtaler/" + registreret.json().get("samtalenummer").asLong();
        Svar foer = star.get(sti);

        // From now on the citizen has no kontaktgruppe on 2024-03-01: the conversation could not be registered today.
        assertThat(ret(Slag.KONTAKTGRUPPE, periode, "\"1\"", 1, "2024-04-01", null).status()).isEqualTo(200);
        assertThat(ak12.registrer(samtale(cpr).afholdt("2024-03-01T11:00")).fejlkoder()).containsExactly("INGEN_KONTAKTGRUPPE");

        Svar efter = star.get(sti);
        assertThat(efter.status()).isEqualTo(200);
        assertThat(efter.header("ETag")).isEqualTo(foer.header("ETag"));
        assertThat(efter.json()).isEqualTo(foer.json());
    }

    @ParameterizedTest
    @EnumSource(Slag.class)
    void versions_are_never_changed_or_deleted_and_the_current_row_always_names_its_latest_version(Slag slag) {
        long id = opretId(slag, TestCpr.naeste(), slag.a, "2024-01-01", null);
        String versioner = slag.tabel + "_version";

        assertThatThrownBy(() -> jdbc.sql("update " + versioner + " set begrundelse = 'skjult' where id = ?").param(id).update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("never changed or deleted");
        assertThatThrownBy(() -> jdbc.sql("delete from " + versioner + " where id = ?").param(id).update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("never changed or deleted");
        assertThatThrownBy(() -> jdbc.sql("update " + slag.tabel + " set version = 2 where id = ?").param(id).update())
                .as("a current version without its version row").isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> jdbc.sql("insert into " + versioner + " (id, version, " + slag.felt + ", fra, art) "
                        + "select id, 3, " + slag.felt + ", fra, 'RETTET' from " + slag.tabel + " where id = ?").param(id).update())
                .as("a gap in the chain").isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> jdbc.sql("insert into " + versioner + " (id, version, " + slag.felt + ", fra, art) "
                        + "select id, 2, " + slag.felt + ", fra, 'RETTET' from " + slag.tabel + " where id = ?").param(id).update())
                .as("a version newer than the current row").isInstanceOf(DataAccessException.class);
        assertThat(historik(slag, id).size()).isEqualTo(1);
    }
}
