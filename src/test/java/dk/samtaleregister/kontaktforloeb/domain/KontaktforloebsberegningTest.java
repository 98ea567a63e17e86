package dk.samtaleregister.kontaktforloeb.domain;

import static dk.samtaleregister.faelles.domain.Myndighedstype.AKASSE;
import static dk.samtaleregister.faelles.domain.Myndighedstype.ANDEN_AKTOER;
import static dk.samtaleregister.faelles.domain.Myndighedstype.JOBCENTER;
import static dk.samtaleregister.kontaktforloeb.domain.Kravstatus.AABEN;
import static dk.samtaleregister.kontaktforloeb.domain.Kravstatus.IKKE_OPFYLDT;
import static dk.samtaleregister.kontaktforloeb.domain.Kravstatus.OPFYLDT;
import static dk.samtaleregister.kontaktforloeb.domain.Kravstatus.UNDTAGET;
import static org.assertj.core.api.Assertions.assertThat;

import dk.samtaleregister.borger.domain.AndenAktoerHenvisning;
import dk.samtaleregister.borger.domain.BorgerSituation;
import dk.samtaleregister.borger.domain.Fravaer;
import dk.samtaleregister.borger.domain.KontaktgruppePeriode;
import dk.samtaleregister.borger.domain.Undtagelse;
import dk.samtaleregister.faelles.domain.Myndighedstype;
import dk.samtaleregister.faelles.domain.Periode;
import dk.samtaleregister.regler.domain.Fravaerstype;
import dk.samtaleregister.regler.domain.Kontaktform;
import dk.samtaleregister.regler.domain.Kontaktgruppe;
import dk.samtaleregister.regler.domain.Samtaletype;
import dk.samtaleregister.regler.domain.Undtagelsesgrund;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Every date below is computed by hand from the window conventions of docs/kontaktforloeb.md, "How a krav is judged". */
class KontaktforloebsberegningTest {

    static final Kontaktforloebsberegning BEREGNING = new Kontaktforloebsberegning(KravbogTest.shipped(), KravbogTest.undtagelsesregler());

    // ---- a small fixture language ----

    static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    static KontaktgruppePeriode periode(int gruppe, String fra, String til) {
        return new KontaktgruppePeriode(0, Kontaktgruppe.medNummer(gruppe).orElseThrow(),
                new Periode(d(fra), til == null ? null : d(til)));
    }

    static Kontaktsamtale samtale(long nr, String dag, Samtaletype type, Kontaktform form, Myndighedstype myndighed) {
        return new Kontaktsamtale(nr, d(dag), type, form, myndighed, kode(myndighed), true, false);
    }

    /** The authority's kode in these tests: jobcenter 101, a-kasse AK12, anden aktør AA7. */
    static String kode(Myndighedstype myndighed) {
        return switch (myndighed) {
            case JOBCENTER -> "101";
            case AKASSE -> "AK12";
            case ANDEN_AKTOER -> "AA7";
            case STAR -> "STAR";
        };
    }

    static Kontaktsamtale jobsamtale(long nr, String dag) {
        return samtale(nr, dag, Samtaletype.JOBSAMTALE, Kontaktform.TELEFONISK, JOBCENTER);
    }

    static Kontaktsamtale fremmoede(long nr, String dag) {
        return samtale(nr, dag, Samtaletype.JOBSAMTALE, Kontaktform.PERSONLIGT_FREMMOEDE, JOBCENTER);
    }

    static Kontaktsamtale akasse(long nr, String dag) {
        return samtale(nr, dag, Samtaletype.JOBSAMTALE, Kontaktform.PERSONLIGT_FREMMOEDE, AKASSE);
    }

    static Kontaktsamtale faelles(long nr, String dag) {
        return samtale(nr, dag, Samtaletype.FAELLES_JOBSAMTALE_MED_DAGPENGEMODTAGER, Kontaktform.PERSONLIGT_FREMMOEDE, JOBCENTER);
    }

    static Kontaktsamtale opfoelgning(long nr, String dag, Kontaktform form) {
        return samtale(nr, dag, Samtaletype.OPFOELGNINGSSAMTALE, form, JOBCENTER);
    }

    /** A citizen with these periods, sick on the days of {@code sygdom}, referred as {@code henvisninger} say. */
    static Borgergrundlag grundlag(List<KontaktgruppePeriode> perioder, List<Periode> sygdom, List<AndenAktoerHenvisning> henvisninger,
                                   List<Undtagelse> undtagelser) {
        List<Fravaer> fravaer = sygdom.stream().map(dage -> new Fravaer(0, Fravaerstype.SYGDOM_SYGEMELDING, dage)).toList();
        return new Borgergrundlag(new BorgerSituation(perioder, fravaer, List.of(), List.of(), henvisninger), undtagelser);
    }

    /** A citizen known only by the kontaktgruppe periods: no sickness, referral or exemption. */
    static Borgergrundlag kunPerioder(List<KontaktgruppePeriode> perioder) {
        return grundlag(perioder, List.of(), List.of(), List.of());
    }

    static List<Kontaktforloeb> beregn(List<KontaktgruppePeriode> perioder, List<Kontaktsamtale> samtaler, String pr) {
        return BEREGNING.beregn(kunPerioder(perioder), samtaler, d(pr));
    }

    static KravResultat krav(Kontaktforloeb forloeb, String kode) {
        return forloeb.krav().stream().filter(k -> k.kode().equals(kode)).findFirst().orElseThrow();
    }

    static KravResultat enesteForloeb(KontaktgruppePeriode periode, List<Kontaktsamtale> samtaler, String pr, String kode) {
        List<Kontaktforloeb> forloeb = beregn(List.of(periode), samtaler, pr);
        assertThat(forloeb).hasSize(1);
        return krav(forloeb.get(0), kode);
    }

    static void vindue(KravResultat krav, String fra, String frist) {
        assertThat(krav.vindueFra()).isEqualTo(d(fra));
        assertThat(krav.frist()).isEqualTo(d(frist));
    }

    @Nested
    class Kontanthjaelp2022 {
        // start 2022-03-01: 1U ends 03-01 + 7 = 03-08; 6M ends 09-01 - 1 = 08-31.
        private final KontaktgruppePeriode kontant = periode(2, "2022-03-01", null);

        @Test
        void first_jobsamtale_on_the_last_day_of_week_one_counts() {
            KravResultat k = enesteForloeb(kontant, List.of(jobsamtale(1, "2022-03-08")), "2022-03-08", "FOERSTE_JOBSAMTALE_1U");
            vindue(k, "2022-03-01", "2022-03-08");
            assertThat(k.status()).isEqualTo(OPFYLDT);
            assertThat(k.talteSamtaler()).containsExactly(1L);
            assertThat(k.hjemmel()).isEqualTo("LBL § 31 stk. 3 (LBK 701/2022)");
            assertThat(k.kilde()).isEqualTo("https://elov.dk/lov-om-en-aktiv-beskaeftigelsesindsats/paragraf/31/");
            assertThat(k.ansvarlig()).isEqualTo(JOBCENTER);
        }

        @Test
        void first_jobsamtale_the_day_after_does_not() {
            KravResultat k = enesteForloeb(kontant, List.of(jobsamtale(1, "2022-03-09")), "2022-03-09", "FOERSTE_JOBSAMTALE_1U");
            assertThat(k.antalAfholdt()).isZero();
            assertThat(k.status()).isEqualTo(IKKE_OPFYLDT);
        }

        @Test
        void nothing_held_is_open_until_the_frist_and_then_not_met() {
            assertThat(enesteForloeb(kontant, List.of(), "2022-03-08", "FOERSTE_JOBSAMTALE_1U").status()).isEqualTo(AABEN);
            assertThat(enesteForloeb(kontant, List.of(), "2022-03-09", "FOERSTE_JOBSAMTALE_1U").status()).isEqualTo(IKKE_OPFYLDT);
        }

        @Test
        void naeste_frist_is_the_earliest_open_one() {
            assertThat(beregn(List.of(kontant), List.of(), "2022-03-02").get(0).naesteFrist()).isEqualTo(d("2022-03-08"));
            assertThat(beregn(List.of(kontant), List.of(jobsamtale(1, "2022-03-02")), "2022-03-02").get(0).naesteFrist())
                    .isEqualTo(d("2022-08-31"));
            assertThat(beregn(List.of(kontant), List.of(), "2022-09-01").get(0).naesteFrist()).isNull();
        }

        @Test
        void four_jobsamtaler_by_the_last_day_of_month_six() {
            List<Kontaktsamtale> fire = List.of(jobsamtale(1, "2022-03-02"), jobsamtale(2, "2022-05-01"),
                    jobsamtale(3, "2022-07-01"), jobsamtale(4, "2022-08-31"));
            KravResultat k = enesteForloeb(kontant, fire, "2022-08-31", "JOBSAMTALER_6M");
            vindue(k, "2022-03-01", "2022-08-31");
            assertThat(k.status()).isEqualTo(OPFYLDT);
            assertThat(k.antalKraevet()).isEqualTo(4);
            assertThat(k.talteSamtaler()).containsExactly(1L, 2L, 3L, 4L);
        }

        @Test
        void the_fourth_the_day_after_is_too_late() {
            List<Kontaktsamtale> fire = List.of(jobsamtale(1, "2022-03-02"), jobsamtale(2, "2022-05-01"),
                    jobsamtale(3, "2022-07-01"), jobsamtale(4, "2022-09-01"));
            assertThat(enesteForloeb(kontant, fire, "2022-08-31", "JOBSAMTALER_6M").status()).isEqualTo(AABEN);
            KravResultat k = enesteForloeb(kontant, fire, "2022-09-01", "JOBSAMTALER_6M");
            assertThat(k.antalAfholdt()).isEqualTo(3);
            assertThat(k.status()).isEqualTo(IKKE_OPFYLDT);
        }

        @Test
        void a_conversation_held_after_pr_is_not_yet_counted() {
            KravResultat k = enesteForloeb(kontant, List.of(jobsamtale(1, "2022-03-05")), "2022-03-04", "FOERSTE_JOBSAMTALE_1U");
            assertThat(k.status()).isEqualTo(AABEN);
        }

        @Test
        void an_annulled_conversation_stops_counting() {
            Kontaktsamtale s = jobsamtale(1, "2022-03-05");
            assertThat(enesteForloeb(kontant, List.of(s), "2022-03-09", "FOERSTE_JOBSAMTALE_1U").status()).isEqualTo(OPFYLDT);
            KravResultat k = enesteForloeb(kontant, List.of(annulleret(s)), "2022-03-09", "FOERSTE_JOBSAMTALE_1U");
            assertThat(k.status()).isEqualTo(IKKE_OPFYLDT);
            assertThat(k.talteSamtaler()).isEmpty();
        }

        @Test
        void a_letter_never_counts() {
            Kontaktsamtale brev = new Kontaktsamtale(1, d("2022-03-02"), Samtaletype.JOBSAMTALE, Kontaktform.BREV, JOBCENTER, "101", false, false);
            KravResultat k = enesteForloeb(kontant, List.of(brev), "2022-03-09", "FOERSTE_JOBSAMTALE_1U");
            assertThat(k.antalAfholdt()).isZero();
            assertThat(k.status()).isEqualTo(IKKE_OPFYLDT);
        }

        @Test
        void other_types_and_authorities_do_not_count() {
            List<Kontaktsamtale> andre = List.of(
                    samtale(1, "2022-03-02", Samtaletype.INTEGRATIONSSAMTALE, Kontaktform.TELEFONISK, JOBCENTER),
                    samtale(2, "2022-03-02", Samtaletype.CV_SAMTALE, Kontaktform.TELEFONISK, JOBCENTER),
                    akasse(3, "2022-03-02"));
            assertThat(enesteForloeb(kontant, andre, "2022-03-09", "FOERSTE_JOBSAMTALE_1U").status()).isEqualTo(IKKE_OPFYLDT);
        }
    }

    @Nested
    class Uddannelseshjaelp2024 {
        // start 2024-02-26 (leap year): 1U ends 02-26 + 7 = 03-04; 6M ends 08-26 - 1 = 08-25.
        private final KontaktgruppePeriode udd = periode(12, "2024-02-26", null);

        @Test
        void first_in_person_within_a_week_across_29_february() {
            KravResultat k = enesteForloeb(udd, List.of(fremmoede(1, "2024-03-04")), "2024-03-05", "FOERSTE_JOBSAMTALE_1U");
            vindue(k, "2024-02-26", "2024-03-04");
            assertThat(k.status()).isEqualTo(OPFYLDT);
            assertThat(enesteForloeb(udd, List.of(fremmoede(1, "2024-03-05")), "2024-03-05", "FOERSTE_JOBSAMTALE_1U").status())
                    .isEqualTo(IKKE_OPFYLDT);
            assertThat(enesteForloeb(udd, List.of(jobsamtale(1, "2024-03-04")), "2024-03-05", "FOERSTE_JOBSAMTALE_1U").status())
                    .as("by phone, not in person (LBL § 33)").isEqualTo(IKKE_OPFYLDT);
        }

        @Test
        void four_within_six_months() {
            List<Kontaktsamtale> fire = List.of(jobsamtale(1, "2024-02-27"), jobsamtale(2, "2024-04-01"),
                    jobsamtale(3, "2024-06-01"), jobsamtale(4, "2024-08-25"));
            KravResultat k = enesteForloeb(udd, fire, "2024-08-26", "JOBSAMTALER_6M");
            vindue(k, "2024-02-26", "2024-08-25");
            assertThat(k.status()).isEqualTo(OPFYLDT);
            List<Kontaktsamtale> sent = new ArrayList<>(fire.subList(0, 3));
            sent.add(jobsamtale(4, "2024-08-26"));
            assertThat(enesteForloeb(udd, sent, "2024-08-26", "JOBSAMTALER_6M").status()).isEqualTo(IKKE_OPFYLDT);
        }
    }

    @Nested
    class Jobafklaring {
        // start 2023-08-31: 6M ends 2024-02-29 - 1 = 2024-02-28 (the 2020-2023 rules govern: the forløb started in 2023).
        @Test
        void six_months_from_the_last_day_of_a_month() {
            List<Kontaktsamtale> fire = List.of(jobsamtale(1, "2023-09-01"), jobsamtale(2, "2023-10-01"),
                    jobsamtale(3, "2023-12-01"), jobsamtale(4, "2024-02-28"));
            KravResultat k = enesteForloeb(periode(13, "2023-08-31", null), fire, "2024-03-01", "JOBSAMTALER_6M");
            vindue(k, "2023-08-31", "2024-02-28");
            assertThat(k.status()).isEqualTo(OPFYLDT);
            List<Kontaktsamtale> sent = new ArrayList<>(fire.subList(0, 3));
            sent.add(jobsamtale(4, "2024-02-29"));
            assertThat(enesteForloeb(periode(13, "2023-08-31", null), sent, "2024-03-01", "JOBSAMTALER_6M").status())
                    .isEqualTo(IKKE_OPFYLDT);
        }
    }

    @Nested
    class Dagpenge2022 {
        // start 2022-03-01: 3M ends 06-01 - 1 = 05-31; the second window is 06-01 to 08-31 (6M ends 09-01 - 1).
        private final KontaktgruppePeriode dagpenge = periode(1, "2022-03-01", null);

        @Test
        void the_joint_conversation_by_three_months_is_no_krav_since_its_condition_is_unknown() {
            List<Kontaktforloeb> f = beregn(List.of(dagpenge), List.of(), "2022-06-01");
            assertThat(f.get(0).krav()).extracting(KravResultat::kode)
                    .containsExactlyInAnyOrder("JOBSAMTALER_6M", "FAELLES_AKASSE_3M_6M", "FAELLES_16M");
        }

        @Test
        void the_second_joint_conversation_between_three_and_six_months() {
            KravResultat tidlig = enesteForloeb(dagpenge, List.of(faelles(1, "2022-05-31")), "2022-09-01", "FAELLES_AKASSE_3M_6M");
            vindue(tidlig, "2022-06-01", "2022-08-31");
            assertThat(tidlig.status()).isEqualTo(IKKE_OPFYLDT);
            assertThat(enesteForloeb(dagpenge, List.of(faelles(1, "2022-06-01")), "2022-09-01", "FAELLES_AKASSE_3M_6M").status())
                    .isEqualTo(OPFYLDT);
            assertThat(enesteForloeb(dagpenge, List.of(faelles(1, "2022-08-31")), "2022-09-01", "FAELLES_AKASSE_3M_6M").status())
                    .isEqualTo(OPFYLDT);
            assertThat(enesteForloeb(dagpenge, List.of(faelles(1, "2022-09-01")), "2022-09-01", "FAELLES_AKASSE_3M_6M").status())
                    .isEqualTo(IKKE_OPFYLDT);
        }

        @Test
        void the_joint_conversations_come_on_top_of_the_four_and_do_not_count_towards_them() {
            // LBK 701/2022 § 31 stk. 2: the joint conversations are held "ud over" the jobcenter's four.
            List<Kontaktsamtale> samtaler = List.of(jobsamtale(1, "2022-03-10"), faelles(2, "2022-04-10"),
                    faelles(3, "2022-07-10"), jobsamtale(4, "2022-08-31"));
            List<Kontaktforloeb> f = beregn(List.of(dagpenge), samtaler, "2022-09-01");
            assertThat(krav(f.get(0), "FAELLES_AKASSE_3M_6M").talteSamtaler()).containsExactly(3L);
            KravResultat fire = krav(f.get(0), "JOBSAMTALER_6M");
            vindue(fire, "2022-03-01", "2022-08-31");
            assertThat(fire.talteSamtaler()).containsExactly(1L, 4L);
            assertThat(fire.status()).isEqualTo(IKKE_OPFYLDT);
        }

        @Test
        void the_joint_conversation_between_six_and_sixteen_months() {
            // 6M ends 08-31, so the window is 09-01 to 16M - 1 = 2023-07-01 - 1 = 2023-06-30.
            KravResultat k = enesteForloeb(dagpenge, List.of(faelles(1, "2023-06-30")), "2023-07-01", "FAELLES_16M");
            vindue(k, "2022-09-01", "2023-06-30");
            assertThat(k.status()).isEqualTo(OPFYLDT);
            assertThat(k.hjemmel()).isEqualTo("LBL § 32 stk. 2");
            assertThat(enesteForloeb(dagpenge, List.of(faelles(1, "2022-08-31")), "2023-07-01", "FAELLES_16M").status())
                    .isEqualTo(IKKE_OPFYLDT);
        }
    }

    @Nested
    class Dagpenge2024 {
        // start 2024-03-01: 2U ends 03-01 + 14 = 03-15; 3M ends 06-01 - 1 = 05-31; 6M ends 09-01 - 1 = 08-31.
        private final KontaktgruppePeriode dagpenge = periode(1, "2024-03-01", null);

        @Test
        void the_akasse_first_within_two_weeks() {
            KravResultat k = enesteForloeb(dagpenge, List.of(akasse(1, "2024-03-15")), "2024-03-16", "AKASSE_FOERSTE_2U");
            vindue(k, "2024-03-01", "2024-03-15");
            assertThat(k.status()).isEqualTo(OPFYLDT);
            assertThat(k.ansvarlig()).isEqualTo(AKASSE);
            assertThat(enesteForloeb(dagpenge, List.of(akasse(1, "2024-03-16")), "2024-03-16", "AKASSE_FOERSTE_2U").status())
                    .isEqualTo(IKKE_OPFYLDT);
            assertThat(enesteForloeb(dagpenge, List.of(jobsamtale(1, "2024-03-05")), "2024-03-16", "AKASSE_FOERSTE_2U").status())
                    .as("held by the jobcenter, not the a-kasse").isEqualTo(IKKE_OPFYLDT);
        }

        @Test
        void the_akasse_three_within_three_months() {
            List<Kontaktsamtale> tre = List.of(akasse(1, "2024-03-15"), akasse(2, "2024-04-10"), akasse(3, "2024-05-31"));
            KravResultat k = enesteForloeb(dagpenge, tre, "2024-06-01", "AKASSE_3M");
            vindue(k, "2024-03-01", "2024-05-31");
            assertThat(k.status()).isEqualTo(OPFYLDT);
            List<Kontaktsamtale> sent = List.of(akasse(1, "2024-03-15"), akasse(2, "2024-04-10"), akasse(3, "2024-06-01"));
            assertThat(enesteForloeb(dagpenge, sent, "2024-06-01", "AKASSE_3M").status()).isEqualTo(IKKE_OPFYLDT);
        }

        @Test
        void the_jobcenter_three_after_three_months_and_within_six() {
            // LBK 280/2024 § 31 stk. 1: "Herefter", after the a-kasse's first 3 months: 06-01 to 08-31.
            List<Kontaktsamtale> tre = List.of(jobsamtale(1, "2024-06-01"), jobsamtale(2, "2024-07-10"), jobsamtale(3, "2024-08-31"));
            KravResultat k = enesteForloeb(dagpenge, tre, "2024-09-01", "JOBCENTER_DAGPENGE_3M_6M");
            vindue(k, "2024-06-01", "2024-08-31");
            assertThat(k.status()).isEqualTo(OPFYLDT);
            List<Kontaktsamtale> tidligt = List.of(jobsamtale(1, "2024-05-31"), jobsamtale(2, "2024-07-10"), jobsamtale(3, "2024-08-31"));
            assertThat(enesteForloeb(dagpenge, tidligt, "2024-09-01", "JOBCENTER_DAGPENGE_3M_6M").status()).isEqualTo(IKKE_OPFYLDT);
            List<Kontaktsamtale> sent = List.of(jobsamtale(1, "2024-06-10"), jobsamtale(2, "2024-07-10"), jobsamtale(3, "2024-09-01"));
            assertThat(enesteForloeb(dagpenge, sent, "2024-09-01", "JOBCENTER_DAGPENGE_3M_6M").status()).isEqualTo(IKKE_OPFYLDT);
        }
    }

    @Nested
    class Sygedagpenge {
        // start 2024-03-01: end of week 8 = 03-01 + 55 = 04-25; 6M ends 09-01 - 1 = 08-31.
        private final KontaktgruppePeriode syg = periode(6, "2024-03-01", null);

        @Test
        void the_first_in_person_by_the_end_of_week_eight() {
            KravResultat k = enesteForloeb(syg, List.of(opfoelgning(1, "2024-04-25", Kontaktform.PERSONLIGT_FREMMOEDE)),
                    "2024-04-26", "FOERSTE_OPFOELGNING_8US");
            vindue(k, "2024-03-01", "2024-04-25");
            assertThat(k.status()).isEqualTo(OPFYLDT);
            assertThat(enesteForloeb(syg, List.of(opfoelgning(1, "2024-04-26", Kontaktform.PERSONLIGT_FREMMOEDE)),
                    "2024-04-26", "FOERSTE_OPFOELGNING_8US").status()).isEqualTo(IKKE_OPFYLDT);
        }

        @Test
        void by_phone_it_is_no_first_follow_up_but_counts_towards_the_four() {
            List<Kontaktsamtale> samtaler = List.of(opfoelgning(1, "2024-03-20", Kontaktform.TELEFONISK),
                    opfoelgning(2, "2024-05-01", Kontaktform.DIGITALT_MOEDE), opfoelgning(3, "2024-07-01", Kontaktform.TELEFONISK),
                    opfoelgning(4, "2024-08-31", Kontaktform.PERSONLIGT_FREMMOEDE));
            List<Kontaktforloeb> f = beregn(List.of(syg), samtaler, "2024-09-01");
            assertThat(krav(f.get(0), "FOERSTE_OPFOELGNING_8US").status()).isEqualTo(IKKE_OPFYLDT);
            KravResultat fire = krav(f.get(0), "OPFOELGNING_6M");
            vindue(fire, "2024-03-01", "2024-08-31");
            assertThat(fire.status()).isEqualTo(OPFYLDT);
            List<Kontaktsamtale> sent = new ArrayList<>(samtaler.subList(0, 3));
            sent.add(opfoelgning(4, "2024-09-01", Kontaktform.PERSONLIGT_FREMMOEDE));
            assertThat(krav(beregn(List.of(syg), sent, "2024-09-01").get(0), "OPFOELGNING_6M").status()).isEqualTo(IKKE_OPFYLDT);
        }

        @Test
        void a_jobsamtale_is_no_follow_up() {
            KravResultat k = enesteForloeb(periode(25, "2024-03-01", null), List.of(samtale(1, "2024-03-05",
                    Samtaletype.JOBSAMTALE, Kontaktform.PERSONLIGT_FREMMOEDE, JOBCENTER)), "2024-04-26", "FOERSTE_OPFOELGNING_8US");
            assertThat(k.status()).isEqualTo(IKKE_OPFYLDT);
        }
    }

    @Nested
    class ABreakInDagpenge {
        // Group 1 from 03-01 to 03-10 (forløb days 0-9), then group 8 from 03-11 to 03-31 (21 days), then group 1 again.
        // Forløb day 14 (2U) = 04-01 + 4 = 04-05 = 03-15 + 21; 3M = day 91 = 05-31 + 21 = 06-21; 6M = 08-31 + 21 = 09-21.
        private final List<KontaktgruppePeriode> perioder = List.of(periode(1, "2024-03-01", "2024-03-10"),
                periode(8, "2024-03-11", "2024-03-31"), periode(1, "2024-04-01", null));

        @Test
        void moves_every_later_deadline_by_its_length_and_continues_the_same_forloeb() {
            List<Kontaktforloeb> f = beregn(perioder, List.of(), "2024-04-02");
            assertThat(f).extracting(Kontaktforloeb::kontaktgruppe, Kontaktforloeb::start).containsExactly(
                    org.assertj.core.groups.Tuple.tuple(Kontaktgruppe.DAGPENGEMODTAGER, d("2024-03-01")),
                    org.assertj.core.groups.Tuple.tuple(Kontaktgruppe.UDEN_YDELSE, d("2024-03-11")));
            vindue(krav(f.get(0), "AKASSE_FOERSTE_2U"), "2024-03-01", "2024-04-05");
            vindue(krav(f.get(0), "AKASSE_3M"), "2024-03-01", "2024-06-21");
            vindue(krav(f.get(0), "JOBCENTER_DAGPENGE_3M_6M"), "2024-06-22", "2024-09-21");
            assertThat(f.get(0).naesteFrist()).isEqualTo(d("2024-04-05"));
            assertThat(f.get(1).krav()).isEmpty();
        }

        @Test
        void a_conversation_during_the_break_counts_and_the_last_moved_day_still_counts() {
            assertThat(krav(beregn(perioder, List.of(akasse(1, "2024-03-20")), "2024-04-06").get(0), "AKASSE_FOERSTE_2U").status())
                    .isEqualTo(OPFYLDT);
            assertThat(krav(beregn(perioder, List.of(akasse(1, "2024-04-05")), "2024-04-06").get(0), "AKASSE_FOERSTE_2U").status())
                    .isEqualTo(OPFYLDT);
            assertThat(krav(beregn(perioder, List.of(akasse(1, "2024-04-06")), "2024-04-06").get(0), "AKASSE_FOERSTE_2U").status())
                    .isEqualTo(IKKE_OPFYLDT);
        }

        @Test
        void a_forloeb_that_ended_keeps_counting_days_as_if_the_citizen_had_stayed() {
            List<Kontaktforloeb> f = beregn(List.of(periode(1, "2024-03-01", "2024-03-10")), List.of(), "2024-04-02");
            assertThat(f.get(0).slut()).isEqualTo(d("2024-03-10"));
            vindue(krav(f.get(0), "AKASSE_FOERSTE_2U"), "2024-03-01", "2024-03-15");
        }
    }

    @Nested
    class AChangeOfKontaktgruppe {

        @Test
        void starts_a_new_forloeb() {
            // group 12 from 2022-04-01: 1U ends 04-08, 6M ends 10-01 - 1 = 09-30.
            List<Kontaktforloeb> f = beregn(List.of(periode(2, "2022-01-01", "2022-03-31"), periode(12, "2022-04-01", null)),
                    List.of(jobsamtale(1, "2022-01-03"), jobsamtale(2, "2022-04-08")), "2022-04-09");
            assertThat(f).hasSize(2);
            assertThat(f.get(0).kontaktgruppe()).isEqualTo(Kontaktgruppe.KONTANTHJAELPSMODTAGER);
            assertThat(f.get(0).slut()).isEqualTo(d("2022-03-31"));
            assertThat(krav(f.get(0), "FOERSTE_JOBSAMTALE_1U").talteSamtaler()).containsExactly(1L);
            assertThat(f.get(1).kontaktgruppe()).isEqualTo(Kontaktgruppe.UDDANNELSESHJAELPSMODTAGER);
            assertThat(f.get(1).start()).isEqualTo(d("2022-04-01"));
            KravResultat foerste = krav(f.get(1), "FOERSTE_JOBSAMTALE_1U");
            vindue(foerste, "2022-04-01", "2022-04-08");
            assertThat(foerste.talteSamtaler()).containsExactly(2L);
            vindue(krav(f.get(1), "JOBSAMTALER_6M"), "2022-04-01", "2022-09-30");
        }

        @Test
        void adjacent_periods_of_the_same_group_are_one_forloeb_and_a_gap_starts_a_new_one() {
            assertThat(beregn(List.of(periode(2, "2022-01-01", "2022-01-31"), periode(2, "2022-02-01", null)), List.of(), "2022-03-01"))
                    .singleElement().satisfies(f -> assertThat(f.start()).isEqualTo(d("2022-01-01")));
            assertThat(beregn(List.of(periode(2, "2022-01-01", "2022-01-31"), periode(2, "2022-02-02", null)), List.of(), "2022-03-01"))
                    .extracting(Kontaktforloeb::start).containsExactly(d("2022-01-01"), d("2022-02-02"));
        }

        @Test
        void periods_starting_after_pr_are_not_yet_forloeb() {
            assertThat(beregn(List.of(periode(2, "2022-01-01", "2022-01-31"), periode(12, "2022-02-01", null)), List.of(), "2022-01-31"))
                    .hasSize(1);
        }
    }

    @Nested
    class ARulePeriodBoundary {

        @Test
        void a_forloeb_starting_on_31_december_2023_keeps_the_old_rules() {
            // 3M: 2024-03-31 - 1 = 03-30; 6M: 2024-06-30 - 1 = 06-29.
            Kontaktforloeb f = beregn(List.of(periode(1, "2023-12-31", null)), List.of(), "2024-01-02").get(0);
            assertThat(f.krav()).extracting(KravResultat::kode)
                    .containsExactlyInAnyOrder("JOBSAMTALER_6M", "FAELLES_AKASSE_3M_6M", "FAELLES_16M");
            vindue(krav(f, "FAELLES_AKASSE_3M_6M"), "2024-03-31", "2024-06-29");
            vindue(krav(f, "JOBSAMTALER_6M"), "2023-12-31", "2024-06-29");
        }

        @Test
        void a_forloeb_starting_on_1_january_2024_gets_the_new_rules() {
            // 2U: 01-15; 3M: 04-01 - 1 = 03-31; 6M: 07-01 - 1 = 06-30.
            Kontaktforloeb f = beregn(List.of(periode(1, "2024-01-01", null)), List.of(), "2024-01-02").get(0);
            assertThat(f.krav()).extracting(KravResultat::kode)
                    .containsExactlyInAnyOrder("FAELLES_16M", "AKASSE_FOERSTE_2U", "AKASSE_3M", "JOBCENTER_DAGPENGE_3M_6M");
            vindue(krav(f, "AKASSE_FOERSTE_2U"), "2024-01-01", "2024-01-15");
            vindue(krav(f, "AKASSE_3M"), "2024-01-01", "2024-03-31");
            vindue(krav(f, "JOBCENTER_DAGPENGE_3M_6M"), "2024-04-01", "2024-06-30");
        }
    }

    @Nested
    class TheNotesOfTheTable {
        // Dagpenge from 2024-03-01: 3M ends 05-31, the jobcenter's window is 06-01 to 08-31.
        private final KontaktgruppePeriode dagpenge = periode(1, "2024-03-01", null);

        private List<Kontaktforloeb> beregn(Borgergrundlag grundlag, List<Kontaktsamtale> samtaler, String pr) {
            return BEREGNING.beregn(grundlag, samtaler, d(pr));
        }

        private AndenAktoerHenvisning henvisning(String andenAktoer, String fra, String til) {
            return new AndenAktoerHenvisning(0, andenAktoer, new Periode(d(fra), til == null ? null : d(til)));
        }

        private Undtagelse undtagelse(Undtagelsesgrund grund, String fra, String til) {
            return new Undtagelse(0, grund, new Periode(d(fra), til == null ? null : d(til)));
        }

        @Test
        void an_anden_aktoers_conversation_counts_for_the_jobcenter_while_the_citizen_is_referred_to_it() {
            List<Kontaktsamtale> tre = List.of(samtale(1, "2024-06-10", Samtaletype.JOBSAMTALE, Kontaktform.TELEFONISK, ANDEN_AKTOER),
                    jobsamtale(2, "2024-07-10"), jobsamtale(3, "2024-08-10"));
            Borgergrundlag henvist = grundlag(List.of(dagpenge), List.of(), List.of(henvisning("AA7", "2024-06-01", "2024-06-30")),
                    List.of());
            Borgergrundlag andenAktoer = grundlag(List.of(dagpenge), List.of(), List.of(henvisning("AA8", "2024-06-01", null)),
                    List.of());
            Borgergrundlag senere = grundlag(List.of(dagpenge), List.of(), List.of(henvisning("AA7", "2024-06-11", null)), List.of());

            assertThat(krav(beregn(henvist, tre, "2024-09-01").get(0), "JOBCENTER_DAGPENGE_3M_6M").status()).isEqualTo(OPFYLDT);
            assertThat(krav(beregn(kunPerioder(List.of(dagpenge)), tre, "2024-09-01").get(0), "JOBCENTER_DAGPENGE_3M_6M")
                    .status()).as("not referred").isEqualTo(IKKE_OPFYLDT);
            assertThat(krav(beregn(andenAktoer, tre, "2024-09-01").get(0), "JOBCENTER_DAGPENGE_3M_6M").status())
                    .as("referred to another anden aktør").isEqualTo(IKKE_OPFYLDT);
            assertThat(krav(beregn(senere, tre, "2024-09-01").get(0), "JOBCENTER_DAGPENGE_3M_6M").status())
                    .as("referred only after the day held").isEqualTo(IKKE_OPFYLDT);
            assertThat(krav(beregn(henvist, List.of(samtale(1, "2024-03-05", Samtaletype.JOBSAMTALE, Kontaktform.PERSONLIGT_FREMMOEDE,
                    ANDEN_AKTOER)), "2024-03-16").get(0), "AKASSE_FOERSTE_2U").status()).as("never for the a-kasse's krav")
                    .isEqualTo(IKKE_OPFYLDT);
        }

        @Test
        void a_sick_dagpengemodtagers_opfoelgningssamtale_with_the_jobcenter_counts_as_a_jobsamtale() {
            List<Kontaktsamtale> samtaler = List.of(opfoelgning(1, "2024-06-10", Kontaktform.TELEFONISK), jobsamtale(2, "2024-07-10"),
                    jobsamtale(3, "2024-08-10"));
            Borgergrundlag syg = grundlag(List.of(dagpenge), List.of(new Periode(d("2024-06-05"), d("2024-06-20"))), List.of(),
                    List.of());
            Borgergrundlag rask = grundlag(List.of(dagpenge), List.of(new Periode(d("2024-06-11"), d("2024-06-20"))), List.of(),
                    List.of());

            KravResultat k = krav(beregn(syg, samtaler, "2024-09-01").get(0), "JOBCENTER_DAGPENGE_3M_6M");
            assertThat(k.status()).isEqualTo(OPFYLDT);
            assertThat(k.talteSamtaler()).containsExactly(1L, 2L, 3L);
            assertThat(krav(beregn(rask, samtaler, "2024-09-01").get(0), "JOBCENTER_DAGPENGE_3M_6M").status()).isEqualTo(IKKE_OPFYLDT);
            List<Kontaktforloeb> kontanthjaelp = beregn(grundlag(List.of(periode(2, "2024-03-01", null)),
                    List.of(new Periode(d("2024-03-01"), null)), List.of(), List.of()),
                    List.of(opfoelgning(1, "2024-03-05", Kontaktform.PERSONLIGT_FREMMOEDE)), "2024-03-09");
            assertThat(krav(kontanthjaelp.get(0), "FOERSTE_JOBSAMTALE_1U").status()).as("only for group 1").isEqualTo(IKKE_OPFYLDT);
        }

        @Test
        void a_change_between_revalidering_and_forrevalidering_continues_one_forloeb() {
            List<Kontaktforloeb> f = KontaktforloebsberegningTest.beregn(List.of(periode(4, "2024-03-01", "2024-04-30"),
                    periode(5, "2024-05-01", null)), List.of(), "2024-06-01");
            assertThat(f).singleElement().satisfies(forloeb -> {
                assertThat(forloeb.start()).isEqualTo(d("2024-03-01"));
                vindue(krav(forloeb, "JOBSAMTALER_6M"), "2024-03-01", "2024-08-31");
            });
            assertThat(KontaktforloebsberegningTest.beregn(List.of(periode(4, "2024-03-01", "2024-04-30"), periode(7, "2024-05-01", null)),
                    List.of(), "2024-06-01")).hasSize(2);
        }

        @Test
        void a_forloeb_that_starts_before_2020_has_no_krav_and_says_why() {
            Kontaktforloeb f = KontaktforloebsberegningTest.beregn(List.of(periode(2, "2019-12-31", null)), List.of(), "2020-03-01").get(0);
            assertThat(f.krav()).isEmpty();
            assertThat(f.bemaerkning()).isEqualTo("Forløbet startede 2019-12-31, før 2020-01-01: registret har ingen krav for forløb, "
                    + "der startede før den dag.");
            Kontaktforloeb fra2020 = KontaktforloebsberegningTest.beregn(List.of(periode(2, "2020-01-01", null)), List.of(), "2020-03-01")
                    .get(0);
            assertThat(fra2020.krav()).isNotEmpty();
            assertThat(fra2020.bemaerkning()).isNull();
        }

        @Test
        void the_rules_of_lov_1750_2025_govern_forloeb_from_1_july_2026() {
            Kontaktforloeb foer = KontaktforloebsberegningTest.beregn(List.of(periode(1, "2026-06-30", null)), List.of(), "2026-07-01").get(0);
            Kontaktforloeb efter = KontaktforloebsberegningTest.beregn(List.of(periode(1, "2026-07-01", null)), List.of(), "2026-07-01").get(0);
            assertThat(krav(foer, "AKASSE_3M").antalKraevet()).isEqualTo(3);
            assertThat(krav(foer, "AKASSE_3M").maal()).isNull();
            assertThat(krav(efter, "AKASSE_3M").antalKraevet()).isEqualTo(2);
            assertThat(krav(efter, "AKASSE_3M").maal()).isEqualTo(75);
            assertThat(krav(foer, "JOBCENTER_DAGPENGE_3M_6M").antalKraevet()).isEqualTo(3);
            assertThat(krav(efter, "JOBCENTER_DAGPENGE_3M_6M").antalKraevet()).isEqualTo(2);
            assertThat(krav(efter, "JOBCENTER_DAGPENGE_3M_6M").hjemmel()).contains("lov 1750/2025");
        }

        @Test
        void a_krav_not_met_whose_frist_falls_inside_an_applicable_undtagelse_is_undtaget() {
            Borgergrundlag undtaget = grundlag(List.of(dagpenge), List.of(), List.of(),
                    List.of(undtagelse(Undtagelsesgrund.MINDRE_INTENSIV_INDSATS, "2024-03-10", "2024-03-20")));
            Kontaktforloeb f = beregn(undtaget, List.of(), "2024-09-01").get(0);
            KravResultat foerste = krav(f, "AKASSE_FOERSTE_2U");
            assertThat(foerste.status()).as("frist 03-15 inside 03-10..03-20").isEqualTo(UNDTAGET);
            assertThat(foerste.undtaget()).isEqualTo(Undtagelsesgrund.MINDRE_INTENSIV_INDSATS);
            assertThat(krav(f, "AKASSE_3M").status()).as("frist 05-31 outside").isEqualTo(IKKE_OPFYLDT);
            KravResultat opfyldt = krav(beregn(undtaget, List.of(akasse(1, "2024-03-05")), "2024-09-01").get(0), "AKASSE_FOERSTE_2U");
            assertThat(opfyldt.status()).as("met is met").isEqualTo(OPFYLDT);
            assertThat(opfyldt.undtaget()).isNull();
        }

        @Test
        void each_grund_applies_to_its_own_krav_only() {
            // Sygedagpenge from 2025-03-03: 8US ends 03-03 + 55 = 04-27; 6M ends 09-02.
            KontaktgruppePeriode syg = periode(6, "2025-03-03", null);
            for (Undtagelsesgrund grund : List.of(Undtagelsesgrund.SYGEDAGPENGE_KATEGORI_1, Undtagelsesgrund.SYGEDAGPENGE_13F)) {
                Kontaktforloeb f = beregn(grundlag(List.of(syg), List.of(), List.of(), List.of(undtagelse(grund, "2025-03-03", null))),
                        List.of(), "2025-10-01").get(0);
                assertThat(f.krav()).as(grund.name()).extracting(KravResultat::status).containsOnly(UNDTAGET);
            }
            Kontaktforloeb ikkeSyg = beregn(grundlag(List.of(syg), List.of(), List.of(),
                    List.of(undtagelse(Undtagelsesgrund.MINDRE_INTENSIV_INDSATS, "2025-03-03", null))), List.of(), "2025-10-01").get(0);
            assertThat(ikkeSyg.krav()).extracting(KravResultat::status).containsOnly(IKKE_OPFYLDT);
            Kontaktforloeb for13f = beregn(grundlag(List.of(periode(6, "2024-03-01", null)), List.of(), List.of(),
                    List.of(undtagelse(Undtagelsesgrund.SYGEDAGPENGE_13F, "2024-03-01", null))), List.of(), "2024-10-01").get(0);
            assertThat(for13f.krav()).as("§ 13 f only from 2025-01-01").extracting(KravResultat::status).containsOnly(IKKE_OPFYLDT);
        }

        @Test
        void selv_i_job_exempts_the_kommunes_count_krav_from_1_july_2026_never_a_first_jobsamtale_nor_the_akasses() {
            // Dagpenge from 2026-07-01: 2U 07-15, 3M 09-30, 3M-6M 10-01..12-31.
            Borgergrundlag selv = grundlag(List.of(periode(1, "2026-07-01", null)), List.of(), List.of(),
                    List.of(undtagelse(Undtagelsesgrund.SELV_I_JOB, "2026-07-01", null)));
            Kontaktforloeb f = beregn(selv, List.of(), "2027-01-01").get(0);
            assertThat(krav(f, "JOBCENTER_DAGPENGE_3M_6M").status()).isEqualTo(UNDTAGET);
            assertThat(krav(f, "AKASSE_FOERSTE_2U").status()).isEqualTo(IKKE_OPFYLDT);
            assertThat(krav(f, "AKASSE_3M").status()).isEqualTo(IKKE_OPFYLDT);
            Kontaktforloeb kontant = beregn(grundlag(List.of(periode(2, "2026-07-01", null)), List.of(), List.of(),
                    List.of(undtagelse(Undtagelsesgrund.SELV_I_JOB, "2026-07-01", null))), List.of(), "2027-01-01").get(0);
            assertThat(krav(kontant, "JOBSAMTALER_6M").status()).isEqualTo(UNDTAGET);
            assertThat(krav(kontant, "FOERSTE_JOBSAMTALE_1U").status()).isEqualTo(IKKE_OPFYLDT);
            Kontaktforloeb foer = beregn(grundlag(List.of(periode(2, "2026-01-01", null)), List.of(), List.of(),
                    List.of(undtagelse(Undtagelsesgrund.SELV_I_JOB, "2026-01-01", null))), List.of(), "2027-01-01").get(0);
            assertThat(krav(foer, "JOBSAMTALER_6M").status()).as("frist 2026-06-30, before the grund is in force")
                    .isEqualTo(IKKE_OPFYLDT);
        }
    }

    /** The same conversation, annulled. */
    private static Kontaktsamtale annulleret(Kontaktsamtale s) {
        return new Kontaktsamtale(s.samtalenummer(), s.afholdt(), s.samtaletype(), s.kontaktform(), s.myndighedstype(), s.myndighedskode(), s.nulstillende(), true);
    }
}
