package dk.samtaleregister.kontaktforloeb.domain;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.samtaleregister.faelles.domain.Periode;
import dk.samtaleregister.regler.domain.Kontaktform;
import dk.samtaleregister.regler.domain.Kontaktgruppe;
import dk.samtaleregister.faelles.domain.Myndighedstype;
import dk.samtaleregister.regler.domain.RegelfilFejl;
import dk.samtaleregister.regler.domain.Samtaletype;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class KravbogTest {

    static Kravbog shipped() {
        return Kravbog.laes(navn -> new InputStreamReader(KravbogTest.class.getClassLoader().getResourceAsStream(navn), UTF_8));
    }

    private static List<String> koder(Kravbog bog, LocalDate start, int gruppe) {
        return bog.krav(start, Kontaktgruppe.medNummer(gruppe).orElseThrow()).stream().map(Krav::kode).toList();
    }

    @Nested
    class TheShippedFile {

        private final Kravbog bog = shipped();

        @Test
        void has_two_versions_2020_to_2023_and_from_2024() {
            assertThat(bog.versioner().versioner()).extracting(v -> v.gyldighed()).containsExactly(
                    new Periode(LocalDate.of(2020, 1, 1), LocalDate.of(2023, 12, 31)),
                    new Periode(LocalDate.of(2024, 1, 1), null));
        }

        @Test
        void gives_dagpenge_the_joint_conversations_until_2023_and_the_akasse_rules_from_2024() {
            assertThat(koder(bog, LocalDate.of(2023, 12, 31), 1))
                    .containsExactly("JOBSAMTALER_6M", "FAELLES_AKASSE_3M", "FAELLES_AKASSE_3M_6M");
            assertThat(koder(bog, LocalDate.of(2024, 1, 1), 1))
                    .containsExactly("AKASSE_FOERSTE_2U", "AKASSE_3M", "JOBCENTER_DAGPENGE_6M");
        }

        @ParameterizedTest
        @ValueSource(ints = {2, 3, 12})
        void gives_kontant_and_uddannelseshjaelp_four_in_six_months_and_the_first_within_a_week(int gruppe) {
            for (LocalDate start : List.of(LocalDate.of(2022, 5, 1), LocalDate.of(2024, 5, 1))) {
                assertThat(koder(bog, start, gruppe)).containsExactly("JOBSAMTALER_6M", "FOERSTE_JOBSAMTALE_1U");
            }
        }

        @ParameterizedTest
        @ValueSource(ints = {4, 5, 7, 11, 13})
        void gives_the_other_lbl_groups_four_jobsamtaler_in_six_months(int gruppe) {
            for (LocalDate start : List.of(LocalDate.of(2022, 5, 1), LocalDate.of(2024, 5, 1))) {
                assertThat(koder(bog, start, gruppe)).containsExactly("JOBSAMTALER_6M");
            }
        }

        @ParameterizedTest
        @ValueSource(ints = {6, 24, 25})
        void gives_sygedagpenge_four_opfoelgningssamtaler_the_first_in_person_by_week_8(int gruppe) {
            List<Krav> krav = bog.krav(LocalDate.of(2024, 5, 1), Kontaktgruppe.medNummer(gruppe).orElseThrow());
            assertThat(krav).extracting(Krav::kode).containsExactly("OPFOELGNING_6M", "FOERSTE_OPFOELGNING_8US");
            assertThat(krav.get(1).kontaktform()).isEqualTo(Kontaktform.PERSONLIGT_FREMMOEDE);
            assertThat(krav.get(1).samtaletyper()).containsExactly(Samtaletype.OPFOELGNINGSSAMTALE);
            assertThat(koder(bog, LocalDate.of(2021, 5, 1), gruppe)).containsExactly("OPFOELGNING_6M", "FOERSTE_OPFOELGNING_8US");
        }

        @Test
        void gives_no_krav_to_groups_outside_the_law() {
            assertThat(koder(bog, LocalDate.of(2024, 5, 1), 8)).isEmpty();
            assertThat(koder(bog, LocalDate.of(2024, 5, 1), 20)).isEmpty();
        }

        @Test
        void names_the_holder_and_the_counting_types() {
            Krav akasse = bog.krav(LocalDate.of(2024, 5, 1), Kontaktgruppe.DAGPENGEMODTAGER).get(1);
            assertThat(akasse.ansvarlig()).isEqualTo(Myndighedstype.AKASSE);
            assertThat(akasse.antal()).isEqualTo(3);
            assertThat(akasse.samtaletyper()).containsExactlyInAnyOrder(
                    Samtaletype.JOBSAMTALE, Samtaletype.JOBSAMTALE_MED_AKASSE, Samtaletype.FAELLES_JOBSAMTALE_MED_DAGPENGEMODTAGER);
            assertThat(akasse.hjemmel()).isEqualTo("LBL § 31");
            Krav faelles = bog.krav(LocalDate.of(2022, 5, 1), Kontaktgruppe.DAGPENGEMODTAGER).get(1);
            assertThat(faelles.ansvarlig()).isEqualTo(Myndighedstype.JOBCENTER);
            assertThat(faelles.samtaletyper()).doesNotContain(Samtaletype.JOBSAMTALE);
        }
    }

    @Nested
    class ABrokenFile {

        private static final String GOD = "2024-01-01;;K1;1;0;6M;4;7 17 19;JOBCENTER;;LBL § 31;Fire samtaler";

        private void fejler(String besked, String... linjer) {
            String tekst = Kravbog.HOVED + "\n" + String.join("\n", linjer) + "\n";
            assertThatThrownBy(() -> Kravbog.laes(navn -> new StringReader(tekst)))
                    .isInstanceOf(RegelfilFejl.class)
                    .hasMessageStartingWith(Kravbog.KRAV + " line " + (linjer.length + 1) + ": ")
                    .hasMessageContaining(besked);
        }

        @Test
        void a_good_row_loads() {
            Kravbog bog = Kravbog.laes(navn -> new StringReader(Kravbog.HOVED + "\n" + GOD + "\n"));
            assertThat(bog.krav(LocalDate.of(2024, 2, 1), Kontaktgruppe.DAGPENGEMODTAGER)).hasSize(1);
        }

        @Test
        void unknown_kontaktgruppe() {
            fejler("unknown kontaktgruppe 9", GOD, "2024-01-01;;K2;1 9;0;6M;4;7;JOBCENTER;;LBL § 31;x");
        }

        @Test
        void unknown_samtaletype() {
            fejler("unknown samtaletype id 6", GOD, "2024-01-01;;K2;1;0;6M;4;7 6;JOBCENTER;;LBL § 31;x");
        }

        @Test
        void unknown_myndighedstype_and_kontaktform() {
            fejler("unknown Myndighedstype 'KOMMUNE'", "2024-01-01;;K2;1;0;6M;4;7;KOMMUNE;;LBL § 31;x");
            fejler("unknown Kontaktform 'SMS'", "2024-01-01;;K2;1;0;6M;4;7;JOBCENTER;SMS;LBL § 31;x");
            fejler("JOBCENTER or AKASSE", "2024-01-01;;K2;1;0;6M;4;7;ANDEN_AKTOER;;LBL § 31;x");
        }

        @Test
        void duplicate_kode_in_one_period() {
            fejler("kode K1 appears twice", GOD, GOD.replace(";1;0;6M", ";2;0;6M"));
        }

        @Test
        void the_same_kode_in_two_periods_is_fine() {
            Kravbog bog = Kravbog.laes(navn -> new StringReader(Kravbog.HOVED + "\n" + GOD + "\n"
                    + GOD.replace("2024-01-01;;", "2020-01-01;2023-12-31;") + "\n"));
            assertThat(bog.versioner().versioner()).hasSize(2);
        }

        @Test
        void overlapping_periods() {
            fejler("overlaps", GOD, GOD.replace("2024-01-01;;", "2023-01-01;2024-01-01;").replace("K1", "K2"));
        }

        @Test
        void window_ending_before_it_begins() {
            fejler("before it begins", "2024-01-01;;K2;1;3M;2M;1;7;JOBCENTER;;LBL § 31;x");
            fejler("before it begins", "2024-01-01;;K2;1;13U;3M;1;7;JOBCENTER;;LBL § 31;x");
        }

        @Test
        void gyldig_til_before_gyldig_fra() {
            fejler("is before gyldig_fra", "2024-01-01;2023-01-01;K2;1;0;3M;1;7;JOBCENTER;;LBL § 31;x");
        }

        @Test
        void bad_window_expression() {
            fejler("window expression in column til", "2024-01-01;;K2;1;0;6X;1;7;JOBCENTER;;LBL § 31;x");
            fejler("window expression in column fra", "2024-01-01;;K2;1;0US;6M;1;7;JOBCENTER;;LBL § 31;x");
        }

        @Test
        void empty_lists_and_fields() {
            fejler("kontaktgrupper is empty", "2024-01-01;;K2;;0;6M;1;7;JOBCENTER;;LBL § 31;x");
            fejler("samtaletyper is empty", "2024-01-01;;K2;1;0;6M;1;;JOBCENTER;;LBL § 31;x");
            fejler("hjemmel is empty", "2024-01-01;;K2;1;0;6M;1;7;JOBCENTER;;;x");
            fejler("kode is empty", "2024-01-01;;;1;0;6M;1;7;JOBCENTER;;LBL § 31;x");
        }

        @Test
        void antal_below_one_or_not_a_number() {
            fejler("at least 1", "2024-01-01;;K2;1;0;6M;0;7;JOBCENTER;;LBL § 31;x");
            fejler("expected a number in column antal", "2024-01-01;;K2;1;0;6M;fire;7;JOBCENTER;;LBL § 31;x");
        }

        @Test
        void wrong_column_count() {
            fejler("expected 12 columns", "2024-01-01;;K2;1;0;6M;1;7;JOBCENTER;;LBL § 31");
        }
    }

    @Nested
    class WindowExpressions {

        private final LocalDate start = LocalDate.of(2024, 3, 1);

        @Test
        void follow_the_documented_window_conventions() {
            // docs/kontaktforloeb.md, "How a krav is judged": nU ends on start + 7N days, nUS on start + 7N - 1,
            // nM on start + N months - 1 day; both ends are included.
            assertThat(start.plusDays(Fristudtryk.fortolk("0").slutDag(start))).isEqualTo(start);
            assertThat(start.plusDays(Fristudtryk.fortolk("2U").slutDag(start))).isEqualTo(LocalDate.of(2024, 3, 15));
            assertThat(start.plusDays(Fristudtryk.fortolk("8US").slutDag(start))).isEqualTo(LocalDate.of(2024, 4, 25));
            assertThat(start.plusDays(Fristudtryk.fortolk("6M").slutDag(start))).isEqualTo(LocalDate.of(2024, 8, 31));
            assertThat(start.plusDays(Fristudtryk.fortolk("10D").slutDag(start))).isEqualTo(LocalDate.of(2024, 3, 11));
            LocalDate ultimo = LocalDate.of(2023, 8, 31);
            assertThat(ultimo.plusDays(Fristudtryk.fortolk("6M").slutDag(ultimo))).isEqualTo(LocalDate.of(2024, 2, 28));
        }

        @Test
        void print_as_written() {
            for (String tekst : List.of("0", "3D", "2U", "8US", "6M")) {
                assertThat(Fristudtryk.fortolk(tekst)).hasToString(tekst);
            }
            assertThat(Fristudtryk.fortolk("U")).isNull();
            assertThat(Fristudtryk.fortolk("-1M")).isNull();
        }
    }
}
