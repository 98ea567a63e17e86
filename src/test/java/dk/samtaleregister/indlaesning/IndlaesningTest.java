package dk.samtaleregister.indlaesning;

import static dk.samtaleregister.test.Testkalder.jobcenter;
import static org.assertj.core.api.Assertions.assertThat;

import dk.samtaleregister.test.Api;
import dk.samtaleregister.test.Api.Svar;
import dk.samtaleregister.test.ApiTest;
import dk.samtaleregister.test.Json;
import dk.samtaleregister.test.TestCpr;
import dk.samtaleregister.test.Testkalder;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * A bulk import judges every row by the API's rules, loads each citizen's rows together or not at all, writes the
 * events and the audit of each, and tells every rejected row by its line.
 */
class IndlaesningTest extends ApiTest {

    private static final String SAMTALER = "cpr;afholdt;samtaletype;kontaktform;samtaleinformation;flereMyndigheder;deltagelsesstatus;"
            + "planlagtSamtale;ansvarligSagsbehandler.ident;ansvarligSagsbehandler.myndighed.type;ansvarligSagsbehandler.myndighed.kode";

    @Autowired
    private JdbcClient jdbc;

    private Svar importer(Api som, String art, String csv, String... headers) {
        HttpRequest.Builder anmodning = HttpRequest.newBuilder(URI.create(baseUrl() + "/api/v1/import/" + art))
                .header("Content-Type", "text/csv").POST(HttpRequest.BodyPublishers.ofString(csv));
        for (int i = 0; i < headers.length; i += 2) {
            anmodning.header(headers[i], headers[i + 1]);
        }
        return som.send(anmodning);
    }

    private static String samtale(String cpr, String afholdt, int type) {
        return cpr + ";" + afholdt + ";" + type + ";PERSONLIGT_FREMMOEDE;Aftalt jobsøgning.;false;;;jc101-mhan;JOBCENTER;101";
    }

    private String dagpengemodtager() {
        String cpr = TestCpr.naeste();
        feed.kontaktgruppe(cpr, 1, "2024-01-01", null);
        feed.jobcenter(cpr, "101", "2024-01-01", null);
        return cpr;
    }

    private long samtaler(String cpr) {
        return jdbc.sql("select count(*) from samtale s join borger b on b.id = s.borger_id where b.cpr = ?").param(cpr).query(Long.class).single();
    }

    private List<JsonNode> haendelser(String cpr) {
        List<JsonNode> haendelser = new ArrayList<>();
        long efter = 0;
        while (true) {
            JsonNode side = star.get("/api/v1/haendelser?max=1000&efter=" + efter).json();
            side.get("haendelser").forEach(h -> {
                if (h.get("cpr").asString().equals(cpr)) {
                    haendelser.add(h);
                }
            });
            efter = side.get("naesteEfter").asLong();
            if (efter == side.get("sidstePosition").asLong()) {
                return haendelser;
            }
        }
    }

    @Test
    void conversations_are_judged_in_held_order_and_a_citizen_with_a_refused_row_loads_nothing() throws IOException {
        String godkendt = dagpengemodtager();
        String afvist = dagpengemodtager();
        String ukendt = TestCpr.naeste();
        String csv = SAMTALER + "\n"
                + samtale(godkendt, "2024-03-05T10:00", 7) + "\n"          // line 2
                + samtale(afvist, "2024-03-01T10:00", 7) + "\n"            // line 3
                + samtale(godkendt, "2024-03-01T10:00", 7) + "\n"          // line 4: held first
                + samtale(afvist, "2024-03-02T10:00", 4) + "\n"            // line 5: type 4 is not legal in group 1
                + samtale(ukendt, "2024-03-01T10:00", 7) + "\n";           // line 6: the registry does not know the citizen

        Svar svar = importer(feed, "samtaler", csv);
        Svar somCsv = importer(feed, "samtaler", csv, "Accept", "text/csv");

        assertThat(svar.status()).as(svar.toString()).isEqualTo(200);
        // The report docs/import.md shows.
        Files.writeString(Path.of("target/importrapport.json"), svar.tekst() + "\n" + somCsv.tekst());
        JsonNode rapport = svar.json();
        assertThat(rapport.get("raekker").asLong()).isEqualTo(5);
        assertThat(rapport.get("indlaest").asLong()).isEqualTo(2);
        assertThat(rapport.get("afvist").asLong()).isEqualTo(3);
        JsonNode afviste = rapport.get("afviste");
        assertThat(afviste.get(0).get("linje").asLong()).isEqualTo(3);
        assertThat(afviste.get(0).get("fejl").get(0).get("kode").asString()).isEqualTo("BORGER_AFVIST_I_FILEN");
        assertThat(afviste.get(0).get("fejl").get(0).get("besked").asString()).contains("linje 5");
        assertThat(afviste.get(1).get("linje").asLong()).isEqualTo(5);
        assertThat(afviste.get(1).get("fejl").get(0).get("kode").asString()).isEqualTo("SAMTALETYPE_IKKE_LOVLIG");
        assertThat(afviste.get(2).get("linje").asLong()).isEqualTo(6);
        assertThat(afviste.get(2).get("fejl").get(0).get("kode").asString()).isEqualTo("BORGER_IKKE_TILKNYTTET_JOBCENTER");
        assertThat(svar.tekst()).doesNotContain(godkendt, afvist, ukendt);

        assertThat(samtaler(godkendt)).isEqualTo(2);
        assertThat(samtaler(afvist)).isZero();
        List<JsonNode> haendelser = haendelser(godkendt).stream().filter(h -> h.get("entitet").asString().equals("samtale")).toList();
        assertThat(haendelser).extracting(h -> h.get("tilstand").get("afholdt").asString())
                .containsExactly("2024-03-01T10:00:00+01:00", "2024-03-05T10:00:00+01:00");
        for (JsonNode h : haendelser) {
            Svar hentet = star.get("/api/v1/samtaler/" + h.get("entitetId").asLong());
            assertThat(h.get("tilstand")).isEqualTo(hentet.json());
            assertThat(h.get("kalder").get("ident").asString()).isEqualTo(Testkalder.feed().ident());
        }
        assertThat(haendelser.get(0).get("tilstand").get("nulstillende").asBoolean()).isTrue();
        assertThat(haendelser.get(0).get("tilstand").get("ansvarligSagsbehandler").get("ident").asString()).isEqualTo("jc101-mhan");
        JsonNode historik = star.get("/api/v1/samtaler/" + haendelser.get(0).get("entitetId").asLong() + "/historik").json();
        assertThat(historik.get(0).get("art").asString()).isEqualTo("OPRETTET");

        String korrelation = svar.header("X-Correlation-Id");
        List<String> loggede = jdbc.sql("select cpr from adgangslog where korrelations_id = ? order by cpr").param(korrelation)
                .query(String.class).list();
        assertThat(loggede).containsExactlyInAnyOrder(godkendt, afvist, ukendt);
    }

    /** docs/import.md's example files, each as its art; the conversations' after the periods they need. */
    @Test
    void the_example_files_of_the_documentation_load_without_a_refused_row() throws IOException {
        String cpr = TestCpr.naeste();
        Matcher m = Pattern.compile("```csv\\R(.*?)```", Pattern.DOTALL).matcher(Files.readString(Path.of("docs/import.md")));
        List<String> samtaler = new ArrayList<>();
        int perioder = 0;
        while (m.find()) {
            String fil = m.group(1).replace("0101901234", cpr);
            String kodefelt = fil.substring(0, fil.indexOf('\n')).split(";")[1];
            if (kodefelt.equals("afholdt")) {
                samtaler.add(fil);
                continue;
            }
            String art = switch (kodefelt) {
                case "kontaktgruppe" -> "kontaktgruppeperioder";
                case "jobcenter" -> "jobcentertilknytninger";
                case "akasse" -> "akassemedlemskaber";
                case "fravaerstype" -> "fravaer";
                case "andenAktoer" -> "andenaktoer-henvisninger";
                case "grund" -> "undtagelser";
                default -> null;
            };
            if (art != null) {
                Svar svar = importer(feed, art, fil);
                assertThat(svar.json().get("afvist").asLong()).as(art + " " + svar).isZero();
                assertThat(svar.json().get("indlaest").asLong()).as(art).isPositive();
                perioder++;
            }
        }
        assertThat(perioder).isEqualTo(6);
        assertThat(samtaler).hasSize(1);
        Svar svar = importer(feed, "samtaler", samtaler.get(0));
        assertThat(svar.json().get("afvist").asLong()).as(svar.toString()).isZero();
        assertThat(samtaler(cpr)).isEqualTo(2);
    }

    @Test
    void the_example_of_the_openapi_document_loads() {
        String cpr = dagpengemodtager();
        String eksempel = star.get("/v3/api-docs").json().get("paths").get("/api/v1/import/{art}").get("post").get("requestBody")
                .get("content").get("text/csv").get("example").asString();
        Svar svar = importer(feed, "samtaler", eksempel.replace("0101901234", cpr).replace("2021-03-01", "2024-03-01"));

        assertThat(svar.json().get("indlaest").asLong()).as(svar.toString()).isEqualTo(1);
    }

    @Test
    void a_row_is_judged_against_the_rows_before_it_in_the_file_and_the_conversations_stored() {
        String cpr = dagpengemodtager();
        assertThat(importer(feed, "samtaler", SAMTALER + "\n" + samtale(cpr, "2024-04-01T10:00", 7) + "\n").json().get("indlaest").asLong())
                .isEqualTo(1);

        Svar svar = importer(feed, "samtaler", SAMTALER + "\n" + samtale(cpr, "2024-03-01T10:00", 7) + "\n");

        assertThat(svar.json().get("afviste").get(0).get("fejl").get(0).get("kode").asString()).isEqualTo("FOER_SENESTE_NULSTILLENDE");
        Svar dublet = importer(feed, "samtaler", SAMTALER + "\n" + samtale(cpr, "2024-05-01T10:00", 7) + "\n" + samtale(cpr, "2024-05-01T10:00", 7) + "\n");
        assertThat(dublet.json().get("afviste").get(1).get("fejl").get(0).get("kode").asString()).isIn("DUBLET", "NULSTILLENDE_FOR_TAET");
        assertThat(samtaler(cpr)).isEqualTo(1);
    }

    @Test
    void a_conversation_must_name_its_caseworker_and_every_fault_of_a_row_is_told() {
        String cpr = dagpengemodtager();
        String csv = "cpr;afholdt;samtaletype;kontaktform;flereMyndigheder\n" + cpr + ";i går;syv;TELEFONISK;måske\n";

        Svar svar = importer(feed, "samtaler", csv);

        assertThat(svar.status()).isEqualTo(200);
        List<String> koder = new ArrayList<>();
        svar.json().get("afviste").get(0).get("fejl").forEach(f -> koder.add(f.get("kode").asString() + " " + f.get("felt").asString()));
        assertThat(koder).containsExactly("UGYLDIG_VAERDITYPE samtaletype", "UGYLDIG_VAERDITYPE flereMyndigheder");

        Svar uden = importer(feed, "samtaler", "cpr;afholdt;samtaletype;kontaktform\n" + cpr + ";2024-03-01T10:00;7;TELEFONISK\n");
        List<String> mangler = new ArrayList<>();
        uden.json().get("afviste").get(0).get("fejl").forEach(f -> mangler.add(f.get("kode").asString() + " " + f.get("felt").asString()));
        assertThat(mangler).contains("FELT_MANGLER ansvarligSagsbehandler.ident");
    }

    @Test
    void periods_are_judged_in_file_order_and_a_new_one_ends_the_open_one_as_a_version_of_its_own() {
        String cpr = TestCpr.naeste();
        String csv = "cpr;kontaktgruppe;fra;til\n" + cpr + ";1;2024-01-01;\n" + cpr + ";2;2024-06-01;\n";

        Svar svar = importer(feed, "kontaktgruppeperioder", csv);

        assertThat(svar.status()).as(svar.toString()).isEqualTo(200);
        assertThat(svar.json().get("indlaest").asLong()).isEqualTo(2);
        JsonNode situation = feed.post("/api/v1/borgere/opslag", Json.objekt("cpr", cpr)).json().get("kontaktgruppeperioder");
        assertThat(situation).hasSize(2);
        assertThat(situation.get(0).get("til").asString()).isEqualTo("2024-05-31");
        assertThat(situation.get(0).get("version").asInt()).isEqualTo(2);
        assertThat(situation.get(1).get("kontaktgruppe").asInt()).isEqualTo(2);
        JsonNode historik = feed.get("/api/v1/kontaktgruppeperioder/" + situation.get(0).get("id").asLong() + "/historik").json();
        assertThat(historik).extracting(h -> h.get("art").asString()).containsExactly("OPRETTET", "AFSLUTTET");
        List<JsonNode> haendelser = haendelser(cpr);
        assertThat(haendelser).extracting(h -> h.get("type").asString())
                .containsExactly("KONTAKTGRUPPEPERIODE_OPRETTET", "KONTAKTGRUPPEPERIODE_AFSLUTTET", "KONTAKTGRUPPEPERIODE_OPRETTET");
        assertThat(haendelser.get(2).get("tilstand").get("afsluttedePerioder").get(0).get("id").asLong())
                .isEqualTo(situation.get(0).get("id").asLong());

        Svar overlap = importer(feed, "jobcentertilknytninger", "cpr;jobcenter;fra;til\n" + cpr + ";101;2024-01-01;2024-12-31\n"
                + cpr + ";147;2024-06-01;2024-07-01\n");
        assertThat(overlap.json().get("afviste").get(0).get("fejl").get(0).get("kode").asString()).isEqualTo("BORGER_AFVIST_I_FILEN");
        assertThat(overlap.json().get("afviste").get(1).get("fejl").get(0).get("kode").asString()).isEqualTo("PERIODE_OVERLAPPER");
    }

    @Test
    void with_alle_eller_ingen_one_refused_row_loads_nothing_of_the_file() {
        String godkendt = dagpengemodtager();
        String afvist = dagpengemodtager();
        String csv = SAMTALER + "\n" + samtale(godkendt, "2024-03-01T10:00", 7) + "\n" + samtale(afvist, "2024-03-01T10:00", 4) + "\n";

        Svar svar = importer(feed, "samtaler?alleEllerIngen=true", csv);

        assertThat(svar.status()).as(svar.toString()).isEqualTo(422);
        assertThat(svar.header("Content-Type")).startsWith("application/problem+json");
        assertThat(svar.fejlkoder()).containsExactly("FIL_AFVIST");
        assertThat(svar.json().get("indlaest").asLong()).isZero();
        assertThat(svar.json().get("afviste").get(0).get("linje").asLong()).isEqualTo(3);
        assertThat(samtaler(godkendt)).isZero();
        assertThat(importer(feed, "samtaler?alleEllerIngen=ja", csv).fejlkoder()).containsExactly("UGYLDIG_PARAMETER");
    }

    @Test
    void a_file_that_cannot_be_read_is_refused_whole_with_its_line() {
        String cpr = dagpengemodtager();
        Svar ukendt = importer(feed, "samtaler", "cpr;afholdt;farve;afholdt\n" + samtale(cpr, "2024-03-01T10:00", 7) + "\n");
        assertThat(ukendt.status()).isEqualTo(400);
        assertThat(ukendt.fejlkoder()).containsExactly("UKENDT_FELT", "KOLONNE_GENTAGET");

        Svar udenOverskrift = importer(feed, "samtaler", samtale(cpr, "2024-03-01T10:00", 7) + "\n");
        assertThat(udenOverskrift.status()).isEqualTo(400);
        assertThat(udenOverskrift.tekst()).doesNotContain(cpr);
        assertThat(importer(feed, "samtaler", "").fejlkoder()).containsExactly("FIL_UDEN_OVERSKRIFT");

        Svar brudt = importer(feed, "samtaler", SAMTALER + "\n" + samtale(cpr, "2024-03-01T10:00", 7) + "\n" + cpr + ";\"ikke lukket\n");
        assertThat(brudt.status()).isEqualTo(400);
        assertThat(brudt.fejlkoder()).containsExactly("CSV_UGYLDIG");
        // A quote never closed runs on to the end of the file: that is where it is found, after the last line break.
        assertThat(brudt.json().get("fejl").get(0).get("besked").asString()).startsWith("Linje 4 ");
        Svar forMange = importer(feed, "samtaler", SAMTALER + "\n" + samtale(cpr, "2024-03-01T10:00", 7) + ";ekstra\n");
        assertThat(forMange.json().get("fejl").get(0).get("besked").asString()).startsWith("Linje 2 ");
        assertThat(samtaler(cpr)).isZero();
    }

    @Test
    void only_the_system_role_imports() {
        String cpr = dagpengemodtager();
        Svar svar = importer(api.som(jobcenter("101")), "samtaler", SAMTALER + "\n" + samtale(cpr, "2024-03-01T10:00", 7) + "\n");
        assertThat(svar.status()).isEqualTo(403);
        assertThat(svar.fejlkoder()).containsExactly("KRAEVER_ROLLE");
        assertThat(samtaler(cpr)).isZero();
    }

    @Test
    void a_retried_upload_with_its_idempotency_key_loads_nothing_twice() {
        String cpr = dagpengemodtager();
        String csv = SAMTALER + "\n" + samtale(cpr, "2024-03-01T10:00", 7) + "\n" + samtale(cpr, "2024-03-08T10:00", 7) + "\n";
        String noegle = "import-" + cpr;

        Svar foerste = importer(feed, "samtaler", csv, "Idempotency-Key", noegle);
        Svar igen = importer(feed, "samtaler", csv, "Idempotency-Key", noegle);
        Svar andenFil = importer(feed, "samtaler", csv + samtale(cpr, "2024-03-15T10:00", 7) + "\n", "Idempotency-Key", noegle);

        assertThat(foerste.json().get("indlaest").asLong()).isEqualTo(2);
        assertThat(igen.status()).isEqualTo(200);
        assertThat(igen.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(igen.json()).isEqualTo(foerste.json());
        assertThat(andenFil.fejlkoder()).containsExactly("IDEMPOTENSNOEGLE_GENBRUGT");
        assertThat(samtaler(cpr)).isEqualTo(2);
        assertThat(haendelser(cpr).stream().filter(h -> h.get("entitet").asString().equals("samtale"))).hasSize(2);
    }

    @Test
    void the_report_comes_as_csv_on_request() {
        String cpr = dagpengemodtager();
        Svar svar = importer(feed, "samtaler", SAMTALER + "\n" + samtale(cpr, "2024-03-01T10:00", 4) + "\n", "Accept", "text/csv");

        assertThat(svar.status()).isEqualTo(200);
        assertThat(svar.header("Content-Type")).startsWith("text/csv");
        assertThat(svar.tekst().split("\r\n")).hasSize(2);
        assertThat(svar.tekst()).startsWith("linje;kode;felt;besked\r\n2;SAMTALETYPE_IKKE_LOVLIG;samtaletype;");
    }
}
