package dk.samtaleregister.haendelse;

import static dk.samtaleregister.test.Samtalebygger.samtale;
import static dk.samtaleregister.test.Testkalder.akasse;
import static dk.samtaleregister.test.Testkalder.andenAktoer;
import static dk.samtaleregister.test.Testkalder.jobcenter;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.samtaleregister.adgang.application.Kald;
import dk.samtaleregister.adgang.domain.Kalder;
import dk.samtaleregister.adgang.domain.Rolle;
import dk.samtaleregister.borger.application.BorgerService;
import dk.samtaleregister.borger.domain.Aendring;
import dk.samtaleregister.borger.domain.Fravaer;
import dk.samtaleregister.borger.domain.Periodeslag;
import dk.samtaleregister.faelles.domain.Cpr;
import dk.samtaleregister.faelles.domain.Myndighed;
import dk.samtaleregister.faelles.domain.Myndighedstype;
import dk.samtaleregister.faelles.domain.Periode;
import dk.samtaleregister.regler.domain.Fravaerstype;
import dk.samtaleregister.test.Api;
import dk.samtaleregister.test.Api.Svar;
import dk.samtaleregister.test.ApiTest;
import dk.samtaleregister.test.Json;
import dk.samtaleregister.test.TestCpr;
import dk.samtaleregister.test.Testkalder;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Every change writes one event in its own transaction, with the new state exactly as the API answered it; the feed
 * answers them in position order, to each caller as far as it may see, and every read is one audit record.
 */
class HaendelserTest extends ApiTest {

    private static final Testkalder JC101 = jobcenter("101");
    private static final Testkalder AK12 = akasse("AK12");

    @Autowired
    private JdbcClient jdbc;

    @Autowired
    private BorgerService borgere;

    @Autowired
    private PlatformTransactionManager transaktioner;

    /** The feed's last position now, read as STAR. */
    private long sidste() {
        return laes(star, 0, 1).get("sidstePosition").asLong();
    }

    private static JsonNode laes(Api som, long efter, int max) {
        Svar svar = som.get("/api/v1/haendelser?efter=" + efter + "&max=" + max);
        assertThat(svar.status()).as(svar.toString()).isEqualTo(200);
        return svar.json();
    }

    /** Every event after {@code efter} that the caller sees, read page by page to the end of the feed. */
    private static List<JsonNode> alleEfter(Api som, long efter) {
        List<JsonNode> haendelser = new ArrayList<>();
        long position = efter;
        while (true) {
            JsonNode side = laes(som, position, 1000);
            side.get("haendelser").forEach(haendelser::add);
            long naeste = side.get("naesteEfter").asLong();
            if (naeste == side.get("sidstePosition").asLong()) {
                return haendelser;
            }
            position = naeste;
        }
    }

    private static List<JsonNode> om(String cpr, List<JsonNode> haendelser) {
        return haendelser.stream().filter(h -> h.get("cpr").asString().equals(cpr)).toList();
    }

    private static List<String> typer(List<JsonNode> haendelser) {
        return haendelser.stream().map(h -> h.get("type").asString()).toList();
    }

    private Svar medIfMatch(Testkalder som, String metode, String sti, String version, Map<String, Object> krop) {
        return api.som(som).send(HttpRequest.newBuilder(URI.create(baseUrl() + sti)).header("Content-Type", "application/json")
                .header("If-Match", "\"" + version + "\"").method(metode, HttpRequest.BodyPublishers.ofString(Api.JSON.writeValueAsString(krop))));
    }

    private static Svar ok(Svar svar, int status) {
        assertThat(svar.status()).as(svar.toString()).isEqualTo(status);
        return svar;
    }

    private String dagpengemodtager() {
        String cpr = TestCpr.naeste();
        feed.kontaktgruppe(cpr, 1, "2024-01-01", null);
        feed.jobcenter(cpr, "101", "2024-01-01", null);
        feed.akasse(cpr, "AK12", "2024-01-01", null);
        return cpr;
    }

    private static Map<String, Object> booking(String cpr) {
        return Json.objekt("cpr", cpr, "start", "2024-04-10T09:00", "slut", "2024-04-10T09:45", "samtaletype", 7,
                "kontaktform", "PERSONLIGT_FREMMOEDE", "sted", "Jobcenter København", "sagsbehandlerNavn", "Mette Hansen",
                "ansvarligSagsbehandler", JC101.somSagsbehandler(), "ombookingTilladt", false, "ombookingFrist", null,
                "deltagelsesstatus", null);
    }

    @Test
    void every_change_of_every_kind_writes_one_event_whose_state_is_the_answer_the_api_gave() {
        long foer = sidste();
        String cpr = TestCpr.naeste();
        List<JsonNode> svar = new ArrayList<>();
        svar.add(feed.kontaktgruppe(cpr, 1, "2024-01-01", null));
        svar.add(feed.jobcenter(cpr, "101", "2024-01-01", null));
        svar.add(feed.akasse(cpr, "AK12", "2024-01-01", null));
        svar.add(feed.henvisning(cpr, "AA01", "2024-01-01", "2024-12-31"));
        svar.add(feed.undtagelse(cpr, "SELV_I_JOB", "2024-06-01", "2024-06-30"));
        JsonNode fravaer = feed.fravaer(cpr, "UDDANNELSE", "2024-02-01", null);
        svar.add(fravaer);
        svar.add(ok(medIfMatch(Testkalder.feed(), "PUT", "/api/v1/fravaer/" + fravaer.get("id").asLong(), "1",
                Json.objekt("fravaerstype", "UDDANNELSE", "fra", "2024-02-01", "til", "2024-02-10")), 200).json());
        svar.add(ok(medIfMatch(Testkalder.feed(), "POST", "/api/v1/fravaer/" + fravaer.get("id").asLong() + "/afslutning", "2",
                Json.objekt("til", "2024-02-05")), 200).json());

        JsonNode samtale = ok(api.som(AK12).registrer(samtale(cpr)), 201).json();
        svar.add(samtale);
        long nummer = samtale.get("samtalenummer").asLong();
        svar.add(ok(medIfMatch(AK12, "PUT", "/api/v1/samtaler/" + nummer, "1", samtale(cpr).form("TELEFONISK").json()), 200).json());
        svar.add(ok(medIfMatch(AK12, "POST", "/api/v1/samtaler/" + nummer + "/annullering", "2",
                Json.objekt("begrundelse", "Registreret på den forkerte borger.")), 200).json());

        JsonNode booking = ok(api.som(JC101).post("/api/v1/planlagte-samtaler", booking(cpr)), 201).json();
        svar.add(booking);
        long bookingnummer = booking.get("nummer").asLong();
        Map<String, Object> flyttet = booking(cpr);
        flyttet.put("start", "2024-04-11T09:00");
        flyttet.put("slut", "2024-04-11T09:45");
        svar.add(ok(medIfMatch(JC101, "PUT", "/api/v1/planlagte-samtaler/" + bookingnummer, "1", flyttet), 200).json());
        svar.add(ok(medIfMatch(JC101, "POST", "/api/v1/planlagte-samtaler/" + bookingnummer + "/aflysning", "2",
                Json.objekt("begrundelse", "Borgeren er syg.")), 200).json());

        // A new kontaktgruppe period inside the open one ends it: two events, the ended period's first.
        JsonNode nyGruppe = feed.kontaktgruppe(cpr, 2, "2024-09-01", null);

        List<JsonNode> haendelser = om(cpr, alleEfter(star, foer));
        assertThat(typer(haendelser)).containsExactly(
                "KONTAKTGRUPPEPERIODE_OPRETTET", "JOBCENTERTILKNYTNING_OPRETTET", "AKASSEMEDLEMSKAB_OPRETTET",
                "ANDENAKTOER_HENVISNING_OPRETTET", "UNDTAGELSE_OPRETTET", "FRAVAER_OPRETTET", "FRAVAER_RETTET", "FRAVAER_AFSLUTTET",
                "SAMTALE_OPRETTET", "SAMTALE_RETTET", "SAMTALE_ANNULLERET",
                "PLANLAGT_SAMTALE_OPRETTET", "PLANLAGT_SAMTALE_AENDRET", "PLANLAGT_SAMTALE_AFLYST",
                "KONTAKTGRUPPEPERIODE_AFSLUTTET", "KONTAKTGRUPPEPERIODE_OPRETTET");
        for (int i = 0; i < svar.size(); i++) {
            assertThat(haendelser.get(i).get("tilstand")).as(haendelser.get(i).get("type").asString()).isEqualTo(svar.get(i));
        }
        JsonNode endt = haendelser.get(14);
        assertThat(endt.get("entitetId").asLong()).isEqualTo(svar.get(0).get("id").asLong());
        assertThat(endt.get("version").asInt()).isEqualTo(2);
        assertThat(endt.get("tilstand").get("til").asString()).isEqualTo("2024-08-31");
        assertThat(haendelser.get(15).get("tilstand")).isEqualTo(nyGruppe);

        JsonNode registreret = haendelser.get(8);
        assertThat(registreret.get("entitet").asString()).isEqualTo("samtale");
        assertThat(registreret.get("entitetId").asLong()).isEqualTo(nummer);
        assertThat(registreret.get("version").asInt()).isEqualTo(1);
        assertThat(registreret.get("kalder")).isEqualTo(Api.JSON.valueToTree(AK12.somSagsbehandler()));
        assertThat(registreret.get("registreret").asString()).isNotEmpty();
        assertThat(haendelser.get(10).get("version").asInt()).isEqualTo(3);
        assertThat(haendelser.get(0).get("kalder").get("myndighed").get("type").asString()).isEqualTo("STAR");
        assertThat(haendelser.stream().map(h -> h.get("id").asLong()).distinct()).hasSize(haendelser.size());
    }

    @Test
    void a_refused_change_writes_no_event_and_a_rolled_back_one_leaves_none() {
        String cpr = dagpengemodtager();
        long foer = sidste();
        ok(api.som(AK12).registrer(samtale(cpr).type(4)), 422);
        ok(feed.post("/api/v1/kontaktgruppeperioder", Json.objekt("cpr", cpr, "kontaktgruppe", 2, "fra", "2023-06-01", "til", "2024-02-01")), 422);

        long raekker = jdbc.sql("select count(*) from haendelse").query(Long.class).single();
        Kald kald = new Kald(new Kalder(new Myndighed(Myndighedstype.STAR, "STAR"), "feed", Set.of(Rolle.SYSTEM)), "test");
        long undervejs = new TransactionTemplate(transaktioner).execute(status -> {
            borgere.registrer(kald, Periodeslag.FRAVAER, Cpr.afLagret(cpr), new Fravaer(0, Fravaerstype.UDDANNELSE,
                    new Periode(LocalDate.parse("2024-05-01"), null)), new Aendring(kald.kalder().somSagsbehandler(), null));
            status.setRollbackOnly();
            return jdbc.sql("select count(*) from haendelse").query(Long.class).single();
        });

        assertThat(undervejs).as("the event was written inside the transaction").isEqualTo(raekker + 1);
        assertThat(jdbc.sql("select count(*) from haendelse").query(Long.class).single()).isEqualTo(raekker);
        assertThat(om(cpr, alleEfter(star, foer))).isEmpty();
    }

    @Test
    void an_event_is_never_changed_or_removed_and_gets_its_position_once() {
        String cpr = dagpengemodtager();
        sidste();
        long id = jdbc.sql("select max(h.id) from haendelse h join borger b on b.id = h.borger_id where b.cpr = ?").param(cpr)
                .query(Long.class).single();

        for (String sql : List.of("update haendelse set tilstand = '{}' where id = ?", "update haendelse set position = null where id = ?",
                "update haendelse set position = position + 1000000 where id = ?", "delete from haendelse where id = ?")) {
            assertThatThrownBy(() -> jdbc.sql(sql).param(id).update()).as(sql).isInstanceOf(DataAccessException.class)
                    .hasMessageContaining("haendelse is append-only");
        }
    }

    @Test
    void positions_run_on_without_gaps_and_the_answer_says_where_to_ask_from_next() {
        String cpr = dagpengemodtager();
        for (int i = 0; i < 3; i++) {
            feed.fravaer(cpr, "UDDANNELSE", "2024-0" + (i + 2) + "-01", "2024-0" + (i + 2) + "-10");
        }
        long sidste = sidste();

        JsonNode side = laes(star, sidste - 5, 2);
        List<Long> positioner = new ArrayList<>();
        side.get("haendelser").forEach(h -> positioner.add(h.get("position").asLong()));
        assertThat(positioner).containsExactly(sidste - 4, sidste - 3);
        assertThat(side.get("naesteEfter").asLong()).isEqualTo(sidste - 3);

        JsonNode resten = laes(star, sidste - 3, 100);
        assertThat(resten.get("haendelser")).hasSize(3);
        assertThat(resten.get("haendelser").get(0).get("position").asLong()).isEqualTo(sidste - 2);
        assertThat(resten.get("naesteEfter").asLong()).isEqualTo(sidste);
        assertThat(laes(star, sidste, 100).get("haendelser")).isEmpty();
        assertThat(laes(star, sidste, 100).get("naesteEfter").asLong()).isEqualTo(sidste);

        Svar standard = star.get("/api/v1/haendelser");
        assertThat(standard.json().get("haendelser").size()).isEqualTo((int) Math.min(100, sidste));
        assertThat(standard.json().get("haendelser").get(0).get("position").asLong()).isEqualTo(1);
    }

    @Test
    void a_position_or_a_size_that_is_no_whole_number_within_bounds_is_refused_with_every_fault() {
        Svar begge = star.get("/api/v1/haendelser?efter=-1&max=1001");
        assertThat(begge.status()).isEqualTo(400);
        assertThat(begge.fejlkoder()).containsExactly("TAL_UDEN_FOR_GRAENSER", "TAL_UDEN_FOR_GRAENSER");
        assertThat(begge.json().get("fejl").get(0).get("felt").asString()).isEqualTo("efter");
        assertThat(begge.json().get("fejl").get(1).get("besked").asString()).isEqualTo("Parameteren skal være et helt tal fra 1 til 1000.");
        for (String forkert : List.of("max=0", "max=abc", "max=7.5", "efter=x", "efter=99999999999999999999")) {
            assertThat(star.get("/api/v1/haendelser?" + forkert).fejlkoder()).as(forkert).containsExactly("TAL_UDEN_FOR_GRAENSER");
        }
        assertThat(star.get("/api/v1/haendelser?max=1000").status()).isEqualTo(200);
        assertThat(api.get("/api/v1/haendelser").status()).isEqualTo(401);
    }

    @Test
    void each_caller_sees_the_events_of_its_own_citizens_and_an_akasse_only_the_samtaletyper_it_may_see() {
        long foer = sidste();
        String medlem = dagpengemodtager();
        feed.henvisning(medlem, "AA01", "2024-01-01", null);
        String andenBorger = TestCpr.naeste();
        feed.kontaktgruppe(andenBorger, 1, "2024-01-01", null);
        feed.jobcenter(andenBorger, "147", "2024-01-01", null);
        ok(api.som(AK12).registrer(samtale(medlem)), 201);
        // Type 16 is legal for group 1 and the jobcenter's business: an a-kasse may not see it.
        ok(api.som(JC101).registrer(samtale(medlem).type(16).afholdt("2024-03-02T10:00").af(JC101)), 201);

        assertThat(typer(om(medlem, alleEfter(api.som(JC101), foer)))).containsExactly("KONTAKTGRUPPEPERIODE_OPRETTET",
                "JOBCENTERTILKNYTNING_OPRETTET", "AKASSEMEDLEMSKAB_OPRETTET", "ANDENAKTOER_HENVISNING_OPRETTET", "SAMTALE_OPRETTET",
                "SAMTALE_OPRETTET");
        assertThat(alleEfter(api.som(JC101), foer)).noneMatch(h -> h.get("cpr").asString().equals(andenBorger));
        assertThat(typer(om(andenBorger, alleEfter(api.som(jobcenter("147")), foer)))).containsExactly("KONTAKTGRUPPEPERIODE_OPRETTET",
                "JOBCENTERTILKNYTNING_OPRETTET");

        List<JsonNode> akassens = alleEfter(api.som(AK12), foer);
        assertThat(akassens).noneMatch(h -> h.get("cpr").asString().equals(andenBorger));
        assertThat(om(medlem, akassens)).filteredOn(h -> h.get("entitet").asString().equals("samtale"))
                .extracting(h -> h.get("tilstand").get("samtaletype").asInt()).containsExactly(7);
        assertThat(typer(om(medlem, alleEfter(api.som(andenAktoer("AA01")), foer)))).hasSize(6);
        assertThat(alleEfter(api.som(andenAktoer("AA02")), foer)).isEmpty();
        assertThat(om(andenBorger, alleEfter(star, foer))).hasSize(2);
    }

    @Test
    void a_caller_that_may_see_nothing_of_a_page_is_still_told_to_ask_from_after_it() {
        String cpr = dagpengemodtager();
        feed.fravaer(cpr, "UDDANNELSE", "2024-02-01", "2024-02-10");
        long sidste = sidste();

        JsonNode side = laes(api.som(jobcenter("860")), sidste - 4, 100);

        assertThat(side.get("haendelser")).isEmpty();
        assertThat(side.get("naesteEfter").asLong()).isEqualTo(sidste);
    }

    @Test
    void a_read_of_the_feed_is_one_audit_record_that_a_search_for_any_citizen_it_carried_finds() {
        String cpr = dagpengemodtager();
        String ikkeLaest = dagpengemodtager();
        long sidste = sidste();
        Svar laest = api.som(JC101).get("/api/v1/haendelser?efter=" + (sidste - 6) + "&max=3");
        assertThat(laest.json().get("haendelser")).allMatch(h -> h.get("cpr").asString().equals(cpr));
        String korrelation = laest.header("X-Correlation-Id");

        JsonNode poster = ok(star.post("/api/v1/audit/soeg", Json.objekt("cpr", cpr)), 200).json().get("poster");
        List<JsonNode> feedlaesninger = new ArrayList<>();
        poster.forEach(p -> {
            if (p.get("korrelationsId").asString().equals(korrelation)) {
                feedlaesninger.add(p);
            }
        });
        assertThat(feedlaesninger).hasSize(1);
        JsonNode post = feedlaesninger.get(0);
        assertThat(post.get("handling").asString()).isEqualTo("GET /api/v1/haendelser");
        assertThat(post.get("ident").asString()).isEqualTo(JC101.ident());
        assertThat(post.get("cpr").isNull()).isTrue();
        assertThat(post.get("positioner").get("foerste").asLong()).isEqualTo(sidste - 5);
        assertThat(post.get("positioner").get("sidste").asLong()).isEqualTo(sidste - 3);
        assertThat(jdbc.sql("select count(*) from adgangslog where korrelations_id = ?").param(korrelation).query(Long.class).single())
                .isEqualTo(1);

        JsonNode andres = ok(star.post("/api/v1/audit/soeg", Json.objekt("cpr", ikkeLaest)), 200).json().get("poster");
        andres.forEach(p -> assertThat(p.get("korrelationsId").asString()).isNotEqualTo(korrelation));
    }
}
