package dk.samtaleregister.eksport;

import static dk.samtaleregister.test.Samtalebygger.samtale;
import static dk.samtaleregister.test.Testkalder.akasse;
import static dk.samtaleregister.test.Testkalder.andenAktoer;
import static dk.samtaleregister.test.Testkalder.jobcenter;
import static org.assertj.core.api.Assertions.assertThat;

import dk.samtaleregister.test.Api;
import dk.samtaleregister.test.Api.Svar;
import dk.samtaleregister.test.ApiTest;
import dk.samtaleregister.test.Json;
import dk.samtaleregister.test.Samtalebygger;
import dk.samtaleregister.test.TestCpr;
import dk.samtaleregister.test.Testkalder;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * GET /api/v1/eksport/samtaler through HTTP: the columns and values are the single answer's, every caller gets what it
 * may read and no more, and the days are Danish days, both included.
 */
class EksportAfSamtalerTest extends ApiTest {

    private static final Testkalder JC811 = jobcenter("811");
    private static final Testkalder JC812 = jobcenter("812");
    private static final Testkalder AKASSE = akasse("AKE1");
    private static final Testkalder ANDEN_AKTOER = andenAktoer("AAE1");

    /** A dagpengemodtager attached to the jobcenter from 2024-01-01 on. */
    private String borger(Testkalder jobcenter) {
        String cpr = TestCpr.naeste();
        feed.kontaktgruppe(cpr, 1, "2024-01-01", null);
        feed.jobcenter(cpr, jobcenter.kode(), "2024-01-01", null);
        return cpr;
    }

    private static JsonNode registreret(Api som, Samtalebygger samtale) {
        Svar svar = som.registrer(samtale);
        assertThat(svar.status()).as(svar.toString()).isEqualTo(201);
        return svar.json();
    }

    private static Csv eksport(Api som, String fra, String til) {
        Svar svar = som.get("/api/v1/eksport/samtaler?fra=" + fra + "&til=" + til);
        assertThat(svar.status()).as(svar.toString()).isEqualTo(200);
        return Csv.laes(svar.tekst());
    }

    private static List<String> numre(Csv csv, String cpr) {
        return csv.hvor("cpr", cpr).stream().map(r -> r.get("samtalenummer")).toList();
    }

    private static String nummer(JsonNode samtale) {
        return samtale.get("samtalenummer").asString();
    }

    @Test
    void the_header_is_the_answers_fields_in_order_and_each_row_is_what_get_answers_field_by_field() {
        String cpr = borger(JC811);
        Svar booking = api.som(JC811).post("/api/v1/planlagte-samtaler", Json.objekt("cpr", cpr, "start", "2024-06-10T09:00",
                "slut", "2024-06-10T09:45", "samtaletype", 17, "kontaktform", "PERSONLIGT_FREMMOEDE", "sted", "Jobcentret",
                "sagsbehandlerNavn", "Mette Hansen", "ansvarligSagsbehandler", JC811.somSagsbehandler(), "ombookingTilladt", false,
                "ombookingFrist", null, "deltagelsesstatus", null));
        assertThat(booking.status()).as(booking.toString()).isEqualTo(201);
        // Winter time, and a text that needs quoting: the separator, quotes and a line break.
        JsonNode vinter = registreret(api.som(JC811), samtale(cpr).af(JC811).afholdt("2024-02-05T08:30")
                .med("samtaleinformation", "Aftalt; søger \"5\" stillinger\nom ugen.").form("TELEFONISK"));
        // Summer time, every field filled.
        JsonNode sommer = registreret(api.som(JC811), samtale(cpr).af(JC811).type(17).afholdt("2024-06-10T09:00:00+02:00")
                .med("flereMyndigheder", true).status("A_KASSEN_DELTOG").med("planlagtSamtale", booking.json().get("nummer").asString())
                .med("aftalenummer", "AFT-778").med("samtykkeloebenummer", "SAM-1").med("samtaleinformation", ""));
        Svar annulleret = api.som(JC811).send(HttpRequest.newBuilder(URI.create(baseUrl() + "/api/v1/samtaler/" + nummer(vinter) + "/annullering"))
                .header("Content-Type", "application/json").header("If-Match", "\"1\"")
                .POST(HttpRequest.BodyPublishers.ofString("{\"begrundelse\": \"Registreret på forkert borger.\"}")));
        assertThat(annulleret.status()).as(annulleret.toString()).isEqualTo(200);

        Csv csv = eksport(api.som(JC811), "2024-02-05", "2024-06-10");

        for (JsonNode samtale : List.of(vinter, sommer)) {
            Map<String, String> svar = Csv.flad(api.som(JC811).get("/api/v1/samtaler/" + nummer(samtale)).json());
            assertThat(csv.kolonner()).containsExactlyElementsOf(svar.keySet());
            assertThat(csv.hvor("samtalenummer", nummer(samtale))).containsExactly(svar);
        }
        Map<String, String> vinterraekke = csv.hvor("samtalenummer", nummer(vinter)).get(0);
        assertThat(vinterraekke).containsEntry("status", "ANNULLERET").containsEntry("version", "2")
                .containsEntry("afholdt", "2024-02-05T08:30:00+01:00").containsEntry("deltagelsesstatus", null);
        assertThat(csv.hvor("samtalenummer", nummer(sommer)).get(0)).containsEntry("afholdt", "2024-06-10T09:00:00+02:00")
                .containsEntry("flereMyndigheder", "true").containsEntry("samtaleinformation", "");
        assertThat(csv.kolonner()).containsExactly("samtalenummer", "cpr", "afholdt", "samtaletype", "kontaktform", "samtaleinformation",
                "flereMyndigheder", "deltagelsesstatus", "planlagtSamtale", "ansvarligSagsbehandler.ident",
                "ansvarligSagsbehandler.myndighed.type", "ansvarligSagsbehandler.myndighed.kode", "aftalenummer", "samtykkeloebenummer",
                "nulstillende", "status", "registreringstidspunkt", "version");
    }

    @Test
    void the_answer_is_a_csv_file_in_utf8_named_after_the_kind_and_the_days() {
        Svar svar = api.som(JC811).get("/api/v1/eksport/samtaler?fra=2024-01-01&til=2024-12-31");

        assertThat(svar.status()).isEqualTo(200);
        assertThat(svar.header("Content-Type")).isEqualTo("text/csv;charset=UTF-8");
        assertThat(svar.header("Content-Disposition")).isEqualTo("attachment; filename=\"samtaler-2024-01-01-2024-12-31.csv\"");
        assertThat(svar.tekst()).startsWith("samtalenummer;cpr;afholdt;");
    }

    @Test
    void a_jobcenter_gets_exactly_the_conversations_of_the_citizens_who_are_its_own_today() {
        String egen = borger(JC811);
        feed.henvisning(egen, ANDEN_AKTOER.kode(), "2024-01-01", "2024-04-30");
        String andens = borger(JC812);
        String tidligere = borger(JC811);
        JsonNode egenSamtale = registreret(api.som(JC811), samtale(egen).af(JC811).afholdt("2024-04-02T10:00"));
        // Registered by another authority, about the jobcenter's own citizen: the jobcenter sees it, as it would by number.
        JsonNode andenAktoers = registreret(api.som(ANDEN_AKTOER), samtale(egen).af(ANDEN_AKTOER).type(12).form("BREV")
                .afholdt("2024-04-02T11:00"));
        registreret(api.som(JC812), samtale(andens).af(JC812).afholdt("2024-04-02T10:00"));
        registreret(api.som(JC811), samtale(tidligere).af(JC811).afholdt("2024-04-02T10:00"));
        feed.jobcenter(tidligere, JC812.kode(), "2024-05-01", null);

        Csv csv = eksport(api.som(JC811), "2024-04-02", "2024-04-02");

        assertThat(numre(csv, egen)).containsExactly(nummer(egenSamtale), nummer(andenAktoers));
        assertThat(csv.hvor("cpr", andens)).isEmpty();
        assertThat(csv.hvor("cpr", tidligere)).as("attached elsewhere since 2024-05-01: not the jobcenter's own today").isEmpty();
        assertThat(csv.raekker()).extracting(r -> r.get("cpr")).containsOnly(egen);
        assertThat(eksport(api.som(JC812), "2024-04-02", "2024-04-02").raekker()).extracting(r -> r.get("cpr"))
                .containsOnly(andens, tidligere);
    }

    @Test
    void an_akasse_gets_its_members_conversations_of_the_samtaletyper_it_may_see_and_an_anden_aktoer_those_it_was_referred() {
        String medlem = borger(JC811);
        feed.akasse(medlem, AKASSE.kode(), "2024-01-01", null);
        String henvist = borger(JC811);
        feed.henvisning(henvist, ANDEN_AKTOER.kode(), "2024-01-01", null);
        JsonNode jobsamtale = registreret(api.som(AKASSE), samtale(medlem).af(AKASSE).afholdt("2024-04-03T10:00"));
        // Type 16 is legal for group 1 and the jobcenter's business: an a-kasse may not see it.
        JsonNode integrationssamtale = registreret(api.som(JC811), samtale(medlem).af(JC811).type(16).afholdt("2024-04-03T11:00"));
        JsonNode henvistesSamtale = registreret(api.som(JC811), samtale(henvist).af(JC811).afholdt("2024-04-03T10:00"));

        Csv akassens = eksport(api.som(AKASSE), "2024-04-03", "2024-04-03");
        Csv andenAktoers = eksport(api.som(ANDEN_AKTOER), "2024-04-03", "2024-04-03");

        assertThat(akassens.raekker()).extracting(r -> r.get("samtalenummer")).containsExactly(nummer(jobsamtale));
        assertThat(andenAktoers.raekker()).extracting(r -> r.get("samtalenummer")).containsExactly(nummer(henvistesSamtale));
        assertThat(numre(eksport(api.som(JC811), "2024-04-03", "2024-04-03"), medlem))
                .containsExactly(nummer(jobsamtale), nummer(integrationssamtale));
    }

    @Test
    void star_gets_every_citizens_conversations() {
        String en = borger(JC811);
        String anden = borger(JC812);
        JsonNode foerste = registreret(api.som(JC811), samtale(en).af(JC811).afholdt("2024-04-04T10:00"));
        JsonNode andensSamtale = registreret(api.som(JC812), samtale(anden).af(JC812).afholdt("2024-04-04T12:00"));

        Csv csv = eksport(star, "2024-04-04", "2024-04-04");

        assertThat(numre(csv, en)).containsExactly(nummer(foerste));
        assertThat(numre(csv, anden)).containsExactly(nummer(andensSamtale));
    }

    @Test
    void fra_and_til_are_danish_days_both_included_from_midnight_to_midnight() {
        String cpr = borger(JC811);
        Samtalebygger brev = samtale(cpr).af(JC811).type(12).form("BREV");
        JsonNode dagenFoer = registreret(api.som(JC811), brev.afholdt("2024-02-29T23:59:59"));
        // 2024-02-29T23:00Z: the day before in UTC, the first day in Danish time.
        JsonNode foersteDag = registreret(api.som(JC811), brev.afholdt("2024-03-01T00:00"));
        // Summer time from 2024-03-31 02:00: the last second of the last day is 21:59:59Z.
        JsonNode sidsteDag = registreret(api.som(JC811), brev.afholdt("2024-03-31T23:59:59"));
        JsonNode dagenEfter = registreret(api.som(JC811), brev.afholdt("2024-04-01T00:00"));

        assertThat(numre(eksport(api.som(JC811), "2024-03-01", "2024-03-31"), cpr)).containsExactly(nummer(foersteDag), nummer(sidsteDag));
        assertThat(numre(eksport(api.som(JC811), "2024-02-29", "2024-02-29"), cpr)).containsExactly(nummer(dagenFoer));
        assertThat(numre(eksport(api.som(JC811), "2024-04-01", "2024-04-01"), cpr)).containsExactly(nummer(dagenEfter));
        assertThat(numre(eksport(api.som(JC811), "2024-02-29", "2024-04-01"), cpr))
                .as("in held order").containsExactly(nummer(dagenFoer), nummer(foersteDag), nummer(sidsteDag), nummer(dagenEfter));
    }
}
