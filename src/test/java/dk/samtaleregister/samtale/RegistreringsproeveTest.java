package dk.samtaleregister.samtale;

import static dk.samtaleregister.test.Samtalebygger.samtale;
import static dk.samtaleregister.test.Testkalder.akasse;
import static dk.samtaleregister.test.Testkalder.jobcenter;
import static org.assertj.core.api.Assertions.assertThat;

import dk.samtaleregister.test.Api.Svar;
import dk.samtaleregister.test.Api;
import dk.samtaleregister.test.ApiTest;
import dk.samtaleregister.test.Json;
import dk.samtaleregister.test.Samtalebygger;
import dk.samtaleregister.test.TestCpr;
import dk.samtaleregister.test.Testkalder;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * POST /api/v1/samtaler/proeve through HTTP against the real database: it answers what a registration of the same
 * body would answer, and stores nothing: no samtale, version, event, idempotency key or citizen.
 */
class RegistreringsproeveTest extends ApiTest {

    private static final String PROEVE = "/api/v1/samtaler/proeve";

    /** What only storing a conversation gives its answer. */
    private static final Set<String> GEMMENS_FELTER = Set.of("samtalenummer", "registreringstidspunkt", "version");

    private static final List<String> TABELLER = List.of("borger", "samtale", "samtaleversion", "haendelse", "idempotensnoegle");

    @Autowired
    private JdbcClient jdbc;

    private Api ak12;

    @BeforeEach
    void kaldere() {
        ak12 = api.som(akasse("AK12"));
    }

    /** A citizen in kontaktgruppe 1 from 2024-01-01, attached to jobcenter 101 and a member of a-kasse AK12. */
    private String dagpengemodtager() {
        String cpr = TestCpr.naeste();
        feed.kontaktgruppe(cpr, 1, "2024-01-01", null);
        feed.jobcenter(cpr, "101", "2024-01-01", null);
        feed.akasse(cpr, "AK12", "2024-01-01", null);
        return cpr;
    }

    private static Svar proev(Api som, Samtalebygger samtale) {
        return som.post(PROEVE, samtale.json());
    }

    /** The row count of each table a registration writes. */
    private Map<String, Long> antal() {
        Map<String, Long> antal = new LinkedHashMap<>();
        for (String tabel : TABELLER) {
            antal.put(tabel, jdbc.sql("select count(*) from " + tabel).query(Long.class).single());
        }
        return antal;
    }

    private static JsonNode uden(JsonNode svar, Set<String> felter) {
        ObjectNode kopi = (ObjectNode) svar.deepCopy();
        felter.forEach(kopi::remove);
        return kopi;
    }

    @Test
    void an_accepted_proeve_answers_200_with_the_body_the_registrations_201_has_but_for_what_storing_gives() {
        String cpr = dagpengemodtager();
        Samtalebygger samtale = samtale(cpr).type(17).status("A_KASSEN_DELTOG").form("TELEFONISK").med("aftalenummer", "AFT-1")
                .med("samtaleinformation", "Fælles samtale om jobsøgning.");

        Svar proeve = proev(ak12, samtale);
        Svar registrering = ak12.registrer(samtale);

        assertThat(proeve.status()).as(proeve.toString()).isEqualTo(200);
        assertThat(registrering.status()).as(registrering.toString()).isEqualTo(201);
        assertThat(proeve.header("Content-Type")).startsWith("application/json");
        assertThat(proeve.header("Location")).isNull();
        assertThat(proeve.header("ETag")).isNull();
        assertThat(registrering.json().propertyNames()).containsAll(GEMMENS_FELTER);
        assertThat(proeve.json().propertyNames()).doesNotContainAnyElementsOf(GEMMENS_FELTER);
        assertThat(proeve.json()).isEqualTo(uden(registrering.json(), GEMMENS_FELTER));
        assertThat(proeve.json().get("nulstillende").asBoolean()).isTrue();
        assertThat(proeve.json().get("status").asString()).isEqualTo("AKTIV");
    }

    @Test
    void a_rejected_proeve_answers_the_registrations_422_word_for_word() {
        String cpr = dagpengemodtager();
        Api jc101 = api.som(jobcenter("101"));
        assertThat(jc101.registrer(samtale(cpr).af(jobcenter("101")).afholdt("2024-03-12T09:30")).status()).isEqualTo(201);
        Samtalebygger afvist = samtale(cpr).af(jobcenter("101")).type(15).afholdt("2024-03-12T09:30:30").med("flereMyndigheder", true);

        Svar proeve = proev(jc101, afvist);
        Svar registrering = jc101.registrer(afvist);

        assertThat(proeve.status()).isEqualTo(422);
        assertThat(proeve.fejlkoder()).containsExactly("SAMTALETYPE_KUN_FOR_MYNDIGHED", "DELTAGELSESSTATUS_MANGLER", "NULSTILLENDE_FOR_TAET");
        assertThat(uden(proeve.json(), Set.of("instance"))).isEqualTo(uden(registrering.json(), Set.of("instance")));
        assertThat(proeve.json().get("instance").asString()).isEqualTo(PROEVE);
    }

    @Test
    void bad_fields_a_refusal_and_an_unreadable_body_are_answered_as_for_a_registration() {
        String cpr = dagpengemodtager();
        Api jc147 = api.som(jobcenter("147"));
        List<Map.Entry<Api, Samtalebygger>> tilfaelde = List.of(
                Map.entry(ak12, samtale("3102901234").type(3).form("FAX").afholdt("2099-01-01T10:00")),
                Map.entry(ak12, samtale(cpr).med("begrundelse", "x".repeat(1001))),
                Map.entry(ak12, samtale(cpr).sagsbehandler("en-anden")),
                Map.entry(jc147, samtale(cpr).af(jobcenter("147"))),
                Map.entry(star, samtale(cpr).af(Testkalder.star())));
        for (Map.Entry<Api, Samtalebygger> t : tilfaelde) {
            Svar proeve = proev(t.getKey(), t.getValue());
            Svar registrering = t.getKey().registrer(t.getValue());

            assertThat(proeve.status()).as(proeve.toString()).isIn(403, 422).isEqualTo(registrering.status());
            assertThat(uden(proeve.json(), Set.of("instance"))).isEqualTo(uden(registrering.json(), Set.of("instance")));
            assertThat(proeve.tekst()).doesNotContain(cpr);
        }
        assertThat(proev(jc147, samtale(cpr).af(jobcenter("147"))).fejlkoder()).containsExactly("BORGER_IKKE_TILKNYTTET_JOBCENTER");
        for (String krop : List.of("ikke json", "{\"cpr\":\"" + cpr + "\",\"flereMyndighed\":false}", "{\"samtaletype\":\"7\"}")) {
            Svar proeve = ak12.post(PROEVE, krop);
            Svar registrering = ak12.post("/api/v1/samtaler", krop);
            assertThat(proeve.status()).as(krop).isEqualTo(400).isEqualTo(registrering.status());
            assertThat(proeve.fejlkoder()).isEqualTo(registrering.fejlkoder()).isNotEmpty();
        }
    }

    @Test
    void nothing_is_stored_whether_the_proeve_is_accepted_refused_or_for_a_citizen_the_registry_does_not_know() {
        String cpr = dagpengemodtager();
        String ukendt = TestCpr.naeste();
        Map<String, Long> foer = antal();

        assertThat(proev(ak12, samtale(cpr)).status()).isEqualTo(200);
        assertThat(proev(ak12, samtale(cpr).type(4)).status()).isEqualTo(422);
        assertThat(proev(ak12, samtale(ukendt)).status()).isEqualTo(403);

        assertThat(antal()).isEqualTo(foer);
        assertThat(star.post("/api/v1/samtaler/soeg", Json.objekt("cpr", cpr)).json()).isEmpty();
        assertThat(jdbc.sql("select count(*) from borger where cpr = ?").param(ukendt).query(Long.class).single()).isZero();
        Svar registrering = ak12.registrer(samtale(cpr));
        assertThat(registrering.status()).as("the registration the proeve judged, after it").isEqualTo(201);
        Map<String, Long> efter = antal();
        assertThat(efter.get("samtale")).isEqualTo(foer.get("samtale") + 1);
        assertThat(efter.get("samtaleversion")).isEqualTo(foer.get("samtaleversion") + 1);
        assertThat(efter.get("haendelse")).isEqualTo(foer.get("haendelse") + 1);
    }

    @Test
    void an_idempotency_key_is_ignored_so_that_nothing_is_kept_and_a_repeat_is_judged_afresh() {
        String cpr = dagpengemodtager();
        String noegle = UUID.randomUUID().toString();
        Map<String, Long> foer = antal();

        Svar foerste = medNoegle(ak12, samtale(cpr), noegle);
        assertThat(foerste.status()).as(foerste.toString()).isEqualTo(200);
        assertThat(antal()).isEqualTo(foer);
        assertThat(ak12.registrer(samtale(cpr)).status()).isEqualTo(201);
        Svar gentaget = medNoegle(ak12, samtale(cpr), noegle);

        assertThat(gentaget.header("Idempotent-Replayed")).isNull();
        assertThat(gentaget.status()).as("judged again, now against the stored registration").isEqualTo(422);
        assertThat(gentaget.fejlkoder()).contains("DUBLET");
        assertThat(jdbc.sql("select count(*) from idempotensnoegle where noegle like '% ' || ?").param(noegle).query(Long.class).single())
                .isZero();
    }

    @Test
    void the_proeve_is_audited_with_the_citizen() {
        String cpr = dagpengemodtager();

        Svar proeve = proev(ak12, samtale(cpr));

        List<Map<String, Object>> poster = jdbc.sql("select * from adgangslog where korrelations_id = ?")
                .param(proeve.header("X-Correlation-Id")).query().listOfRows();
        assertThat(poster).hasSize(1);
        assertThat(poster.get(0).get("cpr")).isEqualTo(cpr);
        assertThat(poster.get(0).get("handling")).isEqualTo("POST " + PROEVE);
        assertThat(poster.get(0).get("udfald")).isEqualTo("GODKENDT");
        assertThat(poster.get(0).get("ident")).isEqualTo("ak12-sbh");
    }

    private Svar medNoegle(Api som, Samtalebygger samtale, String noegle) {
        return som.send(HttpRequest.newBuilder(URI.create(baseUrl() + PROEVE))
                .header("Content-Type", "application/json").header("Idempotency-Key", noegle)
                .POST(HttpRequest.BodyPublishers.ofString(Api.JSON.writeValueAsString(samtale.json()))));
    }
}
