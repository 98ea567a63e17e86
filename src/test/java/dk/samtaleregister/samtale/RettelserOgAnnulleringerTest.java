package dk.samtaleregister.samtale;

import static dk.samtaleregister.test.Samtalebygger.samtale;
import static dk.samtaleregister.test.Testkalder.akasse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.samtaleregister.test.Api.Svar;
import dk.samtaleregister.test.Api;
import dk.samtaleregister.test.ApiTest;
import dk.samtaleregister.test.Json;
import dk.samtaleregister.test.Samtalebygger;
import dk.samtaleregister.test.TestCpr;
import dk.samtaleregister.test.Testkalder;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Corrections and annulments make new versions; nothing is overwritten; the history tells who changed what. */
class RettelserOgAnnulleringerTest extends ApiTest {

    /** A-kasse AK12's caseworker, who registers and corrects (the caseworker of {@link Samtalebygger}). */
    private static final Testkalder SAGSBEHANDLER = akasse("AK12");

    /** A-kasse AK12's head of section, who annuls. */
    private static final Testkalder CHEF = akasse("AK12", "ak12-chef");

    private static final Map<String, Object> ANSVARLIG = CHEF.somSagsbehandler();

    @Autowired
    JdbcClient jdbc;

    private String dagpengemodtager() {
        String cpr = TestCpr.naeste();
        feed.kontaktgruppe(cpr, 1, "2024-01-01", null);
        feed.akasse(cpr, "AK12", "2024-01-01", null);
        return cpr;
    }

    private long registrer(Samtalebygger samtale) {
        Svar svar = api.som(SAGSBEHANDLER).registrer(samtale);
        assertThat(svar.status()).as(svar.toString()).isEqualTo(201);
        assertThat(svar.header("ETag")).isEqualTo("\"1\"");
        return svar.json().get("samtalenummer").asLong();
    }

    private Svar ret(long nummer, String ifMatch, Map<String, Object> krop) {
        HttpRequest.Builder anmodning = HttpRequest.newBuilder(URI.create(baseUrl() + "/api/v1/samtaler/" + nummer))
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(Api.JSON.writeValueAsString(krop)));
        if (ifMatch != null) {
            anmodning.header("If-Match", ifMatch);
        }
        return api.som(SAGSBEHANDLER).send(anmodning);
    }

    private Svar annuller(long nummer, String ifMatch, Map<String, Object> krop) {
        HttpRequest.Builder anmodning = HttpRequest.newBuilder(URI.create(baseUrl() + "/api/v1/samtaler/" + nummer + "/annullering"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(Api.JSON.writeValueAsString(krop)));
        if (ifMatch != null) {
            anmodning.header("If-Match", ifMatch);
        }
        return api.som(CHEF).send(anmodning);
    }

    private JsonNode historik(long nummer) {
        Svar svar = star.get("/api/v1/samtaler/" + nummer + "/historik");
        assertThat(svar.status()).as(svar.toString()).isEqualTo(200);
        return svar.json();
    }

    @Test
    void a_correction_is_a_new_version_and_the_history_shows_what_changed_from_what_to_what() {
        String cpr = dagpengemodtager();
        long nummer = registrer(samtale(cpr));

        Svar rettet = ret(nummer, "\"1\"", samtale(cpr).form("TELEFONISK").med("begrundelse", "Holdt over telefonen.").json());

        assertThat(rettet.status()).as(rettet.toString()).isEqualTo(200);
        assertThat(rettet.header("ETag")).isEqualTo("\"2\"");
        assertThat(rettet.json().get("version").asInt()).isEqualTo(2);
        assertThat(rettet.json().get("kontaktform").asString()).isEqualTo("TELEFONISK");
        assertThat(star.get("/api/v1/samtaler/" + nummer).header("ETag")).isEqualTo("\"2\"");
        JsonNode historik = historik(nummer);
        assertThat(historik.size()).isEqualTo(2);
        assertThat(historik.get(0).get("art").asString()).isEqualTo("OPRETTET");
        assertThat(historik.get(0).get("aendringer").valueStream().map(a -> a.get("felt").asString()))
                .contains("afholdt", "samtaletype", "kontaktform", "ansvarligSagsbehandler.ident");
        JsonNode rettelse = historik.get(1);
        assertThat(rettelse.get("version").asInt()).isEqualTo(2);
        assertThat(rettelse.get("art").asString()).isEqualTo("RETTET");
        assertThat(rettelse.get("begrundelse").asString()).isEqualTo("Holdt over telefonen.");
        assertThat(rettelse.get("aendretAf").get("ident").asString()).isEqualTo("ak12-sbh");
        assertThat(rettelse.get("tidspunkt").asString()).isNotBlank();
        assertThat(rettelse.get("aendringer").size()).isEqualTo(1);
        assertThat(rettelse.get("aendringer").get(0).get("felt").asString()).isEqualTo("kontaktform");
        assertThat(rettelse.get("aendringer").get(0).get("fra").asString()).isEqualTo("PERSONLIGT_FREMMOEDE");
        assertThat(rettelse.get("aendringer").get(0).get("til").asString()).isEqualTo("TELEFONISK");
    }

    @Test
    void a_stale_version_is_412_with_the_current_etag_and_changes_nothing() {
        String cpr = dagpengemodtager();
        long nummer = registrer(samtale(cpr));
        assertThat(ret(nummer, "\"1\"", samtale(cpr).form("TELEFONISK").json()).status()).isEqualTo(200);

        Svar foraeldet = ret(nummer, "\"1\"", samtale(cpr).form("DIGITALT_MOEDE").json());

        assertThat(foraeldet.status()).isEqualTo(412);
        assertThat(foraeldet.fejlkoder()).containsExactly("VERSION_FORAELDET");
        assertThat(foraeldet.header("ETag")).isEqualTo("\"2\"");
        assertThat(historik(nummer).size()).isEqualTo(2);
        assertThat(star.get("/api/v1/samtaler/" + nummer).json().get("kontaktform").asString()).isEqualTo("TELEFONISK");
    }

    @Test
    void a_change_without_if_match_is_428_and_an_unreadable_one_400() {
        String cpr = dagpengemodtager();
        long nummer = registrer(samtale(cpr));
        assertThat(ret(nummer, null, samtale(cpr).json()).fejlkoder()).containsExactly("IF_MATCH_MANGLER");
        assertThat(ret(nummer, null, samtale(cpr).json()).status()).isEqualTo(428);
        assertThat(annuller(nummer, null, Json.objekt("begrundelse", "x", "ansvarligSagsbehandler", ANSVARLIG)).status()).isEqualTo(428);
        Svar ulaeselig = ret(nummer, "\"en\"", samtale(cpr).json());
        assertThat(ulaeselig.status()).isEqualTo(400);
        assertThat(ulaeselig.fejlkoder()).containsExactly("UGYLDIG_IF_MATCH");
        assertThat(ret(nummer, "W/\"1\"", samtale(cpr).form("TELEFONISK").json()).status()).isEqualTo(200);
    }

    @Test
    void every_rule_is_judged_again_as_if_the_old_version_did_not_exist() {
        String cpr = dagpengemodtager();
        long nummer = registrer(samtale(cpr).afholdt("2024-03-01T10:00"));

        // Thirty seconds later, same type: against the old version this would be a duplicate and too close.
        Svar flyttet = ret(nummer, "\"1\"", samtale(cpr).afholdt("2024-03-01T10:00:30").json());
        assertThat(flyttet.status()).as(flyttet.toString()).isEqualTo(200);

        Svar ulovlig = ret(nummer, "\"2\"", samtale(cpr).type(4).json());
        assertThat(ulovlig.status()).isEqualTo(422);
        assertThat(ulovlig.fejlkoder()).containsExactly("SAMTALETYPE_IKKE_LOVLIG");
        assertThat(historik(nummer).size()).isEqualTo(2);
    }

    @Test
    void a_correction_cannot_move_a_conversation_to_another_citizen() {
        String cpr = dagpengemodtager();
        String anden = dagpengemodtager();
        long nummer = registrer(samtale(cpr));

        Svar svar = ret(nummer, "\"1\"", samtale(anden).json());

        assertThat(svar.status()).isEqualTo(422);
        assertThat(svar.fejlkoder()).containsExactly("SAMTALE_ANDEN_BORGER");
    }

    @Test
    void an_annulled_conversation_stays_readable_and_no_longer_counts_for_any_rule() {
        String cpr = dagpengemodtager();
        long nummer = registrer(samtale(cpr).afholdt("2024-03-01T10:00"));
        assertThat(api.som(SAGSBEHANDLER).registrer(samtale(cpr).afholdt("2024-03-01T09:00")).fejlkoder()).containsExactly("FOER_SENESTE_NULSTILLENDE");

        Svar annulleret = annuller(nummer, "\"1\"", Json.objekt("begrundelse", "Registreret på forkert borger.", "ansvarligSagsbehandler", ANSVARLIG));

        assertThat(annulleret.status()).as(annulleret.toString()).isEqualTo(200);
        assertThat(annulleret.json().get("status").asString()).isEqualTo("ANNULLERET");
        assertThat(annulleret.header("ETag")).isEqualTo("\"2\"");
        assertThat(star.get("/api/v1/samtaler/" + nummer).json().get("status").asString()).isEqualTo("ANNULLERET");
        JsonNode annullering = historik(nummer).get(1);
        assertThat(annullering.get("art").asString()).isEqualTo("ANNULLERET");
        assertThat(annullering.get("begrundelse").asString()).isEqualTo("Registreret på forkert borger.");
        assertThat(annullering.get("aendretAf").get("ident").asString()).isEqualTo("ak12-chef");
        assertThat(annullering.get("aendringer").get(0).get("felt").asString()).isEqualTo("annulleret");
        // Neither ordering nor duplicates see it any more.
        assertThat(api.som(SAGSBEHANDLER).registrer(samtale(cpr).afholdt("2024-03-01T09:00")).status()).isEqualTo(201);
        assertThat(api.som(SAGSBEHANDLER).registrer(samtale(cpr).afholdt("2024-03-01T10:00")).status()).isEqualTo(201);
        assertThat(star.post("/api/v1/samtaler/soeg", Json.objekt("cpr", cpr)).json().size()).isEqualTo(3);
    }

    @Test
    void an_annulled_conversation_cannot_be_corrected_or_annulled_again() {
        String cpr = dagpengemodtager();
        long nummer = registrer(samtale(cpr));
        assertThat(annuller(nummer, "\"1\"", Json.objekt("begrundelse", "Fejl.", "ansvarligSagsbehandler", ANSVARLIG)).status()).isEqualTo(200);

        assertThat(ret(nummer, "\"2\"", samtale(cpr).json()).fejlkoder()).containsExactly("SAMTALE_ANNULLERET");
        assertThat(annuller(nummer, "\"2\"", Json.objekt("begrundelse", "Igen.", "ansvarligSagsbehandler", ANSVARLIG)).fejlkoder())
                .containsExactly("SAMTALE_ANNULLERET");
    }

    @Test
    void an_annulment_needs_a_reason() {
        String cpr = dagpengemodtager();
        long nummer = registrer(samtale(cpr));

        Svar svar = annuller(nummer, "\"1\"", Json.objekt("begrundelse", " "));

        assertThat(svar.status()).isEqualTo(422);
        assertThat(svar.fejlkoder()).containsExactly("FELT_MANGLER");
        assertThat(svar.json().get("fejl").get(0).get("felt").asString()).isEqualTo("begrundelse");
        assertThat(historik(nummer).size()).isEqualTo(1);
    }

    @Test
    void only_the_authority_that_registered_a_conversation_may_change_it_though_others_may_see_it() {
        String cpr = dagpengemodtager();
        feed.jobcenter(cpr, "101", "2024-01-01", null);
        long nummer = registrer(samtale(cpr));
        Api jobcenter = api.som(Testkalder.jobcenter("101"));
        assertThat(jobcenter.get("/api/v1/samtaler/" + nummer).status()).isEqualTo(200);

        Svar rettelse = jobcenter.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/api/v1/samtaler/" + nummer))
                .header("Content-Type", "application/json").header("If-Match", "\"1\"")
                .PUT(HttpRequest.BodyPublishers.ofString(Api.JSON.writeValueAsString(samtale(cpr).uden("ansvarligSagsbehandler").json()))));
        Svar annullering = jobcenter.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/api/v1/samtaler/" + nummer + "/annullering"))
                .header("Content-Type", "application/json").header("If-Match", "\"1\"")
                .POST(HttpRequest.BodyPublishers.ofString(Api.JSON.writeValueAsString(Json.objekt("begrundelse", "Ikke vores.")))));

        assertThat(rettelse.status()).isEqualTo(403);
        assertThat(rettelse.fejlkoder()).containsExactly("ANDEN_MYNDIGHEDS_SAMTALE");
        assertThat(annullering.status()).isEqualTo(403);
        assertThat(annullering.fejlkoder()).containsExactly("ANDEN_MYNDIGHEDS_SAMTALE");
        assertThat(historik(nummer).size()).isEqualTo(1);
    }

    @Test
    void changes_to_an_unknown_conversation_are_404() {
        assertThat(ret(987654321L, "\"1\"", samtale(TestCpr.naeste()).json()).fejlkoder()).containsExactly("SAMTALE_FINDES_IKKE");
        assertThat(annuller(987654321L, "\"1\"", Json.objekt("begrundelse", "x", "ansvarligSagsbehandler", ANSVARLIG)).status()).isEqualTo(404);
        assertThat(star.get("/api/v1/samtaler/987654321/historik").status()).isEqualTo(404);
    }

    @Test
    void versions_are_never_updated_or_deleted_and_the_current_one_must_exist() {
        String cpr = dagpengemodtager();
        long nummer = registrer(samtale(cpr));

        assertThatThrownBy(() -> jdbc.sql("update samtaleversion set begrundelse = 'x' where samtalenummer = ?").param(nummer).update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from samtaleversion where samtalenummer = ?").param(nummer).update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("update samtale set version = 2 where samtalenummer = ?").param(nummer).update())
                .hasMessageContaining("samtale_aktuel_version");
        assertThatThrownBy(() -> jdbc.sql("""
                insert into samtaleversion (samtalenummer, version, art, afholdt, samtaletype, kontaktform, flere_myndigheder,
                    sagsbehandler_ident, myndighedstype, myndighedskode, nulstillende, annulleret, aendret_af_ident,
                    aendret_af_myndighedstype, aendret_af_myndighedskode)
                select samtalenummer, 3, 'RETTET', afholdt, samtaletype, kontaktform, flere_myndigheder, sagsbehandler_ident,
                    myndighedstype, myndighedskode, nulstillende, false, 'x', 'AKASSE', 'AK12' from samtale where samtalenummer = ?
                """).param(nummer).update())
                .as("a version 3 without a version 2 breaks the chain").hasMessageContaining("samtaleversion");
    }
}
