package dk.samtaleregister.kontaktforloeb;

import static org.assertj.core.api.Assertions.assertThat;

import dk.samtaleregister.test.Api.Svar;
import dk.samtaleregister.test.TestCpr;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * One scenario per note of docs/kontaktforloeb.md ("How a krav is judged", and the 2026-07-01 change of "The krav as
 * encoded"), through HTTP. Every date is worked out by hand from the window rules there.
 *
 * <p>Two notes speak of a day the registry will not take a conversation on: an anden aktør cannot register for a
 * citizen not referred to it that day, and an Opfølgningssamtale (4) in kontaktgruppe 1 is legal only on a sick day
 * (registration rule 9 and seed 004's table, docs/registration-rules.md). There the conversation is registered while
 * the referral or the fravær covers its day, and the feed then ends that period before the day: a period's change
 * leaves stored conversations as they are (docs/corrections-bookings-retries.md, "The citizen's periods"), and the
 * kontaktforløb is derived from the periods as they are now.
 */
class KontaktforloebNoteScenarieTest extends KontaktforloebScenarier {

    // ---- anden aktør ----

    /** A kontanthjælpsmodtager from 2024-03-04: first jobsamtale in person by 2024-03-11 (+ 7 days), four by 2024-09-03. */
    private static final LocalDate KONTANT_START = d("2024-03-04");

    private JsonNode kontanthjaelpsmodtagerHenvistTilAa7(String cpr) {
        feed.kontaktgruppe(cpr, 2, KONTANT_START.toString(), null);
        feed.jobcenter(cpr, "101", KONTANT_START.toString(), null);
        return feed.henvisning(cpr, "AA7", KONTANT_START.toString(), null);
    }

    @Test
    void an_anden_aktoer_the_citizen_is_referred_to_on_the_day_held_stands_in_for_the_jobcenter() {
        String cpr = TestCpr.naeste();
        kontanthjaelpsmodtagerHenvistTilAa7(cpr);
        long aktoerens = registrer(cpr, AKTOEREN, d("2024-03-08"), 7, FREMMOEDE);

        JsonNode forloeb = etForloeb(cpr, d("2024-03-12"));

        JsonNode foerste = krav(forloeb, "FOERSTE_JOBSAMTALE_1U");
        assertThat(foerste.get("ansvarlig").asString()).isEqualTo("JOBCENTER");
        assertThat(dato(foerste, "frist")).isEqualTo(d("2024-03-11"));
        assertThat(talte(foerste)).containsExactly(aktoerens);
        assertThat(status(foerste)).isEqualTo("OPFYLDT");
        JsonNode fire = krav(forloeb, "JOBSAMTALER_6M");
        assertThat(dato(fire, "frist")).isEqualTo(d("2024-09-03"));
        assertThat(talte(fire)).containsExactly(aktoerens);
    }

    @Test
    void without_a_referral_to_it_on_the_day_held_the_anden_aktoers_conversation_does_not_count() {
        String cpr = TestCpr.naeste();
        JsonNode henvisning = kontanthjaelpsmodtagerHenvistTilAa7(cpr);
        long aktoerens = registrer(cpr, AKTOEREN, d("2024-03-08"), 7, FREMMOEDE);
        afslut(HENVISNINGER, henvisning, "2024-03-07");
        // A referral to another anden aktør that day does not make it AA7's.
        feed.henvisning(cpr, "AA8", "2024-03-08", null);

        JsonNode forloeb = etForloeb(cpr, d("2024-03-12"));

        JsonNode foerste = krav(forloeb, "FOERSTE_JOBSAMTALE_1U");
        assertThat(talte(foerste)).doesNotContain(aktoerens).isEmpty();
        assertThat(status(foerste)).isEqualTo("IKKE_OPFYLDT");
        assertThat(krav(forloeb, "JOBSAMTALER_6M").get("antalAfholdt").asInt()).isZero();
        // And a conversation on a day without a referral is not taken at all (registration rule 9).
        Svar uhenvist = forsoeg(cpr, AKTOEREN, d("2024-03-09"), 7, FREMMOEDE);
        assertThat(uhenvist.status()).as(uhenvist.toString()).isEqualTo(403);
        assertThat(uhenvist.fejlkoder()).containsExactly("BORGER_IKKE_HENVIST_TIL_ANDEN_AKTOER");
    }

    // ---- the sick dagpengemodtager's Opfølgningssamtale ----

    /**
     * A dagpengemodtager from 2024-01-01: JOBCENTER_DAGPENGE_3M_6M from 2024-04-01 (start + 3 months) to 2024-06-30
     * (start + 6 months - 1 day), 3 needed; sick 2024-05-01 to 2024-05-10.
     */
    private static final LocalDate DAGPENGE_START = d("2024-01-01");

    @Test
    void a_sick_dagpengemodtagers_opfoelgningssamtale_with_the_jobcenter_counts_as_a_jobsamtale_for_its_dagpenge_krav() {
        String cpr = borger(1, DAGPENGE_START);
        feed.fravaer(cpr, "SYGDOM_SYGEMELDING", "2024-05-01", "2024-05-10");
        long foer = registrer(cpr, JOBCENTRET, d("2024-04-02"), 7, TELEFON);
        long syg = registrer(cpr, JOBCENTRET, d("2024-05-06"), 4, TELEFON);
        long efter = registrer(cpr, JOBCENTRET, d("2024-06-30"), 7, TELEFON);

        JsonNode krav = krav(cpr, d("2024-07-01"), "JOBCENTER_DAGPENGE_3M_6M");

        assertThat(dato(krav, "vindueFra")).isEqualTo(d("2024-04-01"));
        assertThat(dato(krav, "frist")).isEqualTo(d("2024-06-30"));
        assertThat(talte(krav)).containsExactly(foer, syg, efter);
        assertThat(status(krav)).isEqualTo("OPFYLDT");
    }

    @Test
    void on_a_rask_day_the_opfoelgningssamtale_does_not_count() {
        String cpr = borger(1, DAGPENGE_START);
        JsonNode fravaer = feed.fravaer(cpr, "SYGDOM_SYGEMELDING", "2024-05-01", "2024-05-10");
        long foer = registrer(cpr, JOBCENTRET, d("2024-04-02"), 7, TELEFON);
        long syg = registrer(cpr, JOBCENTRET, d("2024-05-06"), 4, TELEFON);
        long efter = registrer(cpr, JOBCENTRET, d("2024-06-30"), 7, TELEFON);
        // The sickness turns out to have ended on 2024-05-05: 2024-05-06 is a rask day.
        afslut(FRAVAER, fravaer, "2024-05-05");

        JsonNode krav = krav(cpr, d("2024-07-01"), "JOBCENTER_DAGPENGE_3M_6M");

        assertThat(talte(krav)).doesNotContain(syg).containsExactly(foer, efter);
        assertThat(status(krav)).isEqualTo("IKKE_OPFYLDT");
        // Seed 004 gives group 1 rask no Opfølgningssamtale, so one cannot be registered on a rask day at all.
        Svar rask = forsoeg(cpr, JOBCENTRET, d("2024-05-07"), 4, TELEFON);
        assertThat(rask.status()).as(rask.toString()).isEqualTo(422);
        assertThat(rask.fejlkoder()).contains("SAMTALETYPE_IKKE_LOVLIG");
    }

    @Test
    void the_sick_opfoelgningssamtale_stands_for_the_jobcenters_jobsamtale_only() {
        String cpr = borger(1, DAGPENGE_START);
        feed.fravaer(cpr, "SYGDOM_SYGEMELDING", "2024-01-08", "2024-01-12");
        feed.fravaer(cpr, "SYGDOM_SYGEMELDING", "2024-08-01", "2024-08-10");
        long akassens = registrer(cpr, AKASSEN, d("2024-01-09"), 4, FREMMOEDE);
        long jobcentrets = registrer(cpr, JOBCENTRET, d("2024-08-05"), 4, FREMMOEDE);

        JsonNode forloeb = etForloeb(cpr, d("2025-05-01"));

        // Not for the a-kasse's krav, whoever held it: 0 to 2 weeks and 0 to 3 months (2024-03-31).
        assertThat(talte(krav(forloeb, "AKASSE_FOERSTE_2U"))).doesNotContain(akassens).isEmpty();
        assertThat(talte(krav(forloeb, "AKASSE_3M"))).doesNotContain(akassens).isEmpty();
        // Not for the joint conversation (17, 19) from 6 months (2024-07-01) to 16 months (2025-04-30).
        JsonNode faelles = krav(forloeb, "FAELLES_16M");
        assertThat(dato(faelles, "vindueFra")).isEqualTo(d("2024-07-01"));
        assertThat(dato(faelles, "frist")).isEqualTo(d("2025-04-30"));
        assertThat(talte(faelles)).doesNotContain(jobcentrets).isEmpty();
        assertThat(status(faelles)).isEqualTo("IKKE_OPFYLDT");
    }

    @Test
    void the_sick_opfoelgningssamtale_counts_for_the_jobcenters_four_of_2020_2023_too() {
        // Dagpenge from 2022-01-01 under the 2020-2023 rules: JOBSAMTALER_6M, four by 2022-06-30.
        String cpr = borger(1, d("2022-01-01"));
        feed.fravaer(cpr, "SYGDOM_SYGEMELDING", "2022-02-01", "2022-02-10");
        long syg = registrer(cpr, JOBCENTRET, d("2022-02-03"), 4, VIDEO);

        JsonNode krav = krav(cpr, d("2022-07-01"), "JOBSAMTALER_6M");

        assertThat(dato(krav, "frist")).isEqualTo(d("2022-06-30"));
        assertThat(talte(krav)).containsExactly(syg);
    }

    // ---- revalidering and forrevalidering ----

    @Test
    void a_change_from_forrevalidering_to_revalidering_continues_one_forloeb_under_the_rules_of_its_start() {
        String cpr = TestCpr.naeste();
        feed.kontaktgruppe(cpr, 5, "2023-12-01", "2024-01-31");
        feed.kontaktgruppe(cpr, 4, "2024-02-01", null);
        feed.jobcenter(cpr, "101", "2023-12-01", null);
        List<Long> fire = List.of(
                registrer(cpr, JOBCENTRET, d("2023-12-04"), 7, TELEFON),
                registrer(cpr, JOBCENTRET, d("2024-01-15"), 7, TELEFON),
                registrer(cpr, JOBCENTRET, d("2024-03-01"), 7, TELEFON),
                registrer(cpr, JOBCENTRET, d("2024-05-31"), 7, TELEFON));

        JsonNode forloeb = etForloeb(cpr, d("2024-06-01"));

        assertThat(dato(forloeb, "start")).isEqualTo(d("2023-12-01"));
        assertThat(forloeb.get("kontaktgruppe").asInt()).isIn(4, 5);
        JsonNode krav = krav(forloeb, "JOBSAMTALER_6M");
        // The version in force on the start day governs the whole forløb: 2020-2023's, though group 4 began in 2024.
        assertThat(krav.get("hjemmel").asString()).contains("LBK 701/2022");
        assertThat(dato(krav, "vindueFra")).isEqualTo(d("2023-12-01"));
        // 2023-12-01 + 6 months - 1 day.
        assertThat(dato(krav, "frist")).isEqualTo(d("2024-05-31"));
        assertThat(talte(krav)).containsExactlyElementsOf(fire);
        assertThat(status(krav)).isEqualTo("OPFYLDT");
    }

    @Test
    void a_change_from_revalidering_to_forrevalidering_continues_one_forloeb_too() {
        String cpr = TestCpr.naeste();
        feed.kontaktgruppe(cpr, 4, "2024-03-01", "2024-04-30");
        feed.kontaktgruppe(cpr, 5, "2024-05-01", null);
        feed.jobcenter(cpr, "101", "2024-03-01", null);
        List<Long> fire = List.of(
                registrer(cpr, JOBCENTRET, d("2024-03-05"), 7, FREMMOEDE),
                registrer(cpr, JOBCENTRET, d("2024-04-10"), 7, FREMMOEDE),
                registrer(cpr, JOBCENTRET, d("2024-06-10"), 7, FREMMOEDE),
                registrer(cpr, JOBCENTRET, d("2024-08-31"), 7, FREMMOEDE));

        JsonNode forloeb = etForloeb(cpr, d("2024-09-01"));

        assertThat(dato(forloeb, "start")).isEqualTo(d("2024-03-01"));
        JsonNode krav = krav(forloeb, "JOBSAMTALER_6M");
        // 2024-03-01 + 6 months - 1 day.
        assertThat(dato(krav, "frist")).isEqualTo(d("2024-08-31"));
        assertThat(talte(krav)).containsExactlyElementsOf(fire);
        assertThat(status(krav)).isEqualTo("OPFYLDT");
    }

    @Test
    void a_change_from_revalidering_to_another_group_starts_a_new_forloeb() {
        String cpr = TestCpr.naeste();
        feed.kontaktgruppe(cpr, 4, "2024-03-01", "2024-04-30");
        feed.kontaktgruppe(cpr, 2, "2024-05-01", null);
        feed.jobcenter(cpr, "101", "2024-03-01", null);
        registrer(cpr, JOBCENTRET, d("2024-03-05"), 7, FREMMOEDE);
        long kontant = registrer(cpr, JOBCENTRET, d("2024-05-02"), 7, FREMMOEDE);

        JsonNode forloeb = forloebene(cpr, d("2024-05-09"));

        assertThat(forloeb.valueStream().map(f -> f.get("kontaktgruppe").asInt()).toList()).containsExactly(4, 2);
        JsonNode nyt = forloeb.get(1);
        assertThat(dato(nyt, "start")).isEqualTo(d("2024-05-01"));
        JsonNode foerste = krav(nyt, "FOERSTE_JOBSAMTALE_1U");
        // 2024-05-01 + 7 days.
        assertThat(dato(foerste, "frist")).isEqualTo(d("2024-05-08"));
        assertThat(talte(foerste)).containsExactly(kontant);
        assertThat(dato(krav(nyt, "JOBSAMTALER_6M"), "vindueFra")).isEqualTo(d("2024-05-01"));
        assertThat(talte(krav(nyt, "JOBSAMTALER_6M"))).containsExactly(kontant);
    }

    // ---- a break in dagpenge ----

    /**
     * Dagpenge 2024-01-01 to 2024-01-31, then none in February (29 days), then again from 2024-03-01. Unbroken, the
     * windows would be: AKASSE_FOERSTE_2U to 2024-01-15, AKASSE_3M to 2024-03-31, JOBCENTER_DAGPENGE_3M_6M 2024-04-01 to
     * 2024-06-30, FAELLES_16M 2024-07-01 to 2025-04-30. Every window day after 2024-01-31 moves 29 days.
     */
    private String dagpengeMedPauseIFebruar(Integer pausegruppe) {
        String cpr = TestCpr.naeste();
        feed.kontaktgruppe(cpr, 1, "2024-01-01", "2024-01-31");
        if (pausegruppe != null) {
            feed.kontaktgruppe(cpr, pausegruppe, "2024-02-01", "2024-02-29");
        }
        feed.kontaktgruppe(cpr, 1, "2024-03-01", null);
        feed.jobcenter(cpr, "101", "2024-01-01", null);
        feed.akasse(cpr, "AK12", "2024-01-01", null);
        return cpr;
    }

    private static void flyttetMedPausen(JsonNode dagpenge) {
        assertThat(dato(dagpenge, "start")).isEqualTo(d("2024-01-01"));
        assertThat(dato(krav(dagpenge, "AKASSE_FOERSTE_2U"), "frist")).as("before the break: not moved").isEqualTo(d("2024-01-15"));
        assertThat(dato(krav(dagpenge, "AKASSE_3M"), "frist")).isEqualTo(d("2024-04-29"));
        assertThat(dato(krav(dagpenge, "JOBCENTER_DAGPENGE_3M_6M"), "vindueFra")).isEqualTo(d("2024-04-30"));
        assertThat(dato(krav(dagpenge, "JOBCENTER_DAGPENGE_3M_6M"), "frist")).isEqualTo(d("2024-07-29"));
        assertThat(dato(krav(dagpenge, "FAELLES_16M"), "vindueFra")).isEqualTo(d("2024-07-30"));
        assertThat(dato(krav(dagpenge, "FAELLES_16M"), "frist")).isEqualTo(d("2025-05-29"));
    }

    @Test
    void a_break_in_dagpenge_moves_every_later_window_by_its_length() {
        String cpr = dagpengeMedPauseIFebruar(null);
        List<Long> akassens = List.of(
                registrer(cpr, AKASSEN, d("2024-01-03"), 7, FREMMOEDE),
                registrer(cpr, AKASSEN, d("2024-01-20"), 7, TELEFON),
                // After the unbroken frist (2024-03-31), on the moved one.
                registrer(cpr, AKASSEN, "2024-04-29T10:00", 7, TELEFON));
        // The day before the moved window, though inside the unbroken one (from 2024-04-01): does not count.
        long foerVinduet = registrer(cpr, JOBCENTRET, "2024-04-29T11:00", 7, TELEFON);
        long iVinduet = registrer(cpr, JOBCENTRET, d("2024-04-30"), 7, TELEFON);

        JsonNode dagpenge = etForloeb(cpr, d("2024-05-01"));

        assertThat(dagpenge.get("kontaktgruppe").asInt()).isEqualTo(1);
        flyttetMedPausen(dagpenge);
        JsonNode akasse3m = krav(dagpenge, "AKASSE_3M");
        assertThat(talte(akasse3m)).containsExactlyElementsOf(akassens);
        assertThat(status(akasse3m)).isEqualTo("OPFYLDT");
        assertThat(talte(krav(dagpenge, "JOBCENTER_DAGPENGE_3M_6M"))).doesNotContain(foerVinduet).containsExactly(iVinduet);
    }

    @Test
    void after_a_break_in_dagpenge_the_day_after_the_moved_frist_is_too_late() {
        String cpr = dagpengeMedPauseIFebruar(null);
        registrer(cpr, AKASSEN, d("2024-01-03"), 7, FREMMOEDE);
        registrer(cpr, AKASSEN, d("2024-01-20"), 7, TELEFON);
        long forSent = registrer(cpr, AKASSEN, d("2024-04-30"), 7, TELEFON);

        JsonNode akasse3m = krav(cpr, d("2024-05-01"), "AKASSE_3M");

        assertThat(dato(akasse3m, "frist")).isEqualTo(d("2024-04-29"));
        assertThat(talte(akasse3m)).doesNotContain(forSent).hasSize(2);
        assertThat(status(akasse3m)).isEqualTo("IKKE_OPFYLDT");
    }

    @Test
    void a_break_spent_in_another_group_moves_the_windows_the_same_and_is_a_forloeb_of_its_own() {
        String cpr = dagpengeMedPauseIFebruar(6);

        JsonNode forloeb = forloebene(cpr, d("2024-05-01"));

        assertThat(forloeb.valueStream().map(f -> f.get("kontaktgruppe").asInt()).toList()).containsExactly(1, 6);
        flyttetMedPausen(forloeb.get(0));
        assertThat(dato(forloeb.get(1), "start")).isEqualTo(d("2024-02-01"));
    }

    // ---- before 2020 ----

    @Test
    void a_forloeb_that_started_before_2020_has_no_krav_and_says_why_in_danish() {
        String cpr = TestCpr.naeste();
        feed.kontaktgruppe(cpr, 2, "2019-12-31", null);
        feed.jobcenter(cpr, "101", "2019-12-31", null);
        registrer(cpr, JOBCENTRET, d("2020-01-02"), 7, FREMMOEDE);

        JsonNode forloeb = etForloeb(cpr, d("2020-07-01"));

        assertThat(dato(forloeb, "start")).isEqualTo(d("2019-12-31"));
        assertThat(forloeb.get("krav")).isEmpty();
        assertThat(dato(forloeb, "naesteFrist")).isNull();
        assertThat(forloeb.get("bemaerkning").asString()).contains("2019-12-31", "før 2020-01-01", "ingen krav");
        // A day later, the 2020-2023 rows govern.
        String dagenEfter = TestCpr.naeste();
        feed.kontaktgruppe(dagenEfter, 2, "2020-01-01", null);
        JsonNode senere = etForloeb(dagenEfter, d("2020-07-01"));
        assertThat(kravkoder(senere)).containsExactlyInAnyOrder("JOBSAMTALER_6M", "FOERSTE_JOBSAMTALE_1U");
        assertThat(senere.get("bemaerkning").isNull()).isTrue();
    }

    // ---- the rules of lov 1750/2025 from 2026-07-01 ----

    @Test
    void a_dagpenge_forloeb_from_2026_07_01_needs_two_akasse_conversations_with_a_target_of_75_percent_one_from_the_day_before_three() {
        String juni = borger(1, d("2026-06-30"));
        String juli = borger(1, d("2026-07-01"));
        for (String cpr : List.of(juni, juli)) {
            registrer(cpr, AKASSEN, d("2026-07-02"), 7, FREMMOEDE);
            registrer(cpr, AKASSEN, d("2026-08-03"), 7, TELEFON);
        }

        JsonNode gammel = etForloeb(juni, d("2026-10-01"));
        JsonNode ny = etForloeb(juli, d("2026-10-01"));

        // 2026-06-30 + 3 months - 1 day; 3 needed, no target.
        JsonNode gammelAkasse = krav(gammel, "AKASSE_3M");
        assertThat(dato(gammelAkasse, "frist")).isEqualTo(d("2026-09-29"));
        assertThat(gammelAkasse.get("antalKraevet").asInt()).isEqualTo(3);
        assertThat(maal(gammelAkasse)).isNull();
        assertThat(gammelAkasse.get("hjemmel").asString()).contains("LBK 280/2024").doesNotContain("1750/2025");
        assertThat(gammelAkasse.get("antalAfholdt").asInt()).isEqualTo(2);
        assertThat(status(gammelAkasse)).isEqualTo("IKKE_OPFYLDT");
        // 2026-07-01 + 3 months - 1 day; 2 needed, target 75 %.
        JsonNode nyAkasse = krav(ny, "AKASSE_3M");
        assertThat(dato(nyAkasse, "frist")).isEqualTo(d("2026-09-30"));
        assertThat(nyAkasse.get("antalKraevet").asInt()).isEqualTo(2);
        assertThat(maal(nyAkasse)).isEqualTo(75);
        assertThat(nyAkasse.get("hjemmel").asString()).contains("lov 1750/2025");
        assertThat(status(nyAkasse)).isEqualTo("OPFYLDT");
        // The jobcenter's after month 3 changes the same way: 3 without a target, 2 with 75 %.
        JsonNode gammelJobcenter = krav(gammel, "JOBCENTER_DAGPENGE_3M_6M");
        JsonNode nyJobcenter = krav(ny, "JOBCENTER_DAGPENGE_3M_6M");
        assertThat(gammelJobcenter.get("antalKraevet").asInt()).isEqualTo(3);
        assertThat(maal(gammelJobcenter)).isNull();
        assertThat(nyJobcenter.get("antalKraevet").asInt()).isEqualTo(2);
        assertThat(maal(nyJobcenter)).isEqualTo(75);
    }

    // ---- the Danish day ----

    @Test
    void a_conversation_is_judged_by_the_danish_day_it_was_held() {
        // Kontanthjælp from 2024-06-24: first jobsamtale in person by 2024-07-01 (+ 7 days). 22:30 UTC on the frist is
        // 00:30 the next Danish day (summer time, +02:00); 21:30 UTC is 23:30 on the frist (docs/registration-rules.md, "Time").
        String sent = TestCpr.naeste();
        String rettidigt = TestCpr.naeste();
        for (String cpr : List.of(sent, rettidigt)) {
            feed.kontaktgruppe(cpr, 2, "2024-06-24", null);
            feed.jobcenter(cpr, "101", "2024-06-24", null);
        }
        registrer(sent, JOBCENTRET, "2024-07-01T22:30:00Z", 7, FREMMOEDE);
        long iTide = registrer(rettidigt, JOBCENTRET, "2024-07-01T21:30:00Z", 7, FREMMOEDE);

        assertThat(status(krav(sent, d("2024-07-02"), "FOERSTE_JOBSAMTALE_1U"))).isEqualTo("IKKE_OPFYLDT");
        JsonNode foerste = krav(rettidigt, d("2024-07-02"), "FOERSTE_JOBSAMTALE_1U");
        assertThat(talte(foerste)).containsExactly(iTide);
        assertThat(status(foerste)).isEqualTo("OPFYLDT");
    }
}
