package dk.samtaleregister.kontaktforloeb;

import static dk.samtaleregister.test.Samtalebygger.samtale;
import static dk.samtaleregister.test.Testkalder.akasse;
import static dk.samtaleregister.test.Testkalder.andenAktoer;
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
import java.time.LocalDate;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * What the kontaktforløb scenario tests share: a citizen whose periods the feed writes, conversations registered
 * through {@code POST /api/v1/samtaler} by an authority whose own the citizen is on the day held (registration rule 9,
 * docs/registration-rules.md), and the answer of {@code POST /api/v1/kontaktforloeb} read by STAR.
 */
abstract class KontaktforloebScenarier extends ApiTest {

    static final Testkalder JOBCENTRET = jobcenter("101");
    static final Testkalder AKASSEN = akasse("AK12");
    static final Testkalder AKTOEREN = andenAktoer("AA7");

    static final String FREMMOEDE = "PERSONLIGT_FREMMOEDE";
    static final String TELEFON = "TELEFONISK";
    static final String VIDEO = "DIGITALT_MOEDE";
    static final String PAA_ARBEJDE = "MOEDE_DIREKTE_PAA_ARBEJDE";
    /** Not a direct contact, so never nulstillende (regler/nulstillende.csv, decision 1 of docs/decisions.md). */
    static final String BREV = "BREV";

    static final String HENVISNINGER = "/api/v1/andenaktoer-henvisninger";
    static final String FRAVAER = "/api/v1/fravaer";

    static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    /**
     * A fresh citizen in kontaktgruppe {@code gruppe} from {@code start}, open-ended, and from the same day attached to
     * jobcenter 101, a member of a-kasse AK12 and referred to anden aktør AA7, so that each of the three may register
     * for them (rule 9). Which of them a krav counts is the krav's business, not the set-up's.
     */
    String borger(int gruppe, LocalDate start) {
        String cpr = TestCpr.naeste();
        feed.kontaktgruppe(cpr, gruppe, start.toString(), null);
        feed.jobcenter(cpr, "101", start.toString(), null);
        feed.akasse(cpr, "AK12", start.toString(), null);
        feed.henvisning(cpr, "AA7", start.toString(), null);
        return cpr;
    }

    /** The conversation as the caller registers it, held at {@code afholdt} (ISO-8601; without an offset, Danish time). */
    static Samtalebygger samtalen(String cpr, Testkalder kalder, String afholdt, int type, String form) {
        Samtalebygger samtale = samtale(cpr).type(type).form(form).afholdt(afholdt).af(kalder);
        // Type 17 always needs a deltagelsesstatus of the a-kasse family (registration rule 6, regler/deltagelsesstatus.csv).
        return type == 17 ? samtale.status("A_KASSEN_DELTOG") : samtale;
    }

    /** Sends the registration of a conversation held at 10:00 Danish time on the day, and gives the answer whatever it is. */
    Svar forsoeg(String cpr, Testkalder kalder, LocalDate dag, int type, String form) {
        return api.som(kalder).registrer(samtalen(cpr, kalder, dag + "T10:00", type, form));
    }

    /** Registers a conversation held at 10:00 Danish time on the day; see {@link #registrer(String, Testkalder, String, int, String)}. */
    long registrer(String cpr, Testkalder kalder, LocalDate dag, int type, String form) {
        return registrer(cpr, kalder, dag + "T10:00", type, form);
    }

    /** Registers the conversation, asserts that the registry took it, and gives its samtalenummer. */
    long registrer(String cpr, Testkalder kalder, String afholdt, int type, String form) {
        Svar svar = api.som(kalder).registrer(samtalen(cpr, kalder, afholdt, type, form));
        assertThat(svar.status()).as("registering type %d %s by %s at %s: %s", type, form, kalder, afholdt, svar).isEqualTo(201);
        return svar.json().get("samtalenummer").asLong();
    }

    /** Every forløb of the citizen, judged as of {@code pr}. */
    JsonNode forloebene(String cpr, LocalDate pr) {
        Svar svar = star.post("/api/v1/kontaktforloeb", Json.objekt("cpr", cpr, "pr", pr.toString()));
        assertThat(svar.status()).as(svar.toString()).isEqualTo(200);
        return svar.json().get("kontaktforloeb");
    }

    /** The citizen's only forløb, judged as of {@code pr}. */
    JsonNode etForloeb(String cpr, LocalDate pr) {
        JsonNode alle = forloebene(cpr, pr);
        assertThat(alle.size()).as("number of forløb in %s", alle).isEqualTo(1);
        return alle.get(0);
    }

    /** The krav of the citizen's only forløb, judged as of {@code pr}. */
    JsonNode krav(String cpr, LocalDate pr, String kode) {
        return krav(etForloeb(cpr, pr), kode);
    }

    static JsonNode krav(JsonNode forloeb, String kode) {
        return forloeb.get("krav").valueStream().filter(k -> k.get("kode").asString().equals(kode)).findFirst()
                .orElseThrow(() -> new AssertionError("no krav " + kode + " in " + forloeb));
    }

    static List<String> kravkoder(JsonNode forloeb) {
        return forloeb.get("krav").valueStream().map(k -> k.get("kode").asString()).toList();
    }

    static String status(JsonNode krav) {
        return krav.get("status").asString();
    }

    static List<Long> talte(JsonNode krav) {
        return krav.get("talteSamtaler").valueStream().map(JsonNode::asLong).toList();
    }

    static Integer maal(JsonNode krav) {
        JsonNode maal = krav.get("maal");
        return maal == null || maal.isNull() ? null : maal.asInt();
    }

    static LocalDate dato(JsonNode node, String felt) {
        JsonNode vaerdi = node.get(felt);
        return vaerdi == null || vaerdi.isNull() ? null : LocalDate.parse(vaerdi.asString());
    }

    /** Ends a period of the citizen on {@code til} ({@code POST /api/v1/{periodeslag}/{id}/afslutning}), as the feed does. */
    void afslut(String sti, JsonNode periode, String til) {
        Svar svar = feed.send(HttpRequest.newBuilder(URI.create(baseUrl() + sti + "/" + periode.get("id").asLong() + "/afslutning"))
                .header("Content-Type", "application/json").header("If-Match", "\"" + periode.get("version").asLong() + "\"")
                .POST(HttpRequest.BodyPublishers.ofString(Api.JSON.writeValueAsString(Json.objekt("til", til)))));
        assertThat(svar.status()).as(svar.toString()).isEqualTo(200);
    }
}
