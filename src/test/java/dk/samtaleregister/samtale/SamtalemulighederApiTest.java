package dk.samtaleregister.samtale;

import static dk.samtaleregister.test.Samtalebygger.samtale;
import static dk.samtaleregister.test.Testkalder.akasse;
import static dk.samtaleregister.test.Testkalder.andenAktoer;
import static dk.samtaleregister.test.Testkalder.jobcenter;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dk.samtaleregister.test.Api.Svar;
import dk.samtaleregister.test.Api;
import dk.samtaleregister.test.ApiTest;
import dk.samtaleregister.test.Json;
import dk.samtaleregister.test.Samtalebygger;
import dk.samtaleregister.test.TestCpr;
import dk.samtaleregister.test.Testkalder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * POST /api/v1/samtaler/muligheder through HTTP against the real database: the samtaletyper it answers are those a
 * registration by the same caller on that day gets 201 for (as an a-kasse sees them), the rule files its oracle; it is
 * refused exactly as such a registration is; and it is audited with the citizen.
 */
@ExtendWith(OutputCaptureExtension.class)
class SamtalemulighederApiTest extends ApiTest {

    private static final String MULIGHEDER = "/api/v1/samtaler/muligheder";

    /** Every samtaletype the service knows. */
    private static final List<Integer> SAMTALETYPER = List.of(4, 5, 7, 8, 9, 10, 11, 12, 13, 15, 16, 17, 18, 19);

    private static final List<String> KONTAKTFORMER = List.of("PERSONLIGT_FREMMOEDE", "TELEFONISK", "BREV", "EMAIL", "DIGITALT_MOEDE",
            "INGEN_DIREKTE_BORGERKONTAKT", "MOEDE_DIREKTE_PAA_ARBEJDE");

    @Autowired
    private JdbcClient jdbc;

    // ---- the rule files, read as text: the oracles ----

    /** The rows of a rule file under src/main/resources/regler, without comments, blank lines and header. */
    private static List<String[]> raekker(String fil) {
        try (InputStream ind = SamtalemulighederApiTest.class.getResourceAsStream("/regler/" + fil)) {
            List<String[]> raekker = new ArrayList<>();
            for (String linje : new String(ind.readAllBytes(), UTF_8).split("\\R")) {
                if (!linje.isBlank() && !linje.startsWith("#") && !linje.startsWith("gyldig_fra")) {
                    raekker.add(linje.split(";", -1));
                }
            }
            return raekker;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** regler/lovlige-samtaletyper.csv: the legal types of the group on a RASK or SYG day. */
    private static Set<Integer> lovlige(int kontaktgruppe, String raskSyg) {
        Set<Integer> typer = new TreeSet<>();
        for (String[] r : raekker("lovlige-samtaletyper.csv")) {
            if (Integer.parseInt(r[2]) == kontaktgruppe && (r[3].equals(raskSyg) || r[3].equals("RASK_SYG"))) {
                typer.add(Integer.parseInt(r[4]));
            }
        }
        return typer;
    }

    /** regler/myndighedsforbehold.csv: the types of the group only this kind of authority may register, by type. */
    private static Map<Integer, String> forbehold(int kontaktgruppe) {
        Map<Integer, String> forbehold = new HashMap<>();
        raekker("myndighedsforbehold.csv").stream().filter(r -> Integer.parseInt(r[2]) == kontaktgruppe)
                .forEach(r -> forbehold.put(Integer.parseInt(r[3]), r[4]));
        return forbehold;
    }

    private static Set<Integer> akassensTyper() {
        Set<Integer> typer = new TreeSet<>();
        raekker("akasse-synlige-samtaletyper.csv").forEach(r -> typer.add(Integer.parseInt(r[2])));
        return typer;
    }

    /** regler/nulstillende.csv: the kontaktformer in which the type is nulstillende. */
    private static Set<String> nulstillende(int type) {
        Set<String> former = new TreeSet<>();
        raekker("nulstillende.csv").stream().filter(r -> Integer.parseInt(r[2]) == type).forEach(r -> former.add(r[3]));
        return former;
    }

    /** regler/deltagelsesstatus.csv: the statuses the type takes. */
    private static Set<String> statusser(int type) {
        Set<String> statusser = new TreeSet<>();
        raekker("deltagelsesstatus.csv").stream().filter(r -> Integer.parseInt(r[2]) == type).forEach(r -> statusser.add(r[3]));
        return statusser;
    }

    private static boolean statusKraevet(int type) {
        return raekker("deltagelsesstatus.csv").stream().anyMatch(r -> Integer.parseInt(r[2]) == type && r[4].equals("JA"));
    }

    // ---- fixture language ----

    /** A citizen in the group from 2024-01-01, own to jobcenter 101, a-kasse AK12 and anden aktør AA7; syg 2024-02-20..03-10 if asked. */
    private String borger(int kontaktgruppe, boolean syg) {
        String cpr = TestCpr.naeste();
        feed.kontaktgruppe(cpr, kontaktgruppe, "2024-01-01", null);
        feed.jobcenter(cpr, "101", "2024-01-01", null);
        feed.akasse(cpr, "AK12", "2024-01-01", null);
        feed.henvisning(cpr, "AA7", "2024-01-01", null);
        if (syg) {
            feed.fravaer(cpr, "SYGDOM_SYGEMELDING", "2024-02-20", "2024-03-10");
        }
        return cpr;
    }

    private static Svar muligheder(Api som, String cpr, String afholdt) {
        return som.post(MULIGHEDER, Json.objekt("cpr", cpr, "afholdt", afholdt));
    }

    private static List<Integer> typer(Svar svar) {
        assertThat(svar.status()).as(svar.toString()).isEqualTo(200);
        return svar.json().get("samtaletyper").valueStream().map(t -> t.get("samtaletype").asInt()).toList();
    }

    private static JsonNode type(Svar svar, int samtaletype) {
        return svar.json().get("samtaletyper").valueStream().filter(t -> t.get("samtaletype").asInt() == samtaletype).findFirst()
                .orElseThrow(() -> new AssertionError("no samtaletype " + samtaletype + " in " + svar));
    }

    /** The problem's fields but its instance, which is the request's own path. */
    private static JsonNode udenInstance(Svar svar) {
        var problem = (tools.jackson.databind.node.ObjectNode) svar.json();
        problem.remove("instance");
        return problem;
    }

    private record Tilfaelde(int kontaktgruppe, boolean syg, Testkalder kalder) {
        @Override
        public String toString() {
            return "kontaktgruppe " + kontaktgruppe + (syg ? " syg" : " rask") + " as " + kalder.myndighedstype() + " " + kalder.kode();
        }
    }

    @TestFactory
    Stream<DynamicTest> the_answered_types_are_those_a_registration_by_the_caller_gets_201_for_and_the_rule_files_allow() {
        List<Tilfaelde> tilfaelde = List.of(
                new Tilfaelde(1, false, jobcenter("101")), new Tilfaelde(1, false, akasse("AK12")),
                new Tilfaelde(1, true, akasse("AK12")), new Tilfaelde(1, true, andenAktoer("AA7")),
                new Tilfaelde(2, false, jobcenter("101")), new Tilfaelde(6, true, jobcenter("101")),
                new Tilfaelde(11, false, andenAktoer("AA7")), new Tilfaelde(24, false, akasse("AK12")));
        return tilfaelde.stream().map(t -> DynamicTest.dynamicTest(t.toString(), () -> kontroller(t)));
    }

    private void kontroller(Tilfaelde t) {
        String cpr = borger(t.kontaktgruppe(), t.syg());
        Api som = api.som(t.kalder());
        String raskSyg = t.syg() ? "SYG" : "RASK";
        boolean akasse = t.kalder().myndighedstype().equals("AKASSE");

        Svar svar = muligheder(som, cpr, "2024-03-01T09:00");

        Set<Integer> tilladte = new TreeSet<>(lovlige(t.kontaktgruppe(), raskSyg));
        forbehold(t.kontaktgruppe()).forEach((type, myndighed) -> {
            if (!myndighed.equals(t.kalder().myndighedstype())) {
                tilladte.remove(type);
            }
        });
        // The oracle's other half: a registration of every type by the same caller on that day, one minute apart so
        // that rules 7 and 8 have nothing to say.
        Set<Integer> registreret = new TreeSet<>();
        for (int i = 0; i < SAMTALETYPER.size(); i++) {
            int type = SAMTALETYPER.get(i);
            Samtalebygger samtale = samtale(cpr).af(t.kalder()).type(type).afholdt("2024-03-01T10:%02d".formatted(i));
            if (statusKraevet(type)) {
                samtale.status(statusser(type).iterator().next());
            }
            Svar registrering = som.registrer(samtale);
            assertThat(registrering.status()).as(t + ", samtaletype " + type + ": " + registrering).isIn(201, 422);
            if (registrering.status() == 201) {
                registreret.add(type);
            }
        }
        assertThat(registreret).as(t + ": the registrations that passed are the rule files' legal types").isEqualTo(tilladte);
        if (akasse) {
            tilladte.retainAll(akassensTyper());
        }
        assertThat(typer(svar)).as(t + ": " + svar).containsExactlyElementsOf(tilladte);
        assertThat(svar.json().get("kontaktgruppe").asInt()).isEqualTo(t.kontaktgruppe());
        assertThat(svar.json().get("raskSyg").asString()).isEqualTo(raskSyg);
        assertThat(svar.json().get("dag").asString()).isEqualTo("2024-03-01");
    }

    @Test
    void in_kontaktgruppe_1_an_akasse_gets_cv_and_raadighedssamtale_and_a_jobcenter_does_not() {
        String cpr = borger(1, false);

        List<Integer> akassens = typer(muligheder(api.som(akasse("AK12")), cpr, "2024-03-01T10:00"));
        List<Integer> jobcentrets = typer(muligheder(api.som(jobcenter("101")), cpr, "2024-03-01T10:00"));

        assertThat(akassens).contains(10, 15);
        assertThat(jobcentrets).doesNotContain(10, 15).contains(7, 16);
        assertThat(api.som(jobcenter("101")).registrer(samtale(cpr).af(jobcenter("101")).type(10)).fejlkoder())
                .containsExactly("SAMTALETYPE_KUN_FOR_MYNDIGHED");
    }

    @Test
    void an_akasse_gets_only_the_types_it_may_see_though_it_may_register_others() {
        String cpr = borger(1, true);
        Api ak12 = api.som(akasse("AK12"));

        List<Integer> akassens = typer(muligheder(ak12, cpr, "2024-03-01T10:00"));

        assertThat(akassens).containsExactly(7, 9, 10, 12, 13, 15, 17).isSubsetOf(akassensTyper());
        assertThat(typer(muligheder(api.som(jobcenter("101")), cpr, "2024-03-01T10:00"))).contains(4, 16);
        // Opfølgningssamtale (4) and integrationssamtale (16) are legal that day and an a-kasse's registration of them
        // passes, but an a-kasse may not see them (regler/akasse-synlige-samtaletyper.csv).
        assertThat(ak12.registrer(samtale(cpr).type(16).afholdt("2024-03-01T10:00")).status()).isEqualTo(201);
    }

    @Test
    void each_type_carries_its_statuses_and_whether_each_kontaktform_would_be_nulstillende() {
        String cpr = borger(1, true);
        Svar svar = muligheder(api.som(akasse("AK12")), cpr, "2024-03-01T10:00");

        assertThat(typer(svar)).isNotEmpty();
        for (JsonNode type : svar.json().get("samtaletyper")) {
            int id = type.get("samtaletype").asInt();
            assertThat(type.get("navn").asString()).isNotBlank();
            JsonNode status = type.get("deltagelsesstatus");
            assertThat(status.get("kraevet").asBoolean()).as("type " + id).isEqualTo(statusKraevet(id));
            assertThat(status.get("tilladte").valueStream().map(s -> s.get("kode").asString()).toList())
                    .as("type " + id).containsExactlyInAnyOrderElementsOf(statusser(id));
            assertThat(type.get("kontaktformer").valueStream().map(f -> f.get("kontaktform").asString()).toList())
                    .as("type " + id).containsExactlyElementsOf(KONTAKTFORMER);
            Set<String> nulstillende = new TreeSet<>();
            type.get("kontaktformer").forEach(f -> {
                if (f.get("nulstillende").asBoolean()) {
                    nulstillende.add(f.get("kontaktform").asString());
                }
            });
            assertThat(nulstillende).as("type " + id).isEqualTo(nulstillende(id));
        }
        assertThat(type(svar, 7).get("navn").asString()).isEqualTo("Jobsamtale");
        assertThat(type(svar, 17).get("deltagelsesstatus").get("tilladte").get(0).get("navn").asString()).isEqualTo("A-kassen deltog");
        assertThat(type(svar, 12).get("kontaktformer").valueStream().noneMatch(f -> f.get("nulstillende").asBoolean())).isTrue();
        assertThat(svar.json().get("kontaktgruppenavn").asString()).isEqualTo("Dagpengemodtager");
    }

    @Test
    void a_types_nulstillende_flag_is_what_a_registration_in_that_form_stores() {
        String cpr = borger(1, false);
        Api jc101 = api.som(jobcenter("101"));
        JsonNode jobsamtale = type(muligheder(jc101, cpr, "2024-03-01T10:00"), 7);

        int minut = 0;
        for (JsonNode form : jobsamtale.get("kontaktformer")) {
            Svar registrering = jc101.registrer(samtale(cpr).af(jobcenter("101")).form(form.get("kontaktform").asString())
                    .afholdt("2024-03-01T10:%02d".formatted(minut++)));
            assertThat(registrering.status()).as(registrering.toString()).isEqualTo(201);
            assertThat(registrering.json().get("nulstillende").asBoolean()).as(form.toString()).isEqualTo(form.get("nulstillende").asBoolean());
        }
    }

    @Test
    void the_day_is_the_danish_day_of_the_time() {
        String cpr = TestCpr.naeste();
        feed.kontaktgruppe(cpr, 1, "2024-03-01", null);
        feed.jobcenter(cpr, "101", "2024-01-01", null);
        Api jc101 = api.som(jobcenter("101"));

        Svar midnat = muligheder(jc101, cpr, "2024-02-29T23:30:00Z");

        assertThat(midnat.status()).as(midnat.toString()).isEqualTo(200);
        assertThat(midnat.json().get("dag").asString()).isEqualTo("2024-03-01");
        assertThat(muligheder(jc101, cpr, "2024-02-29T22:30:00Z").fejlkoder()).containsExactly("INGEN_KONTAKTGRUPPE");
    }

    @Test
    void without_a_kontaktgruppe_on_the_day_the_answer_is_a_registrations_422() {
        String cpr = TestCpr.naeste();
        feed.kontaktgruppe(cpr, 1, "2024-01-01", "2024-02-29");
        feed.jobcenter(cpr, "101", "2024-01-01", null);
        Api jc101 = api.som(jobcenter("101"));

        Svar svar = muligheder(jc101, cpr, "2024-03-01T10:00");
        Svar registrering = jc101.registrer(samtale(cpr).af(jobcenter("101")).afholdt("2024-03-01T10:00"));

        assertThat(svar.status()).isEqualTo(422);
        assertThat(svar.header("Content-Type")).startsWith("application/problem+json");
        assertThat(svar.fejlkoder()).containsExactly("INGEN_KONTAKTGRUPPE");
        assertThat(udenInstance(svar)).isEqualTo(udenInstance(registrering));
        assertThat(svar.json().get("instance").asString()).isEqualTo(MULIGHEDER);
    }

    @Test
    void a_caller_whose_citizen_it_is_not_on_the_day_is_refused_as_its_registration_would_be() {
        String cpr = TestCpr.naeste();
        feed.kontaktgruppe(cpr, 1, "2024-01-01", null);
        feed.jobcenter(cpr, "101", "2024-01-01", null);
        feed.akasse(cpr, "AK12", "2024-03-01", null);
        String ukendt = TestCpr.naeste();

        Map<String, Svar> svar = new HashMap<>();
        for (Testkalder kalder : List.of(jobcenter("147"), akasse("AK99"), andenAktoer("AA7"), Testkalder.star())) {
            Api som = api.som(kalder);
            Svar muligheder = muligheder(som, cpr, "2024-03-01T10:00");
            Svar registrering = som.registrer(samtale(cpr).af(kalder).afholdt("2024-03-01T10:00"));
            assertThat(muligheder.status()).as(kalder + ": " + muligheder).isEqualTo(403);
            assertThat(udenInstance(muligheder)).as(kalder.toString()).isEqualTo(udenInstance(registrering));
            assertThat(muligheder.tekst()).doesNotContain(cpr);
            svar.put(kalder.myndighedstype(), muligheder);
        }
        assertThat(svar.get("JOBCENTER").fejlkoder()).containsExactly("BORGER_IKKE_TILKNYTTET_JOBCENTER");
        assertThat(svar.get("AKASSE").fejlkoder()).containsExactly("BORGER_IKKE_MEDLEM_AF_AKASSE");
        assertThat(svar.get("ANDEN_AKTOER").fejlkoder()).containsExactly("BORGER_IKKE_HENVIST_TIL_ANDEN_AKTOER");
        assertThat(svar.get("STAR").fejlkoder()).containsExactly("STAR_REGISTRERER_IKKE");
        Api ak12 = api.som(akasse("AK12"));
        assertThat(muligheder(ak12, cpr, "2024-02-29T10:00").fejlkoder()).as("the day before the membership")
                .containsExactly("BORGER_IKKE_MEDLEM_AF_AKASSE");
        assertThat(muligheder(ak12, cpr, "2024-03-01T10:00").status()).isEqualTo(200);
        assertThat(muligheder(api.som(jobcenter("101")), ukendt, "2024-03-01T10:00").fejlkoder()).as("a citizen the registry does not know")
                .containsExactly("BORGER_IKKE_TILKNYTTET_JOBCENTER");
    }

    @Test
    void a_bad_cpr_number_or_time_is_refused_with_a_registrations_codes_and_messages() {
        String cpr = borger(1, false);
        Api jc101 = api.som(jobcenter("101"));
        String imorgen = LocalDate.now().plusDays(1) + "T10:00";
        List<Map<String, Object>> kroppe = List.of(
                Json.objekt("afholdt", "2024-03-01T10:00"),
                Json.objekt("cpr", "12345", "afholdt", "2024-03-01T10:00"),
                Json.objekt("cpr", "3102901234", "afholdt", "1. marts 2024 kl. 10"),
                Json.objekt("cpr", cpr, "afholdt", imorgen),
                Json.objekt("cpr", null, "afholdt", null));

        for (Map<String, Object> krop : kroppe) {
            Svar svar = jc101.post(MULIGHEDER, krop);
            Map<String, Object> registrering = new HashMap<>(samtale("0101901234").af(jobcenter("101")).json());
            registrering.remove("cpr");
            registrering.remove("afholdt");
            krop.forEach((felt, vaerdi) -> registrering.put(felt, vaerdi));
            Svar registreringens = jc101.post("/api/v1/samtaler", registrering);

            assertThat(svar.status()).as(krop + ": " + svar).isEqualTo(422);
            assertThat(svar.json().get("fejl")).as(krop.toString()).isEqualTo(registreringens.json().get("fejl"));
            assertThat(svar.json().get("detail")).isEqualTo(registreringens.json().get("detail"));
        }
        assertThat(jc101.post(MULIGHEDER, Json.objekt("cpr", cpr, "afholdt", imorgen)).fejlkoder()).containsExactly("AFHOLDT_I_FREMTIDEN");
        assertThat(jc101.post(MULIGHEDER, Json.objekt("afholdt", "2024-03-01T10:00")).fejlkoder()).containsExactly("FELT_MANGLER");
    }

    @Test
    void a_body_that_cannot_be_read_is_a_400_as_for_a_registration() {
        Api jc101 = api.som(jobcenter("101"));
        for (String krop : List.of("ikke json", "{\"cpr\":\"0101901234\",\"afholdt\":\"2024-03-01T10:00\",\"samtaletype\":7}",
                "{\"cpr\":101901234,\"afholdt\":\"2024-03-01T10:00\"}")) {
            Svar svar = jc101.post(MULIGHEDER, krop);
            assertThat(svar.status()).as(krop + ": " + svar).isEqualTo(400);
            assertThat(svar.header("Content-Type")).startsWith("application/problem+json");
        }
        assertThat(jc101.post(MULIGHEDER, "ikke json").fejlkoder()).containsExactly("UGYLDIG_JSON");
        assertThat(jc101.post(MULIGHEDER, "{\"cpr\":\"0101901234\",\"afholdt\":\"2024-03-01T10:00\",\"samtaletype\":7}").fejlkoder())
                .containsExactly("UKENDT_FELT");
        assertThat(jc101.post(MULIGHEDER, "{\"cpr\":101901234,\"afholdt\":\"2024-03-01T10:00\"}").fejlkoder())
                .containsExactly("UGYLDIG_VAERDITYPE");
    }

    @Test
    void the_look_is_audited_with_the_citizen_and_no_log_line_shows_the_cpr_number(CapturedOutput output) {
        String cpr = borger(1, false);
        String andenBorger = borger(1, false);

        Svar godkendt = muligheder(api.som(jobcenter("101")), cpr, "2024-03-01T10:00");
        Svar naegtet = muligheder(api.som(jobcenter("147")), andenBorger, "2024-03-01T10:00");

        assertThat(godkendt.status()).isEqualTo(200);
        assertThat(naegtet.status()).isEqualTo(403);
        Map<String, Object> post = post(godkendt);
        assertThat(post.get("cpr")).isEqualTo(cpr);
        assertThat(post.get("handling")).isEqualTo("POST " + MULIGHEDER);
        assertThat(post.get("udfald")).isEqualTo("GODKENDT");
        assertThat(post.get("myndighedskode")).isEqualTo("101");
        Map<String, Object> naegtelse = post(naegtet);
        assertThat(naegtelse.get("cpr")).isEqualTo(andenBorger);
        assertThat(naegtelse.get("udfald")).isEqualTo("NAEGTET");
        assertThat(output.getAll()).doesNotContain(cpr).doesNotContain(andenBorger);
    }

    /** The one audit record of the request that got this answer. */
    private Map<String, Object> post(Svar svar) {
        List<Map<String, Object>> poster = jdbc.sql("select * from adgangslog where korrelations_id = ?")
                .param(svar.header("X-Correlation-Id")).query().listOfRows();
        assertThat(poster).hasSize(1);
        return poster.get(0);
    }
}
