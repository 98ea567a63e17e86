package dk.samtaleregister.borger;

import static dk.samtaleregister.test.Testkalder.akasse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.samtaleregister.borger.domain.BorgerSituation;
import dk.samtaleregister.faelles.domain.AnsvarligSagsbehandler;
import dk.samtaleregister.faelles.domain.Cpr;
import dk.samtaleregister.faelles.domain.Myndighed;
import dk.samtaleregister.faelles.domain.Myndighedstype;
import dk.samtaleregister.regler.domain.Kontaktform;
import dk.samtaleregister.regler.domain.Samtaletype;
import dk.samtaleregister.samtale.domain.Registrering;
import dk.samtaleregister.samtale.persistence.RegistreringsgrundlagReadModel;
import dk.samtaleregister.test.Api.Svar;
import dk.samtaleregister.test.Api;
import dk.samtaleregister.test.ApiTest;
import dk.samtaleregister.test.Json;
import dk.samtaleregister.test.TestCpr;
import dk.samtaleregister.test.Testkalder;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Membership of an a-kasse (one at a time, like a jobcentertilknytning) and referral to an anden aktør (several at
 * once, like absences), through HTTP on the real database: registered, corrected, ended, their history, and the look-up.
 */
class AkassemedlemskabOgHenvisningTest extends ApiTest {

    private static final String MEDLEMSKABER = "/api/v1/akassemedlemskaber";
    private static final String HENVISNINGER = "/api/v1/andenaktoer-henvisninger";

    /** The feed writing in the name of a caseworker at a-kasse AK-3F: the body names them, the token is theirs with role SYSTEM. */
    private static final Testkalder AKASSENS_FOEDNING = akasse("AK-3F", "ak3f-lpe").medRoller(Testkalder.SYSTEM);

    private static final Map<String, Object> AKASSENS_SAGSBEHANDLER = AKASSENS_FOEDNING.somSagsbehandler();

    @Autowired
    private JdbcClient jdbc;

    @Autowired
    private RegistreringsgrundlagReadModel grundlag;

    // Fixtures

    private Svar medlemskab(String cpr, String akasse, String fra, String til) {
        return medlemskab(feed, cpr, akasse, fra, til);
    }

    private Svar medlemskab(Api som, String cpr, String akasse, String fra, String til, Object... ekstra) {
        Map<String, Object> krop = Json.objekt("cpr", cpr, "akasse", akasse, "fra", fra, "til", til);
        krop.putAll(Json.objekt(ekstra));
        return som.post(MEDLEMSKABER, krop);
    }

    private Svar henvisning(String cpr, String andenAktoer, String fra, String til) {
        return feed.post(HENVISNINGER, Json.objekt("cpr", cpr, "andenAktoer", andenAktoer, "fra", fra, "til", til));
    }

    private static JsonNode oprettet(Svar svar) {
        assertThat(svar.status()).as(svar.toString()).isEqualTo(201);
        return svar.json();
    }

    private long medlemskabId(String cpr, String akasse, String fra, String til) {
        return oprettet(medlemskab(cpr, akasse, fra, til)).get("id").asLong();
    }

    private long henvisningId(String cpr, String andenAktoer, String fra, String til) {
        return oprettet(henvisning(cpr, andenAktoer, fra, til)).get("id").asLong();
    }

    private Svar send(String metode, String sti, String ifMatch, Object krop) {
        return send(feed, metode, sti, ifMatch, krop);
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
        assertThat(svar.status()).isEqualTo(200);
        return svar.json();
    }

    /** The faults of a problem+json answer as "kode@felt". */
    private static List<String> fejl(Svar svar) {
        return svar.json().get("fejl").valueStream().map(f -> f.get("kode").asString() + "@" + f.get("felt").asString()).toList();
    }

    private static List<String> tekster(JsonNode liste, String felt) {
        return liste.valueStream().map(p -> p.get(felt).asString()).toList();
    }

    // A-kassemedlemskab

    @Test
    void a_membership_is_registered_and_read_with_its_version_as_etag() {
        String cpr = TestCpr.naeste();

        Svar svar = medlemskab(api.som(AKASSENS_FOEDNING), cpr, "AK-3F", "2024-01-01", null, "ansvarligSagsbehandler", AKASSENS_SAGSBEHANDLER);

        JsonNode medlemskab = oprettet(svar);
        long id = medlemskab.get("id").asLong();
        assertThat(svar.header("ETag")).isEqualTo("\"1\"");
        assertThat(svar.header("Location")).isEqualTo(MEDLEMSKABER + "/" + id);
        assertThat(medlemskab.get("afsluttedePerioder").size()).isZero();
        Svar laest = feed.get(MEDLEMSKABER + "/" + id);
        assertThat(laest.status()).isEqualTo(200);
        assertThat(laest.header("ETag")).isEqualTo("\"1\"");
        assertThat(laest.json().get("cpr").asString()).isEqualTo(cpr);
        assertThat(laest.json().get("akasse").asString()).isEqualTo("AK-3F");
        assertThat(laest.json().get("fra").asString()).isEqualTo("2024-01-01");
        assertThat(laest.json().get("til").isNull()).isTrue();
        assertThat(historik(MEDLEMSKABER + "/" + id).get(0).get("aendretAf").get("ident").asString()).isEqualTo("ak3f-lpe");
    }

    @Test
    void a_new_membership_starting_inside_an_open_one_ends_it_the_day_before() {
        String cpr = TestCpr.naeste();
        long gammel = medlemskabId(cpr, "AK-3F", "2024-01-01", null);

        JsonNode ny = oprettet(medlemskab(cpr, "AK-HK", "2024-06-01", null));

        assertThat(ny.get("afsluttedePerioder").get(0).get("id").asLong()).isEqualTo(gammel);
        assertThat(ny.get("afsluttedePerioder").get(0).get("til").asString()).isEqualTo("2024-05-31");
        Svar laest = feed.get(MEDLEMSKABER + "/" + gammel);
        assertThat(laest.header("ETag")).isEqualTo("\"2\"");
        assertThat(laest.json().get("til").asString()).isEqualTo("2024-05-31");
        JsonNode afslutning = historik(MEDLEMSKABER + "/" + gammel).get(1);
        assertThat(afslutning.get("art").asString()).isEqualTo("AFSLUTTET");
        assertThat(afslutning.get("begrundelse").asString()).isEqualTo("Afsluttet af ny periode " + ny.get("id").asLong());
    }

    @Test
    void any_other_overlapping_membership_is_refused_and_changes_nothing() {
        String cpr = TestCpr.naeste();
        medlemskabId(cpr, "AK-3F", "2024-01-01", "2024-06-30");
        medlemskabId(cpr, "AK-HK", "2024-08-01", null);

        Svar inde = medlemskab(cpr, "AK-FOA", "2024-06-01", null);
        Svar sammeStart = medlemskab(cpr, "AK-FOA", "2024-08-01", "2024-12-31");

        assertThat(inde.status()).isEqualTo(422);
        assertThat(inde.fejlkoder()).containsExactly("PERIODE_OVERLAPPER", "PERIODE_OVERLAPPER");
        assertThat(sammeStart.status()).isEqualTo(422);
        assertThat(sammeStart.fejlkoder()).containsExactly("PERIODE_OVERLAPPER");
        JsonNode medlemskaber = opslag(cpr).get("akassemedlemskaber");
        assertThat(tekster(medlemskaber, "akasse")).containsExactly("AK-3F", "AK-HK");
        assertThat(medlemskaber.get(1).get("til").isNull()).isTrue();
    }

    @Test
    void the_schema_too_allows_one_membership_a_day() {
        String cpr = TestCpr.naeste();
        medlemskabId(cpr, "AK-3F", "2024-01-01", null);

        assertThatThrownBy(() -> jdbc.sql("""
                        insert into akassemedlemskab (borger_id, akasse, fra)
                        select id, 'AK-HK', date '2024-03-01' from borger where cpr = ?""").param(cpr).update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("exclusion constraint");
    }

    @Test
    void a_membership_is_corrected_with_if_match_and_a_stale_or_missing_version_is_refused() {
        String cpr = TestCpr.naeste();
        long id = medlemskabId(cpr, "AK-3F", "2024-01-01", null);
        String sti = MEDLEMSKABER + "/" + id;

        Svar rettet = send(api.som(AKASSENS_FOEDNING), "PUT", sti, "\"1\"", Json.objekt("akasse", "AK-HK", "fra", "2024-01-01", "til", null,
                "begrundelse", "Forkert a-kasse registreret.", "ansvarligSagsbehandler", AKASSENS_SAGSBEHANDLER));
        Svar foraeldet = send("PUT", sti, "\"1\"", Json.objekt("akasse", "AK-3F", "fra", "2024-01-01", "til", null));
        Svar uden = send("PUT", sti, null, Json.objekt("akasse", "AK-3F", "fra", "2024-01-01", "til", null));

        assertThat(rettet.status()).as(rettet.toString()).isEqualTo(200);
        assertThat(rettet.header("ETag")).isEqualTo("\"2\"");
        assertThat(rettet.json().get("akasse").asString()).isEqualTo("AK-HK");
        assertThat(foraeldet.status()).isEqualTo(412);
        assertThat(foraeldet.fejlkoder()).containsExactly("VERSION_FORAELDET");
        assertThat(foraeldet.header("ETag")).isEqualTo("\"2\"");
        assertThat(uden.status()).isEqualTo(428);
        JsonNode rettelse = historik(sti).get(1);
        assertThat(rettelse.get("art").asString()).isEqualTo("RETTET");
        assertThat(rettelse.get("begrundelse").asString()).isEqualTo("Forkert a-kasse registreret.");
        assertThat(rettelse.get("aendretAf").get("myndighed").get("type").asString()).isEqualTo("AKASSE");
        assertThat(rettelse.get("aendringer").get(0).get("felt").asString()).isEqualTo("akasse");
        assertThat(rettelse.get("aendringer").get(0).get("fra").asString()).isEqualTo("AK-3F");
        assertThat(rettelse.get("aendringer").get(0).get("til").asString()).isEqualTo("AK-HK");
    }

    @Test
    void a_corrected_membership_may_not_overlap_another() {
        String cpr = TestCpr.naeste();
        medlemskabId(cpr, "AK-3F", "2024-01-01", "2024-03-31");
        long anden = medlemskabId(cpr, "AK-HK", "2024-05-01", "2024-05-31");

        Svar svar = send("PUT", MEDLEMSKABER + "/" + anden, "\"1\"", Json.objekt("akasse", "AK-HK", "fra", "2024-03-01", "til", "2024-05-31"));

        assertThat(svar.status()).isEqualTo(422);
        assertThat(svar.fejlkoder()).containsExactly("PERIODE_OVERLAPPER");
        assertThat(feed.get(MEDLEMSKABER + "/" + anden).json().get("version").asInt()).isEqualTo(1);
    }

    @Test
    void ending_a_membership_sets_its_last_day_and_the_history_shows_every_version() {
        long id = medlemskabId(TestCpr.naeste(), "AK-3F", "2024-01-01", null);
        String sti = MEDLEMSKABER + "/" + id;

        Svar foer = send("POST", sti + "/afslutning", "\"1\"", Json.objekt("til", "2023-12-31"));
        Svar afsluttet = send(api.som(AKASSENS_FOEDNING), "POST", sti + "/afslutning", "\"1\"", Json.objekt("til", "2024-06-30", "begrundelse", "Udmeldt af a-kassen.",
                "ansvarligSagsbehandler", AKASSENS_SAGSBEHANDLER));

        assertThat(foer.status()).isEqualTo(422);
        assertThat(foer.fejlkoder()).containsExactly("TIL_FOER_FRA");
        assertThat(afsluttet.status()).as(afsluttet.toString()).isEqualTo(200);
        assertThat(afsluttet.header("ETag")).isEqualTo("\"2\"");
        assertThat(afsluttet.json().get("til").asString()).isEqualTo("2024-06-30");
        JsonNode historik = historik(sti);
        assertThat(tekster(historik, "art")).containsExactly("OPRETTET", "AFSLUTTET");
        assertThat(historik.get(0).get("aendringer").valueStream().map(a -> a.get("felt").asString()).toList())
                .containsExactly("akasse", "fra");
        assertThat(historik.get(1).get("begrundelse").asString()).isEqualTo("Udmeldt af a-kassen.");
        assertThat(historik.get(1).get("aendringer").get(0).get("felt").asString()).isEqualTo("til");
        assertThat(historik.get(1).get("aendringer").get(0).get("til").asString()).isEqualTo("2024-06-30");
    }

    // Henvisning til anden aktør

    @Test
    void referrals_may_overlap_and_end_nothing() {
        String cpr = TestCpr.naeste();
        long foerste = henvisningId(cpr, "AA-4711", "2024-03-01", null);

        JsonNode anden = oprettet(henvisning(cpr, "AA-0815", "2024-04-01", "2024-05-31"));
        JsonNode igen = oprettet(henvisning(cpr, "AA-4711", "2024-04-15", "2024-04-30"));

        assertThat(anden.has("afsluttedePerioder")).isFalse();
        assertThat(igen.get("andenAktoer").asString()).isEqualTo("AA-4711");
        Svar laest = feed.get(HENVISNINGER + "/" + foerste);
        assertThat(laest.header("ETag")).as("the open referral is left as it was").isEqualTo("\"1\"");
        assertThat(laest.json().get("til").isNull()).isTrue();
        assertThat(tekster(opslag(cpr).get("andenaktoerHenvisninger"), "andenAktoer")).containsExactly("AA-4711", "AA-0815", "AA-4711");
    }

    @Test
    void a_referral_is_corrected_with_if_match_ended_and_its_history_shows_every_version() {
        long id = henvisningId(TestCpr.naeste(), "AA-4711", "2024-03-01", "2024-05-31");
        String sti = HENVISNINGER + "/" + id;

        Svar rettet = send("PUT", sti, "\"1\"", Json.objekt("andenAktoer", "AA-4711", "fra", "2024-03-01", "til", null,
                "begrundelse", "Forløbet er forlænget."));
        Svar uden = send("POST", sti + "/afslutning", null, Json.objekt("til", "2024-06-30"));
        Svar afsluttet = send("POST", sti + "/afslutning", "\"2\"", Json.objekt("til", "2024-06-30"));

        assertThat(rettet.status()).as(rettet.toString()).isEqualTo(200);
        assertThat(rettet.header("ETag")).isEqualTo("\"2\"");
        assertThat(rettet.json().get("til").isNull()).isTrue();
        assertThat(uden.status()).isEqualTo(428);
        assertThat(uden.fejlkoder()).containsExactly("IF_MATCH_MANGLER");
        assertThat(afsluttet.status()).as(afsluttet.toString()).isEqualTo(200);
        assertThat(afsluttet.header("ETag")).isEqualTo("\"3\"");
        JsonNode historik = historik(sti);
        assertThat(tekster(historik, "art")).containsExactly("OPRETTET", "RETTET", "AFSLUTTET");
        assertThat(historik.get(1).get("begrundelse").asString()).isEqualTo("Forløbet er forlænget.");
        assertThat(historik.get(2).get("aendringer").get(0).get("til").asString()).isEqualTo("2024-06-30");
    }

    // Both kinds

    @Test
    void an_unknown_id_is_404_on_every_endpoint() {
        for (String slag : List.of(MEDLEMSKABER, HENVISNINGER)) {
            String sti = slag + "/999999999";
            String kodefelt = slag.equals(MEDLEMSKABER) ? "akasse" : "andenAktoer";
            for (Svar svar : List.of(feed.get(sti), feed.get(sti + "/historik"),
                    send("PUT", sti, "\"1\"", Json.objekt(kodefelt, "X-1", "fra", "2024-01-01", "til", null)),
                    send("POST", sti + "/afslutning", "\"1\"", Json.objekt("til", "2024-01-31")))) {
                assertThat(svar.status()).as(svar.toString()).isEqualTo(404);
                assertThat(svar.fejlkoder()).containsExactly("PERIODE_FINDES_IKKE");
            }
        }
    }

    @Test
    void bad_fields_are_422_with_every_fault_named_by_its_field() {
        Svar medlemskab = medlemskab("0101", "AK 3F", "2024-13-01", null);
        Svar forLang = medlemskab(TestCpr.naeste(), "A".repeat(21), "2024-02-01", "2024-01-31");
        Svar udenAkasse = medlemskab(TestCpr.naeste(), null, null, null);
        Svar henvisning = henvisning(TestCpr.naeste(), "AA_4711", "2024-01-01", null);
        Svar udenAktoer = henvisning(TestCpr.naeste(), " ", "2024-01-01", null);
        Svar rettelse = send("PUT", MEDLEMSKABER + "/" + medlemskabId(TestCpr.naeste(), "AK-3F", "2024-01-01", null), "\"1\"",
                Json.objekt("akasse", "ÆK", "fra", "2024-01-01", "til", null));

        for (Svar svar : List.of(medlemskab, forLang, udenAkasse, henvisning, udenAktoer, rettelse)) {
            assertThat(svar.status()).as(svar.toString()).isEqualTo(422);
        }
        assertThat(fejl(medlemskab)).containsExactly("CPR_UGYLDIGT_FORMAT@cpr", "UGYLDIG_MYNDIGHEDSKODE@akasse", "UGYLDIG_DATO@fra");
        assertThat(fejl(forLang)).containsExactly("UGYLDIG_MYNDIGHEDSKODE@akasse", "TIL_FOER_FRA@til");
        assertThat(fejl(udenAkasse)).containsExactly("FELT_MANGLER@akasse", "FELT_MANGLER@fra");
        assertThat(fejl(henvisning)).containsExactly("UGYLDIG_MYNDIGHEDSKODE@andenAktoer");
        assertThat(fejl(udenAktoer)).containsExactly("FELT_MANGLER@andenAktoer");
        assertThat(fejl(rettelse)).containsExactly("UGYLDIG_MYNDIGHEDSKODE@akasse");
        assertThat(henvisning.json().get("fejl").get(0).get("besked").asString()).contains("1-20 tegn");
    }

    @Test
    void the_look_up_shows_memberships_and_referrals_beside_the_other_periods() {
        String cpr = TestCpr.naeste();
        feed.jobcenter(cpr, "101", "2024-01-01", null);
        long medlemskab = medlemskabId(cpr, "AK-3F", "2024-01-01", null);
        send("POST", MEDLEMSKABER + "/" + medlemskab + "/afslutning", "\"1\"", Json.objekt("til", "2024-03-31"));
        medlemskabId(cpr, "AK-HK", "2024-04-01", null);
        henvisningId(cpr, "AA-4711", "2024-02-01", "2024-04-30");

        JsonNode opslag = opslag(cpr);

        assertThat(tekster(opslag.get("jobcentertilknytninger"), "jobcenter")).containsExactly("101");
        JsonNode medlemskaber = opslag.get("akassemedlemskaber");
        assertThat(tekster(medlemskaber, "akasse")).containsExactly("AK-3F", "AK-HK");
        assertThat(medlemskaber.get(0).get("til").asString()).isEqualTo("2024-03-31");
        assertThat(medlemskaber.get(0).get("version").asInt()).isEqualTo(2);
        JsonNode henvisning = opslag.get("andenaktoerHenvisninger").get(0);
        assertThat(henvisning.get("andenAktoer").asString()).isEqualTo("AA-4711");
        assertThat(henvisning.get("fra").asString()).isEqualTo("2024-02-01");
        assertThat(henvisning.get("version").asInt()).isEqualTo(1);

        JsonNode ukendt = opslag(TestCpr.naeste());
        assertThat(ukendt.get("akassemedlemskaber").size()).isZero();
        assertThat(ukendt.get("andenaktoerHenvisninger").size()).isZero();
    }

    @Test
    void a_registration_is_judged_against_the_membership_and_referrals_of_the_day_held() {
        String cpr = TestCpr.naeste();
        medlemskabId(cpr, "AK-3F", "2024-01-01", "2024-02-29");
        medlemskabId(cpr, "AK-HK", "2024-03-01", null);
        henvisningId(cpr, "AA-4711", "2024-02-01", "2024-03-31");
        henvisningId(cpr, "AA-0815", "2024-03-01", null);
        henvisningId(cpr, "AA-0001", "2024-04-01", null);
        long borger = jdbc.sql("select id from borger where cpr = ?").param(cpr).query(Long.class).single();
        LocalDate dag = LocalDate.of(2024, 3, 15);

        BorgerSituation situation = grundlag.hent(borger, registrering(cpr, "2024-03-15T10:00:00Z"), Optional.empty()).situation();

        assertThat(situation.akasse(dag)).contains("AK-HK");
        assertThat(situation.henvistTil("AA-4711", dag)).isTrue();
        assertThat(situation.henvistTil("AA-0815", dag)).isTrue();
        assertThat(situation.henvistTil("AA-0001", dag)).isFalse();
        assertThat(situation.akassemedlemskaber()).as("only the periods that cover the day are read").hasSize(1);
        assertThat(situation.andenaktoerHenvisninger()).hasSize(2);
        assertThat(situation.akasse(LocalDate.of(2024, 2, 15))).as("outside what was read").isEmpty();
    }

    @Test
    void versions_of_both_kinds_are_never_changed_or_deleted() {
        String cpr = TestCpr.naeste();
        Map<String, Long> idEfterTabel = Map.of(
                "akassemedlemskab_version", medlemskabId(cpr, "AK-3F", "2024-01-01", null),
                "andenaktoer_henvisning_version", henvisningId(cpr, "AA-4711", "2024-01-01", null));

        idEfterTabel.forEach((versioner, id) -> {
            assertThatThrownBy(() -> jdbc.sql("update " + versioner + " set begrundelse = 'skjult' where id = ?").param(id).update())
                    .as(versioner).isInstanceOf(DataAccessException.class).hasMessageContaining("never changed or deleted");
            assertThatThrownBy(() -> jdbc.sql("delete from " + versioner + " where id = ?").param(id).update())
                    .as(versioner).isInstanceOf(DataAccessException.class).hasMessageContaining("never changed or deleted");
        });
        assertThat(historik(MEDLEMSKABER + "/" + idEfterTabel.get("akassemedlemskab_version")).size()).isEqualTo(1);
        assertThat(historik(HENVISNINGER + "/" + idEfterTabel.get("andenaktoer_henvisning_version")).size()).isEqualTo(1);
    }

    private static Registrering registrering(String cpr, String afholdt) {
        return new Registrering(Cpr.afLagret(cpr), Instant.parse(afholdt), Samtaletype.JOBSAMTALE, Kontaktform.PERSONLIGT_FREMMOEDE,
                null, false, null, null, new AnsvarligSagsbehandler("jc101-mhan", new Myndighed(Myndighedstype.JOBCENTER, "101")), null, null);
    }
}
