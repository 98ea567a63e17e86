package dk.samtaleregister.planlaegning;

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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Bookings through the HTTP API: create, read, change, cancel, history, and the append-only storage beneath. */
class PlanlagteSamtalerTest extends ApiTest {

    private static final String STI = "/api/v1/planlagte-samtaler";

    /** The caseworker at jobcenter 101 who books. */
    private static final Testkalder MHAN = jobcenter("101", "jc101-mhan");

    /** A colleague at jobcenter 101 who changes and cancels. */
    private static final Testkalder ABC = jobcenter("101", "jc101-abc");

    @Autowired
    private JdbcClient jdbc;

    private static Map<String, Object> ansvarlig(String ident, String type, String kode) {
        return Json.objekt("ident", ident, "myndighed", Json.objekt("type", type, "kode", kode));
    }

    /** A valid booking: a jobsamtale in person, rebookable until two days before. */
    private static Map<String, Object> booking(String cpr) {
        return Json.objekt(
                "cpr", cpr,
                "start", "2024-04-10T09:00",
                "slut", "2024-04-10T09:45",
                "samtaletype", 7,
                "kontaktform", "PERSONLIGT_FREMMOEDE",
                "sted", "Jobcenter København",
                "sagsbehandlerNavn", "Mette Hansen",
                "ansvarligSagsbehandler", MHAN.somSagsbehandler(),
                "ombookingTilladt", true,
                "ombookingFrist", "2024-04-08T12:00",
                "deltagelsesstatus", null);
    }

    /** A new citizen attached to jobcenter 101, which makes the bookings: a jobcenter books only for its own citizens. */
    private String borger() {
        String cpr = TestCpr.naeste();
        feed.jobcenter(cpr, "101", "2024-01-01", null);
        return cpr;
    }

    private long opret(Map<String, Object> krop) {
        Svar svar = api.som(MHAN).post(STI, krop);
        assertThat(svar.status()).as(svar.toString()).isEqualTo(201);
        return svar.json().get("nummer").asLong();
    }

    private Svar skift(Api som, String metode, String sti, String ifMatch, Object krop) {
        HttpRequest.Builder anmodning = HttpRequest.newBuilder(URI.create(baseUrl() + sti))
                .header("Content-Type", "application/json")
                .method(metode, HttpRequest.BodyPublishers.ofString(Api.JSON.writeValueAsString(krop)));
        if (ifMatch != null) {
            anmodning.header("If-Match", ifMatch);
        }
        return som.send(anmodning);
    }

    /** A change in the name of the caseworker who booked. */
    private Svar aendr(long nummer, String ifMatch, Map<String, Object> krop) {
        return aendr(MHAN, nummer, ifMatch, krop);
    }

    private Svar aendr(Testkalder kalder, long nummer, String ifMatch, Map<String, Object> krop) {
        return skift(api.som(kalder), "PUT", STI + "/" + nummer, ifMatch, krop);
    }

    /** A cancellation by the colleague. */
    private Svar aflys(long nummer, String ifMatch, String begrundelse) {
        return skift(api.som(ABC), "POST", STI + "/" + nummer + "/aflysning", ifMatch,
                Json.objekt("begrundelse", begrundelse, "ansvarligSagsbehandler", ABC.somSagsbehandler()));
    }

    @Test
    void a_booking_is_created_with_location_and_etag_and_read_back_in_danish_time() {
        String cpr = borger();

        Svar oprettet = api.som(MHAN).post(STI, booking(cpr));

        assertThat(oprettet.status()).as(oprettet.toString()).isEqualTo(201);
        long nummer = oprettet.json().get("nummer").asLong();
        assertThat(oprettet.header("Location")).isEqualTo(STI + "/" + nummer);
        assertThat(oprettet.header("ETag")).isEqualTo("\"1\"");
        Svar hentet = star.get(STI + "/" + nummer);
        assertThat(hentet.status()).isEqualTo(200);
        assertThat(hentet.header("ETag")).isEqualTo("\"1\"");
        JsonNode json = hentet.json();
        assertThat(json.get("cpr").asString()).isEqualTo(cpr);
        assertThat(json.get("start").asString()).isEqualTo("2024-04-10T09:00:00+02:00");
        assertThat(json.get("slut").asString()).isEqualTo("2024-04-10T09:45:00+02:00");
        assertThat(json.get("ombookingFrist").asString()).isEqualTo("2024-04-08T12:00:00+02:00");
        assertThat(json.get("samtaletype").asInt()).isEqualTo(7);
        assertThat(json.get("sted").asString()).isEqualTo("Jobcenter København");
        assertThat(json.get("ansvarligSagsbehandler").get("myndighed").get("kode").asString()).isEqualTo("101");
        assertThat(json.get("status").asString()).isEqualTo("AKTIV");
        assertThat(json.get("version").asInt()).isEqualTo(1);
        assertThat(json.get("afholdteSamtaler").isEmpty()).isTrue();
    }

    @Test
    void every_field_fault_is_reported_at_once_and_nothing_is_stored() {
        Map<String, Object> krop = Json.objekt(
                "cpr", "3102901234",
                "start", "i morgen",
                "slut", null,
                "samtaletype", 14,
                "kontaktform", "SMS",
                "sted", "x".repeat(201),
                "sagsbehandlerNavn", "y".repeat(101),
                "ansvarligSagsbehandler", ansvarlig(null, "JOBCENTER", "K101"),
                "ombookingTilladt", null,
                "deltagelsesstatus", "UKENDT");

        Svar svar = api.som(MHAN).post(STI, krop);

        assertThat(svar.status()).isEqualTo(422);
        List<String> felter = svar.json().get("fejl").valueStream().map(f -> f.get("kode").asString() + " " + f.get("felt").asString()).toList();
        assertThat(felter).containsExactly(
                "CPR_UGYLDIG_DATO cpr",
                "UGYLDIGT_TIDSPUNKT start",
                "FELT_MANGLER slut",
                "UKENDT_KODE samtaletype",
                "UKENDT_KODE kontaktform",
                "FOR_LANG sted",
                "FOR_LANG sagsbehandlerNavn",
                "FELT_MANGLER ansvarligSagsbehandler.ident",
                "UGYLDIG_MYNDIGHEDSKODE ansvarligSagsbehandler.myndighed.kode",
                "FELT_MANGLER ombookingTilladt",
                "UKENDT_KODE deltagelsesstatus");
    }

    @Test
    void slut_before_start_and_the_rebooking_window_are_checked() {
        String cpr = borger();
        Map<String, Object> omvendt = booking(cpr);
        omvendt.put("slut", "2024-04-10T08:59");
        omvendt.put("ombookingFrist", "2024-04-10T09:01");
        assertThat(api.som(MHAN).post(STI, omvendt).fejlkoder()).containsExactly("TIL_FOER_FRA", "OMBOOKINGFRIST_EFTER_START");

        Map<String, Object> udenFrist = booking(cpr);
        udenFrist.put("ombookingFrist", null);
        Svar mangler = api.som(MHAN).post(STI, udenFrist);
        assertThat(mangler.fejlkoder()).containsExactly("FELT_MANGLER");
        assertThat(mangler.json().get("fejl").get(0).get("felt").asString()).isEqualTo("ombookingFrist");

        Map<String, Object> fristUdenOmbooking = booking(cpr);
        fristUdenOmbooking.put("ombookingTilladt", false);
        assertThat(api.som(MHAN).post(STI, fristUdenOmbooking).fejlkoder()).containsExactly("OMBOOKINGFRIST_UDEN_OMBOOKING");

        Map<String, Object> ikkeOmbookbar = booking(cpr);
        ikkeOmbookbar.put("ombookingTilladt", false);
        ikkeOmbookbar.put("ombookingFrist", null);
        ikkeOmbookbar.put("start", "2024-04-10T09:00:00Z");
        ikkeOmbookbar.put("slut", "2024-04-10T09:00:00Z");
        Svar svar = api.som(MHAN).post(STI, ikkeOmbookbar);
        assertThat(svar.status()).as(svar.toString()).isEqualTo(201);
        assertThat(svar.json().get("start").asString()).isEqualTo("2024-04-10T11:00:00+02:00");
        assertThat(svar.json().get("ombookingFrist").isNull()).isTrue();
    }

    @Test
    void only_an_a_kasse_status_and_only_on_types_17_and_19() {
        String cpr = borger();
        Map<String, Object> faelles = booking(cpr);
        faelles.put("samtaletype", 17);
        faelles.put("deltagelsesstatus", "A_KASSEN_DELTOG");
        assertThat(api.som(MHAN).post(STI, faelles).status()).isEqualTo(201);

        Map<String, Object> jobsamtale = booking(cpr);
        jobsamtale.put("deltagelsesstatus", "A_KASSEN_DELTOG");
        assertThat(api.som(MHAN).post(STI, jobsamtale).fejlkoder()).containsExactly("DELTAGELSESSTATUS_PASSER_IKKE");

        Map<String, Object> rehabilitering = booking(cpr);
        rehabilitering.put("samtaletype", 18);
        rehabilitering.put("deltagelsesstatus", "BORGER_DELTOG_I_REHABILITERINGSSAMTALE");
        assertThat(api.som(MHAN).post(STI, rehabilitering).fejlkoder()).containsExactly("DELTAGELSESSTATUS_PASSER_IKKE");
    }

    @Test
    void a_change_with_the_current_version_makes_version_2_and_the_history_shows_what_changed() {
        String cpr = borger();
        long nummer = opret(booking(cpr));
        Map<String, Object> ny = booking(cpr);
        ny.put("start", "2024-04-10T13:00");
        ny.put("slut", "2024-04-10T13:45");
        ny.put("kontaktform", "DIGITALT_MOEDE");
        ny.put("sted", null);
        ny.put("ombookingTilladt", false);
        ny.put("ombookingFrist", null);
        ny.put("ansvarligSagsbehandler", ABC.somSagsbehandler());
        ny.put("begrundelse", "Borgeren bad om et digitalt møde.");

        Svar svar = aendr(ABC, nummer, "\"1\"", ny);

        assertThat(svar.status()).as(svar.toString()).isEqualTo(200);
        assertThat(svar.header("ETag")).isEqualTo("\"2\"");
        assertThat(svar.json().get("version").asInt()).isEqualTo(2);
        assertThat(svar.json().get("kontaktform").asString()).isEqualTo("DIGITALT_MOEDE");
        assertThat(star.get(STI + "/" + nummer).header("ETag")).isEqualTo("\"2\"");

        JsonNode historik = star.get(STI + "/" + nummer + "/historik").json();
        assertThat(historik.size()).isEqualTo(2);
        JsonNode oprettet = historik.get(0);
        assertThat(oprettet.get("version").asInt()).isEqualTo(1);
        assertThat(oprettet.get("art").asString()).isEqualTo("OPRETTET");
        assertThat(oprettet.get("aendretAf").get("ident").asString()).isEqualTo("jc101-mhan");
        assertThat(oprettet.get("tidspunkt").asString()).isNotBlank();
        assertThat(oprettet.get("aendringer").valueStream().map(a -> a.get("felt").asString()).toList())
                .contains("cpr", "start", "samtaletype", "ansvarligSagsbehandler.myndighed.kode", "status");
        JsonNode aendret = historik.get(1);
        assertThat(aendret.get("version").asInt()).isEqualTo(2);
        assertThat(aendret.get("art").asString()).isEqualTo("AENDRET");
        assertThat(aendret.get("aendretAf").get("ident").asString()).isEqualTo("jc101-abc");
        assertThat(aendret.get("aendretAf").get("myndighed").get("type").asString()).isEqualTo("JOBCENTER");
        assertThat(aendret.get("begrundelse").asString()).isEqualTo("Borgeren bad om et digitalt møde.");
        assertThat(aendret.get("aendringer").valueStream().map(a -> a.get("felt").asString() + ": "
                + a.get("fra").asString("null") + " -> " + a.get("til").asString("null")).toList())
                .containsExactly(
                        "start: 2024-04-10T09:00:00+02:00 -> 2024-04-10T13:00:00+02:00",
                        "slut: 2024-04-10T09:45:00+02:00 -> 2024-04-10T13:45:00+02:00",
                        "kontaktform: PERSONLIGT_FREMMOEDE -> DIGITALT_MOEDE",
                        "sted: Jobcenter København -> null",
                        "ansvarligSagsbehandler.ident: jc101-mhan -> jc101-abc",
                        "ombookingTilladt: true -> false",
                        "ombookingFrist: 2024-04-08T12:00:00+02:00 -> null");
    }

    @Test
    void a_stale_if_match_is_412_with_the_etag_of_the_current_version_and_changes_nothing() {
        String cpr = borger();
        long nummer = opret(booking(cpr));
        Map<String, Object> ny = booking(cpr);
        ny.put("sted", "Jobcenter København, lokale 2");
        assertThat(aendr(nummer, "\"1\"", ny).status()).isEqualTo(200);
        ny.put("sted", "Jobcenter København, lokale 3");

        Svar svar = aendr(nummer, "\"1\"", ny);

        assertThat(svar.status()).isEqualTo(412);
        assertThat(svar.header("ETag")).isEqualTo("\"2\"");
        assertThat(svar.fejlkoder()).containsExactly("VERSION_FORAELDET");
        assertThat(star.get(STI + "/" + nummer).json().get("sted").asString()).isEqualTo("Jobcenter København, lokale 2");
        assertThat(aflys(nummer, "\"1\"", "For sent").status()).isEqualTo(412);
    }

    @Test
    void a_change_without_if_match_is_428_and_an_unreadable_one_is_400() {
        String cpr = borger();
        long nummer = opret(booking(cpr));

        Svar uden = aendr(nummer, null, booking(cpr));
        assertThat(uden.status()).isEqualTo(428);
        assertThat(uden.fejlkoder()).containsExactly("IF_MATCH_MANGLER");
        assertThat(aflys(nummer, null, "Ingen version").status()).isEqualTo(428);
        assertThat(aendr(nummer, "en", booking(cpr)).fejlkoder()).containsExactly("UGYLDIG_IF_MATCH");
        assertThat(star.get(STI + "/" + nummer).json().get("version").asInt()).isEqualTo(1);
    }

    @Test
    void a_cancellation_makes_the_booking_aflyst_and_the_history_shows_why_and_who() {
        String cpr = borger();
        long nummer = opret(booking(cpr));

        Svar svar = aflys(nummer, "\"1\"", "Borgeren er startet i job.");

        assertThat(svar.status()).as(svar.toString()).isEqualTo(200);
        assertThat(svar.header("ETag")).isEqualTo("\"2\"");
        assertThat(svar.json().get("status").asString()).isEqualTo("AFLYST");
        assertThat(star.get(STI + "/" + nummer).json().get("status").asString()).isEqualTo("AFLYST");
        JsonNode aflyst = star.get(STI + "/" + nummer + "/historik").json().get(1);
        assertThat(aflyst.get("art").asString()).isEqualTo("AFLYST");
        assertThat(aflyst.get("begrundelse").asString()).isEqualTo("Borgeren er startet i job.");
        assertThat(aflyst.get("aendretAf").get("ident").asString()).isEqualTo("jc101-abc");
        assertThat(aflyst.get("aendringer").valueStream().map(a -> a.get("felt").asString() + ": " + a.get("fra").asString()
                + " -> " + a.get("til").asString()).toList()).containsExactly("status: AKTIV -> AFLYST");
    }

    @Test
    void a_cancellation_needs_a_reason() {
        long nummer = opret(booking(borger()));

        // As the jobcenter that booked, so that it is the fields that are judged.
        Svar svar = api.som(ABC).send(HttpRequest.newBuilder(URI.create(baseUrl() + STI + "/" + nummer + "/aflysning"))
                .header("Content-Type", "application/json").header("If-Match", "\"1\"")
                .POST(HttpRequest.BodyPublishers.ofString("{\"begrundelse\": \" \"}")));

        assertThat(svar.status()).isEqualTo(422);
        assertThat(svar.fejlkoder()).containsExactly("FELT_MANGLER");
        assertThat(svar.json().get("fejl").get(0).get("felt").asString()).isEqualTo("begrundelse");
        assertThat(aflys(nummer, "\"1\"", "z".repeat(1001)).fejlkoder()).containsExactly("FOR_LANG");
    }

    @Test
    void a_cancelled_booking_cannot_be_changed_or_cancelled_again() {
        String cpr = borger();
        long nummer = opret(booking(cpr));
        assertThat(aflys(nummer, "\"1\"", "Aflyst").status()).isEqualTo(200);

        Svar aendring = aendr(nummer, "\"2\"", booking(cpr));
        assertThat(aendring.status()).isEqualTo(422);
        assertThat(aendring.fejlkoder()).containsExactly("PLANLAGT_SAMTALE_AFLYST");
        assertThat(aflys(nummer, "\"2\"", "Igen").fejlkoder()).containsExactly("PLANLAGT_SAMTALE_AFLYST");
        assertThat(star.get(STI + "/" + nummer + "/historik").json().size()).isEqualTo(2);
    }

    @Test
    void the_citizen_of_a_booking_cannot_change() {
        String cpr = borger();
        long nummer = opret(booking(cpr));
        Map<String, Object> andenBorger = booking(borger());
        andenBorger.put("sted", "y".repeat(201));

        Svar svar = aendr(nummer, "\"1\"", andenBorger);

        assertThat(svar.status()).isEqualTo(422);
        assertThat(svar.fejlkoder()).containsExactlyInAnyOrder("FOR_LANG", "PLANLAGT_SAMTALE_ANDEN_BORGER");
        assertThat(star.get(STI + "/" + nummer).json().get("cpr").asString()).isEqualTo(cpr);
    }

    @Test
    void of_many_concurrent_changes_on_the_same_version_exactly_one_wins_and_the_history_has_no_gap() throws Exception {
        String cpr = borger();
        long nummer = opret(booking(cpr));
        int antal = 8;
        List<Callable<Integer>> aendringer = new ArrayList<>();
        for (int i = 0; i < antal; i++) {
            Map<String, Object> ny = booking(cpr);
            ny.put("sted", "Lokale " + i);
            aendringer.add(() -> aendr(nummer, "\"1\"", ny).status());
        }

        List<Integer> statusser = new ArrayList<>();
        ExecutorService traade = Executors.newFixedThreadPool(antal);
        try {
            for (Future<Integer> svar : traade.invokeAll(aendringer)) {
                statusser.add(svar.get());
            }
        } finally {
            traade.shutdownNow();
        }

        assertThat(statusser).containsOnly(200, 412);
        assertThat(statusser).filteredOn(status -> status == 200).hasSize(1);
        assertThat(star.get(STI + "/" + nummer + "/historik").json().valueStream().map(v -> v.get("version").asInt()).toList())
                .containsExactly(1, 2);
    }

    @Test
    void an_unknown_number_is_404_everywhere() {
        String cpr = borger();
        long ukendt = 999_999_999L;

        Svar hent = star.get(STI + "/" + ukendt);
        assertThat(hent.status()).isEqualTo(404);
        assertThat(hent.fejlkoder()).containsExactly("PLANLAGT_SAMTALE_FINDES_IKKE");
        assertThat(star.get(STI + "/" + ukendt + "/historik").status()).isEqualTo(404);
        assertThat(aendr(ukendt, "\"1\"", booking(cpr)).status()).isEqualTo(404);
        assertThat(aflys(ukendt, "\"1\"", "Findes ikke").status()).isEqualTo(404);
    }

    @Test
    void a_held_conversation_that_names_the_booking_is_listed_and_the_booking_is_unchanged() {
        String cpr = borger();
        feed.kontaktgruppe(cpr, 1, "2024-01-01", null);
        feed.akasse(cpr, "AK12", "2024-01-01", null);
        long nummer = opret(booking(cpr));

        Svar registreret = api.som(akasse("AK12")).registrer(samtale(cpr).med("planlagtSamtale", "" + nummer));
        assertThat(registreret.status()).as(registreret.toString()).isEqualTo(201);
        long samtalenummer = registreret.json().get("samtalenummer").asLong();

        Svar booking = star.get(STI + "/" + nummer);
        assertThat(booking.json().get("afholdteSamtaler").valueStream().map(JsonNode::asLong).toList()).containsExactly(samtalenummer);
        assertThat(booking.header("ETag")).isEqualTo("\"1\"");
        assertThat(star.get(STI + "/" + nummer + "/historik").json().size()).isEqualTo(1);
    }

    @Test
    void the_versions_are_append_only_in_the_schema() {
        long nummer = opret(booking(borger()));

        assertThatThrownBy(() -> jdbc.sql("update planlagt_samtale_version set begrundelse = 'x' where nummer = ?").param(nummer).update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from planlagt_samtale_version where nummer = ?").param(nummer).update())
                .hasMessageContaining("append-only");
        assertThat(jdbc.sql("select count(*) from planlagt_samtale_version where nummer = ?").param(nummer).query(Integer.class).single())
                .isEqualTo(1);
    }

    @Test
    void the_schema_refuses_a_current_row_without_its_version() {
        long nummer = opret(booking(borger()));

        assertThatThrownBy(() -> jdbc.sql("update planlagt_samtale set version = version + 1 where nummer = ?").param(nummer).update())
                .hasMessageContaining("planlagt_samtale_aktuel_version");
        assertThatThrownBy(() -> jdbc.sql("update planlagt_samtale set version = version + 2 where nummer = ?").param(nummer).update())
                .hasMessageContaining("must keep its citizen");
    }
}
