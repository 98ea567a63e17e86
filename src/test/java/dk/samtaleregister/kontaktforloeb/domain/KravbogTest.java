package dk.samtaleregister.kontaktforloeb.domain;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.samtaleregister.faelles.domain.Myndighedstype;
import dk.samtaleregister.regler.domain.Kontaktform;
import dk.samtaleregister.regler.domain.Kontaktgruppe;
import dk.samtaleregister.regler.domain.RegelfilFejl;
import dk.samtaleregister.regler.domain.Samtaletype;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class KravbogTest {

    static Reader fil(String navn) {
        return new InputStreamReader(KravbogTest.class.getClassLoader().getResourceAsStream(navn), UTF_8);
    }

    static Kravbog shipped() {
        return Kravbog.laes(KravbogTest::fil, EnumSet.allOf(Kontaktgruppe.class));
    }

    static Undtagelsesregler undtagelsesregler() {
        return Undtagelsesregler.laes(KravbogTest::fil, shipped());
    }

    private static List<String> koder(Kravbog bog, LocalDate start, int gruppe) {
        return bog.krav(start, Kontaktgruppe.medNummer(gruppe).orElseThrow()).stream().map(Krav::kode).toList();
    }

    /**
     * The table of the domain brief's §4, one row per krav version as a forløb starting on a day would meet it:
     * code, a start day inside the version, the groups, window, count, types, holder, form and target. Written down
     * from the table, not read from the file.
     */
    static Stream<Arguments> tabellen() {
        return Stream.of(
                Arguments.of("JOBSAMTALER_6M", "2020-01-01", "1 2 3 4 5 7 11 12 13 26 27 28", "0", "6M", 4, "7", "JOBCENTER", null, null),
                Arguments.of("JOBSAMTALER_6M", "2024-01-01", "2 3 4 5 7 11 12 13 26 27 28", "0", "6M", 4, "7", "JOBCENTER", null, null),
                Arguments.of("JOBSAMTALER_6M", "2026-07-01", "2 3 7", "0", "6M", 4, "7", "JOBCENTER", null, 75),
                Arguments.of("JOBSAMTALER_6M", "2026-07-01", "4 5 11 12 13 26 27 28", "0", "6M", 4, "7", "JOBCENTER", null, null),
                Arguments.of("FOERSTE_JOBSAMTALE_1U", "2023-12-31", "2 3 12 26 27 28", "0", "1U", 1, "7", "JOBCENTER", null, null),
                Arguments.of("FOERSTE_JOBSAMTALE_1U", "2024-01-01", "2 3 12 26 27 28", "0", "1U", 1, "7", "JOBCENTER", "PERSONLIGT_FREMMOEDE", null),
                Arguments.of("FAELLES_AKASSE_3M_6M", "2023-12-31", "1", "3M", "6M", 1, "17 19", "JOBCENTER", null, null),
                Arguments.of("FAELLES_16M", "2020-01-01", "1", "6M", "16M", 1, "17 19", "JOBCENTER", null, null),
                Arguments.of("FAELLES_16M", "2026-07-01", "1", "6M", "16M", 1, "17 19", "JOBCENTER", null, null),
                Arguments.of("AKASSE_FOERSTE_2U", "2024-01-01", "1", "0", "2U", 1, "7", "AKASSE", "PERSONLIGT_FREMMOEDE", null),
                Arguments.of("AKASSE_3M", "2026-06-30", "1", "0", "3M", 3, "7", "AKASSE", null, null),
                Arguments.of("AKASSE_3M", "2026-07-01", "1", "0", "3M", 2, "7", "AKASSE", null, 75),
                Arguments.of("JOBCENTER_DAGPENGE_3M_6M", "2026-06-30", "1", "3M", "6M", 3, "7 17 19", "JOBCENTER", null, null),
                Arguments.of("JOBCENTER_DAGPENGE_3M_6M", "2026-07-01", "1", "3M", "6M", 2, "7 17 19", "JOBCENTER", null, 75),
                Arguments.of("FOERSTE_OPFOELGNING_8US", "2020-01-01", "6 24 25", "0", "8US", 1, "4", "JOBCENTER", "PERSONLIGT_FREMMOEDE", null),
                Arguments.of("OPFOELGNING_6M", "2020-01-01", "6 24 25", "0", "6M", 4, "4", "JOBCENTER", null, null));
    }

    @Nested
    class TheShippedFile {

        private final Kravbog bog = shipped();

        @ParameterizedTest(name = "{0} for a forløb starting {1}")
        @MethodSource("dk.samtaleregister.kontaktforloeb.domain.KravbogTest#tabellen")
        void holds_the_row_of_the_table(String kode, String start, String grupper, String fra, String til, int antal, String typer,
                                        String ansvarlig, String form, Integer maal) {
            for (String nummer : grupper.split(" ")) {
                Kontaktgruppe gruppe = Kontaktgruppe.medNummer(Integer.parseInt(nummer)).orElseThrow();
                List<Krav> krav = bog.krav(LocalDate.parse(start), gruppe).stream().filter(k -> k.kode().equals(kode)).toList();
                assertThat(krav).as(kode + " for group " + nummer).hasSize(1);
                Krav k = krav.get(0);
                assertThat(k.fra()).hasToString(fra);
                assertThat(k.til()).hasToString(til);
                assertThat(k.antal()).isEqualTo(antal);
                assertThat(k.samtaletyper()).extracting(Samtaletype::id)
                        .containsExactlyInAnyOrderElementsOf(Stream.of(typer.split(" ")).map(Integer::valueOf).toList());
                assertThat(k.ansvarlig()).isEqualTo(Myndighedstype.valueOf(ansvarlig));
                assertThat(k.kontaktform()).isEqualTo(form == null ? null : Kontaktform.valueOf(form));
                assertThat(k.maal()).isEqualTo(maal);
                assertThat(k.hjemmel()).isNotBlank();
                assertThat(k.kilde()).startsWith("https://");
            }
        }

        @Test
        void every_version_of_the_file_is_a_row_of_the_table() {
            assertThat(bog.alle()).hasSize(15);
            assertThat(bog.alle()).extracting(Krav::kode).containsOnly("JOBSAMTALER_6M", "FOERSTE_JOBSAMTALE_1U", "FAELLES_AKASSE_3M_6M",
                    "FAELLES_16M", "AKASSE_FOERSTE_2U", "AKASSE_3M", "JOBCENTER_DAGPENGE_3M_6M", "FOERSTE_OPFOELGNING_8US", "OPFOELGNING_6M");
        }

        @Test
        void gives_dagpenge_the_joint_conversation_by_6_months_until_2023_and_the_akasse_first_from_2024() {
            assertThat(koder(bog, LocalDate.of(2023, 12, 31), 1)).containsExactlyInAnyOrder("JOBSAMTALER_6M", "FAELLES_AKASSE_3M_6M", "FAELLES_16M");
            assertThat(koder(bog, LocalDate.of(2024, 1, 1), 1))
                    .containsExactlyInAnyOrder("FAELLES_16M", "AKASSE_FOERSTE_2U", "AKASSE_3M", "JOBCENTER_DAGPENGE_3M_6M");
        }

        @Test
        void has_no_krav_for_a_forloeb_that_starts_before_2020_and_none_for_groups_outside_the_law() {
            assertThat(bog.foersteStart()).isEqualTo(LocalDate.of(2020, 1, 1));
            assertThat(koder(bog, LocalDate.of(2019, 12, 31), 1)).isEmpty();
            assertThat(koder(bog, LocalDate.of(2024, 5, 1), 8)).isEmpty();
            assertThat(koder(bog, LocalDate.of(2024, 5, 1), 20)).isEmpty();
        }
    }

    @Nested
    class ABrokenFile {

        private static final String GOD = "2024-01-01;;K1;1;0;6M;4;7 17 19;JOBCENTER;;;LBL § 31;https://elov.dk/x;Fire samtaler";

        private void fejler(String besked, String... linjer) {
            String tekst = Kravbog.HOVED + "\n" + String.join("\n", linjer) + "\n";
            assertThatThrownBy(() -> Kravbog.laes(navn -> new StringReader(tekst), EnumSet.allOf(Kontaktgruppe.class)))
                    .isInstanceOf(RegelfilFejl.class)
                    .hasMessageStartingWith(Kravbog.KRAV + " line " + (linjer.length + 1) + ": ")
                    .hasMessageContaining(besked);
        }

        private static String raekke(String kontaktgrupper, String ansvarlig, String form, String maal, String kilde) {
            return "2024-01-01;;K2;" + kontaktgrupper + ";0;6M;4;7;" + ansvarlig + ";" + form + ";" + maal + ";LBL § 31;" + kilde + ";x";
        }

        @Test
        void a_good_row_loads() {
            Kravbog bog = Kravbog.laes(navn -> new StringReader(Kravbog.HOVED + "\n" + GOD + "\n"), EnumSet.allOf(Kontaktgruppe.class));
            assertThat(bog.krav(LocalDate.of(2024, 2, 1), Kontaktgruppe.DAGPENGEMODTAGER)).hasSize(1);
        }

        @Test
        void unknown_kontaktgruppe() {
            fejler("unknown kontaktgruppe 9", GOD, raekke("1 9", "JOBCENTER", "", "", "https://x"));
        }

        @Test
        void a_kontaktgruppe_without_a_row_in_seed_004() {
            String tekst = Kravbog.HOVED + "\n" + GOD + "\n" + raekke("2", "JOBCENTER", "", "", "https://x") + "\n";
            assertThatThrownBy(() -> Kravbog.laes(navn -> new StringReader(tekst), EnumSet.of(Kontaktgruppe.DAGPENGEMODTAGER)))
                    .isInstanceOf(RegelfilFejl.class)
                    .hasMessageStartingWith(Kravbog.KRAV + " line 3: ")
                    .hasMessageContaining("kontaktgruppe 2 has no row in seed 004's table");
        }

        @Test
        void unknown_samtaletype() {
            fejler("unknown samtaletype id 6", GOD, "2024-01-01;;K2;1;0;6M;4;7 6;JOBCENTER;;;LBL § 31;https://x;x");
        }

        @Test
        void unknown_myndighedstype_and_kontaktform() {
            fejler("unknown Myndighedstype 'KOMMUNE'", raekke("1", "KOMMUNE", "", "", "https://x"));
            fejler("unknown Kontaktform 'SMS'", raekke("1", "JOBCENTER", "SMS", "", "https://x"));
            fejler("JOBCENTER or AKASSE", raekke("1", "ANDEN_AKTOER", "", "", "https://x"));
        }

        @Test
        void two_versions_of_one_krav_for_one_group_and_start_day() {
            fejler("overlaps its version on line 2", GOD, GOD.replace("2024-01-01;;", "2023-01-01;2024-01-01;"));
            fejler("overlaps its version on line 2", GOD, GOD.replace(";1;0;6M", ";2 1;0;6M"));
        }

        @Test
        void versions_of_one_krav_for_other_groups_or_other_start_days_are_fine() {
            Kravbog bog = Kravbog.laes(navn -> new StringReader(Kravbog.HOVED + "\n" + GOD + "\n"
                    + GOD.replace("2024-01-01;;", "2020-01-01;2023-12-31;") + "\n" + GOD.replace(";1;0;6M", ";2;0;6M") + "\n"),
                    EnumSet.allOf(Kontaktgruppe.class));
            assertThat(bog.alle()).hasSize(3);
            assertThat(bog.foersteStart()).isEqualTo(LocalDate.of(2020, 1, 1));
        }

        @Test
        void window_ending_before_it_begins() {
            fejler("before it begins", "2024-01-01;;K2;1;3M;2M;1;7;JOBCENTER;;;LBL § 31;https://x;x");
            fejler("before it begins", "2024-01-01;;K2;1;13U;3M;1;7;JOBCENTER;;;LBL § 31;https://x;x");
        }

        @Test
        void gyldig_til_before_gyldig_fra() {
            fejler("is before gyldig_fra", "2024-01-01;2023-01-01;K2;1;0;3M;1;7;JOBCENTER;;;LBL § 31;https://x;x");
        }

        @Test
        void bad_window_expression() {
            fejler("window expression in column til", "2024-01-01;;K2;1;0;6X;1;7;JOBCENTER;;;LBL § 31;https://x;x");
            fejler("window expression in column fra", "2024-01-01;;K2;1;0US;6M;1;7;JOBCENTER;;;LBL § 31;https://x;x");
        }

        @Test
        void empty_lists_and_fields() {
            fejler("kontaktgrupper is empty", "2024-01-01;;K2;;0;6M;1;7;JOBCENTER;;;LBL § 31;https://x;x");
            fejler("samtaletyper is empty", "2024-01-01;;K2;1;0;6M;1;;JOBCENTER;;;LBL § 31;https://x;x");
            fejler("hjemmel is empty", "2024-01-01;;K2;1;0;6M;1;7;JOBCENTER;;;;https://x;x");
            fejler("kode is empty", "2024-01-01;;;1;0;6M;1;7;JOBCENTER;;;LBL § 31;https://x;x");
            fejler("beskrivelse is empty", "2024-01-01;;K2;1;0;6M;1;7;JOBCENTER;;;LBL § 31;https://x;");
        }

        @Test
        void a_source_that_is_no_public_address_and_a_target_that_is_no_share() {
            fejler("kilde must be the public source's https:// address", raekke("1", "JOBCENTER", "", "", "elov.dk"));
            fejler("maal is a share in per cent", raekke("1", "JOBCENTER", "", "175", "https://x"));
            fejler("expected a number in maal", raekke("1", "JOBCENTER", "", "75 %", "https://x"));
        }

        @Test
        void antal_below_one_or_not_a_number() {
            fejler("at least 1", "2024-01-01;;K2;1;0;6M;0;7;JOBCENTER;;;LBL § 31;https://x;x");
            fejler("expected a number in antal", "2024-01-01;;K2;1;0;6M;fire;7;JOBCENTER;;;LBL § 31;https://x;x");
        }

        @Test
        void wrong_column_count() {
            fejler("expected 14 columns", "2024-01-01;;K2;1;0;6M;1;7;JOBCENTER;;LBL § 31;x");
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
