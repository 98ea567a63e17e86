package dk.samtaleregister.samtale;

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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Each rule of a registration through HTTP against the real database: one case per error code, the path from request
 * to answer. The rules' cells are judged one by one in the domain's own tests: every cell of the reservation table
 * (rule 5), the status table (rule 6) and the nulstillende table in RegistreringspolitikTest, CPR numbers in CprTest,
 * whose citizen a citizen is (rule 9) in AdgangsreglerTest. The 756 cells of seed 004 (rule 4) are judged through
 * HTTP, in Seed004LovlighedTest.
 */
class RegistreringsreglerTest extends ApiTest {

    /** A-kasse AK12, which registers the conversations of {@link Samtalebygger} unless a test names another caller. */
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

    /** A citizen in this kontaktgruppe from 2024-01-01 (or closed on {@code til}), a member of a-kasse AK12. */
    private String medlem(int kontaktgruppe, String til) {
        String cpr = TestCpr.naeste();
        feed.kontaktgruppe(cpr, kontaktgruppe, "2024-01-01", til);
        feed.akasse(cpr, "AK12", "2024-01-01", null);
        return cpr;
    }

    private void assertGodkendt(Svar svar) {
        assertThat(svar.status()).as(svar.toString()).isEqualTo(201);
    }

    private void assertAfvist(Svar svar, String... koder) {
        assertThat(svar.status()).as(svar.toString()).isEqualTo(422);
        assertThat(svar.header("Content-Type")).startsWith("application/problem+json");
        assertThat(svar.fejlkoder()).as(svar.toString()).containsExactly(koder);
    }

    /** Refused because the citizen is not the registering authority's own: 403, that reason alone. */
    private void assertNaegtet(Svar svar, String kode) {
        assertThat(svar.status()).as(svar.toString()).isEqualTo(403);
        assertThat(svar.header("Content-Type")).startsWith("application/problem+json");
        assertThat(svar.fejlkoder()).as(svar.toString()).containsExactly(kode);
    }

    private int antalSamtaler(String cpr) {
        Svar svar = star.post("/api/v1/samtaler/soeg", Json.objekt("cpr", cpr));
        assertThat(svar.status()).isEqualTo(200);
        return svar.json().size();
    }

    @Nested
    class Regel1Cpr {

        @Test
        void a_wrong_length_is_rejected() {
            assertAfvist(ak12.registrer(samtale("12345")), "CPR_UGYLDIGT_FORMAT");
        }

        @Test
        void the_first_six_digits_must_be_a_real_date() {
            assertAfvist(ak12.registrer(samtale("3102901234")), "CPR_UGYLDIG_DATO");
        }
    }

    @Nested
    class Regel2Felter {

        @Test
        void every_missing_required_field_is_reported_at_once() {
            String cpr = dagpengemodtager();
            Svar svar = ak12.post("/api/v1/samtaler", Json.objekt("cpr", cpr));
            assertThat(svar.status()).isEqualTo(422);
            assertThat(svar.json().get("fejl").valueStream().map(f -> f.get("felt").asString()).toList())
                    .containsExactlyInAnyOrder("afholdt", "samtaletype", "kontaktform");
            assertThat(svar.fejlkoder()).containsOnly("FELT_MANGLER");
        }

        @Test
        void unknown_codes_are_rejected() {
            String cpr = dagpengemodtager();
            assertAfvist(ak12.registrer(samtale(cpr).type(3).form("FAX").status("MAASKE").af("KOMMUNE", "101")),
                    "UKENDT_KODE", "UKENDT_KODE", "UKENDT_KODE", "UKENDT_KODE");
        }

        @Test
        void samtaleinformation_may_hold_4000_characters_but_not_4001() {
            String cpr = dagpengemodtager();
            assertGodkendt(ak12.registrer(samtale(cpr).med("samtaleinformation", "æ".repeat(4000))));
            assertAfvist(ak12.registrer(samtale(cpr).afholdt("2024-03-02T10:00").med("samtaleinformation", "æ".repeat(4001))), "FOR_LANG");
        }

        @Test
        void a_jobcenter_is_named_by_a_three_digit_kommunenummer() {
            String cpr = dagpengemodtager();
            assertAfvist(api.som(jobcenter("101")).registrer(samtale(cpr).af(jobcenter("101")).af("JOBCENTER", "København")),
                    "UGYLDIG_MYNDIGHEDSKODE");
        }

        @Test
        void afholdt_in_the_future_is_rejected() {
            String cpr = dagpengemodtager();
            assertAfvist(ak12.registrer(samtale(cpr).afholdt(java.time.LocalDate.now().plusDays(1) + "T10:00")), "AFHOLDT_I_FREMTIDEN");
        }

        @Test
        void afholdt_must_be_an_iso_date_time() {
            String cpr = dagpengemodtager();
            assertAfvist(ak12.registrer(samtale(cpr).afholdt("1. marts 2024 kl. 10")), "UGYLDIGT_TIDSPUNKT");
        }

        @Test
        void afholdt_without_an_offset_is_danish_time_and_judged_on_the_danish_day() {
            String cpr = TestCpr.naeste();
            feed.kontaktgruppe(cpr, 1, "2024-03-01", null);
            feed.akasse(cpr, "AK12", "2024-01-01", null);
            // 23:30Z on 29 February is 00:30 on 1 March in Copenhagen: the citizen's first day in group 1.
            Svar utc = ak12.registrer(samtale(cpr).afholdt("2024-02-29T23:30:00Z"));
            assertGodkendt(utc);
            assertThat(utc.json().get("afholdt").asString()).isEqualTo("2024-03-01T00:30:00+01:00");
            assertGodkendt(ak12.registrer(samtale(cpr).afholdt("2024-07-01T10:00")));
            Svar sommertid = star.post("/api/v1/samtaler/soeg", Json.objekt("cpr", cpr, "fra", "2024-07-01", "til", "2024-07-01"));
            assertThat(sommertid.json().get(0).get("afholdt").asString()).isEqualTo("2024-07-01T10:00:00+02:00");
            Svar vestpaa = ak12.registrer(samtale(cpr).afholdt("2024-07-02T05:00:00-03:00"));
            assertGodkendt(vestpaa);
            assertThat(vestpaa.json().get("afholdt").asString()).isEqualTo("2024-07-02T10:00:00+02:00");
        }
    }

    @Nested
    class Regel3Kontaktgruppe {

        @Test
        void the_last_day_of_a_closed_period_still_counts() {
            String cpr = medlem(1, "2024-03-01");
            assertGodkendt(ak12.registrer(samtale(cpr).afholdt("2024-03-01T23:59")));
            assertAfvist(ak12.registrer(samtale(cpr).afholdt("2024-03-02T00:01")), "INGEN_KONTAKTGRUPPE");
        }
    }

    @Nested
    class Regel4Lovlighed {

        @Test
        void opfoelgningssamtale_for_a_dagpengemodtager_needs_a_sickness_absence_that_day() {
            String cpr = dagpengemodtager();
            assertAfvist(ak12.registrer(samtale(cpr).type(4).afholdt("2024-03-01T10:00")), "SAMTALETYPE_IKKE_LOVLIG");
            feed.fravaer(cpr, "FERIE", "2024-03-01", "2024-03-05");
            assertAfvist(ak12.registrer(samtale(cpr).type(4).afholdt("2024-03-01T10:00")), "SAMTALETYPE_IKKE_LOVLIG");
            feed.fravaer(cpr, "SYGDOM_SYGEMELDING", "2024-03-01", "2024-03-05");
            assertGodkendt(ak12.registrer(samtale(cpr).type(4).afholdt("2024-03-01T10:00")));
            assertAfvist(ak12.registrer(samtale(cpr).type(4).afholdt("2024-03-06T10:00")), "SAMTALETYPE_IKKE_LOVLIG");
        }
    }

    @Nested
    class Regel5KunAkasse {

        @Test
        void cv_samtale_in_group_1_only_from_an_akasse() {
            String cpr = dagpengemodtager();
            feed.henvisning(cpr, "AA7", "2024-01-01", null);
            assertAfvist(api.som(jobcenter("101")).registrer(samtale(cpr).type(10).af(jobcenter("101"))), "SAMTALETYPE_KUN_FOR_MYNDIGHED");
            assertAfvist(api.som(andenAktoer("AA7")).registrer(samtale(cpr).type(15).af(andenAktoer("AA7"))), "SAMTALETYPE_KUN_FOR_MYNDIGHED");
            assertGodkendt(ak12.registrer(samtale(cpr).type(10)));
        }
    }

    @Nested
    class Regel6Deltagelsesstatus {

        @Test
        void flere_myndigheder_for_a_type_without_a_status_family_is_refused_with_the_reason() {
            String cpr = dagpengemodtager();
            Svar svar = ak12.registrer(samtale(cpr).type(7).med("flereMyndigheder", true));
            assertAfvist(svar, "DELTAGELSESSTATUS_MANGLER");
            assertThat(svar.json().get("fejl").get(0).get("felt").asString()).isEqualTo("flereMyndigheder");
            assertThat(svar.json().get("fejl").get(0).get("besked").asString()).contains("ingen status hører til samtaletypen Jobsamtale (7)");
        }

        @Test
        void a_status_of_another_family_is_refused() {
            // Type 17 without a status, and every other cell of the status table: RegistreringspolitikTest.
            String cpr = dagpengemodtager();
            assertAfvist(ak12.registrer(samtale(cpr).type(17).status("BORGER_DELTOG_I_REHABILITERINGSSAMTALE")), "DELTAGELSESSTATUS_PASSER_IKKE");
            assertGodkendt(ak12.registrer(samtale(cpr).type(17).status("A_KASSEN_UDEBLEV")));
        }
    }

    @Nested
    class Regel7Kronologi {

        @Test
        void nothing_may_be_held_before_the_latest_nulstillende_conversation() {
            String cpr = dagpengemodtager();
            assertGodkendt(ak12.registrer(samtale(cpr).afholdt("2024-03-01T10:00")));
            assertAfvist(ak12.registrer(samtale(cpr).type(12).form("BREV").afholdt("2024-03-01T09:59")), "FOER_SENESTE_NULSTILLENDE");
            assertGodkendt(ak12.registrer(samtale(cpr).type(12).form("BREV").afholdt("2024-03-01T10:00")));
        }

        @Test
        void a_nulstillende_conversation_needs_a_minute_after_the_latest_one() {
            String cpr = dagpengemodtager();
            assertGodkendt(ak12.registrer(samtale(cpr).afholdt("2024-03-01T10:00")));
            assertAfvist(ak12.registrer(samtale(cpr).type(16).afholdt("2024-03-01T10:00:59")), "NULSTILLENDE_FOR_TAET");
            assertGodkendt(ak12.registrer(samtale(cpr).type(16).afholdt("2024-03-01T10:01:00")));
        }
    }

    @Nested
    class Regel8Dublet {

        @Test
        void the_same_type_in_the_same_minute_is_a_duplicate() {
            String cpr = dagpengemodtager();
            Samtalebygger brev = samtale(cpr).type(12).form("BREV");
            assertGodkendt(ak12.registrer(brev.afholdt("2024-03-01T10:00:10")));
            assertAfvist(ak12.registrer(brev.afholdt("2024-03-01T10:00:50")), "DUBLET");
            assertGodkendt(ak12.registrer(samtale(cpr).type(9).form("BREV").afholdt("2024-03-01T10:00:50")));
            assertGodkendt(ak12.registrer(brev.afholdt("2024-03-01T10:01:00")));
        }
    }

    @Nested
    class Regel9Jobcenter {

        @Test
        void a_jobcenter_registers_only_for_its_own_citizens_on_the_day() {
            String cpr = TestCpr.naeste();
            feed.kontaktgruppe(cpr, 1, "2024-01-01", null);
            feed.jobcenter(cpr, "101", "2024-01-01", null);
            feed.jobcenter(cpr, "147", "2024-03-01", null);
            Api jc101 = api.som(jobcenter("101"));
            Api jc147 = api.som(jobcenter("147"));
            assertNaegtet(jc101.registrer(samtale(cpr).af(jobcenter("101")).afholdt("2024-03-01T10:00")), "BORGER_IKKE_TILKNYTTET_JOBCENTER");
            assertGodkendt(jc101.registrer(samtale(cpr).af(jobcenter("101")).afholdt("2024-02-29T10:00")));
            assertGodkendt(jc147.registrer(samtale(cpr).af(jobcenter("147")).afholdt("2024-03-01T10:00")));
        }

        @Test
        void an_akasse_registers_only_for_its_members_on_the_day() {
            String cpr = TestCpr.naeste();
            feed.kontaktgruppe(cpr, 1, "2024-01-01", null);
            feed.akasse(cpr, "AK12", "2024-03-01", null);
            assertNaegtet(ak12.registrer(samtale(cpr).afholdt("2024-02-29T10:00")), "BORGER_IKKE_MEDLEM_AF_AKASSE");
            assertNaegtet(api.som(akasse("AK99")).registrer(samtale(cpr).af(akasse("AK99")).afholdt("2024-03-01T10:00")),
                    "BORGER_IKKE_MEDLEM_AF_AKASSE");
            assertGodkendt(ak12.registrer(samtale(cpr).afholdt("2024-03-01T10:00")));
        }

        @Test
        void an_anden_aktoer_registers_only_for_citizens_referred_to_it_on_the_day() {
            String cpr = TestCpr.naeste();
            feed.kontaktgruppe(cpr, 1, "2024-01-01", null);
            feed.henvisning(cpr, "AA7", "2024-03-01", "2024-03-31");
            Api aa7 = api.som(andenAktoer("AA7"));
            assertNaegtet(aa7.registrer(samtale(cpr).af(andenAktoer("AA7")).afholdt("2024-04-01T10:00")), "BORGER_IKKE_HENVIST_TIL_ANDEN_AKTOER");
            assertGodkendt(aa7.registrer(samtale(cpr).af(andenAktoer("AA7")).afholdt("2024-03-01T10:00")));
        }
    }

    @Test
    void every_broken_rule_is_reported_together_and_nothing_is_stored() {
        String cpr = TestCpr.naeste();
        feed.kontaktgruppe(cpr, 6, "2024-01-01", null);
        Api jc101 = api.som(jobcenter("101"));
        // Not yet the jobcenter's citizen: refused for that alone, so that nothing is told about somebody else's citizen.
        assertNaegtet(jc101.registrer(samtale(cpr).type(17).af(jobcenter("101"))), "BORGER_IKKE_TILKNYTTET_JOBCENTER");
        feed.jobcenter(cpr, "101", "2024-01-01", null);
        Svar svar = jc101.registrer(samtale(cpr).type(17).af(jobcenter("101")));
        assertAfvist(svar, "SAMTALETYPE_IKKE_LOVLIG", "DELTAGELSESSTATUS_MANGLER");
        assertThat(svar.json().get("fejl").get(0).get("besked").asString())
                .isEqualTo("Samtaletypen Jobsamtale med deltagelse af a-kasse (17) er ikke lovlig for kontaktgruppe 6 Sygedagpengemodtager (rask) den 2024-03-01.");
        assertThat(antalSamtaler(cpr)).isZero();
    }

    @Test
    void search_answers_the_citizens_conversations_in_held_order_within_the_days_asked() {
        String cpr = dagpengemodtager();
        assertGodkendt(ak12.registrer(samtale(cpr).afholdt("2024-03-01T10:00")));
        assertGodkendt(ak12.registrer(samtale(cpr).afholdt("2024-03-02T10:00")));
        assertGodkendt(ak12.registrer(samtale(cpr).afholdt("2024-03-03T10:00")));
        Svar alle = star.post("/api/v1/samtaler/soeg", Json.objekt("cpr", cpr));
        assertThat(alle.json().valueStream().map(s -> s.get("afholdt").asString()).toList())
                .containsExactly("2024-03-01T10:00:00+01:00", "2024-03-02T10:00:00+01:00", "2024-03-03T10:00:00+01:00");
        Svar udsnit = star.post("/api/v1/samtaler/soeg", Json.objekt("cpr", cpr, "fra", "2024-03-02", "til", "2024-03-02"));
        assertThat(udsnit.json().size()).isEqualTo(1);
        assertAfvist(star.post("/api/v1/samtaler/soeg", Json.objekt("cpr", cpr, "fra", "2024-03-03", "til", "2024-03-02")), "TIL_FOER_FRA");
    }
}
