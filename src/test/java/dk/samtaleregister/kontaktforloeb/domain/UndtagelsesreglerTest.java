package dk.samtaleregister.kontaktforloeb.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.samtaleregister.regler.domain.Kontaktgruppe;
import dk.samtaleregister.regler.domain.RegelfilFejl;
import dk.samtaleregister.regler.domain.Undtagelsesgrund;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class UndtagelsesreglerTest {

    private static final List<String> ALLE_KRAV = List.of("JOBSAMTALER_6M", "FOERSTE_JOBSAMTALE_1U", "FAELLES_AKASSE_3M_6M", "FAELLES_16M",
            "AKASSE_FOERSTE_2U", "AKASSE_3M", "JOBCENTER_DAGPENGE_3M_6M", "FOERSTE_OPFOELGNING_8US", "OPFOELGNING_6M");

    /** The undtagelse table of the domain brief's §4: each grund, the krav it applies to, and from when. */
    static Stream<Arguments> tabellen() {
        return Stream.of(
                Arguments.of(Undtagelsesgrund.MINDRE_INTENSIV_INDSATS, "2020-01-01", Set.of("JOBSAMTALER_6M", "FOERSTE_JOBSAMTALE_1U",
                        "FAELLES_AKASSE_3M_6M", "FAELLES_16M", "AKASSE_FOERSTE_2U", "AKASSE_3M", "JOBCENTER_DAGPENGE_3M_6M")),
                Arguments.of(Undtagelsesgrund.SELV_I_JOB, "2026-07-01", Set.of("JOBCENTER_DAGPENGE_3M_6M", "JOBSAMTALER_6M")),
                Arguments.of(Undtagelsesgrund.SYGEDAGPENGE_KATEGORI_1, "2020-01-01", Set.of("FOERSTE_OPFOELGNING_8US", "OPFOELGNING_6M")),
                Arguments.of(Undtagelsesgrund.SYGEDAGPENGE_13F, "2025-01-01", Set.of("FOERSTE_OPFOELGNING_8US", "OPFOELGNING_6M")));
    }

    @Nested
    class TheShippedFile {

        private final Undtagelsesregler regler = KravbogTest.undtagelsesregler();

        @ParameterizedTest(name = "{0}")
        @MethodSource("dk.samtaleregister.kontaktforloeb.domain.UndtagelsesreglerTest#tabellen")
        void holds_the_row_of_the_table(Undtagelsesgrund grund, String fra, Set<String> krav) {
            LocalDate foerste = LocalDate.parse(fra);
            for (String kode : ALLE_KRAV) {
                assertThat(regler.gaelder(grund, kode, foerste)).as(grund + " " + kode + " on " + fra).isEqualTo(krav.contains(kode));
                assertThat(regler.gaelder(grund, kode, foerste.minusDays(1))).as(grund + " " + kode + " the day before").isFalse();
            }
            assertThat(regler.alle()).filteredOn(r -> r.grund() == grund).singleElement()
                    .satisfies(r -> assertThat(r.kilde()).startsWith("https://"));
        }
    }

    @Nested
    class ABrokenFile {

        private static final String KRAV_FIL = Kravbog.HOVED + "\n"
                + "2020-01-01;;K1;1;0;6M;4;7;JOBCENTER;;;LBL § 31;https://x;x\n";

        private static final String ALLE_GRUNDE = Stream.of(Undtagelsesgrund.values())
                .map(g -> "2020-01-01;;" + g + ";K1;LBL § 106;https://x").reduce((a, b) -> a + "\n" + b).orElseThrow();

        private void fejler(String besked, int linje, String... linjer) {
            Kravbog bog = Kravbog.laes(navn -> new StringReader(KRAV_FIL), Set.of(Kontaktgruppe.DAGPENGEMODTAGER));
            String tekst = Undtagelsesregler.HOVED + "\n" + String.join("\n", linjer) + "\n";
            assertThatThrownBy(() -> Undtagelsesregler.laes(navn -> new StringReader(tekst), bog))
                    .isInstanceOf(RegelfilFejl.class)
                    .hasMessageStartingWith(Undtagelsesregler.UNDTAGELSER + " line " + linje + ": ")
                    .hasMessageContaining(besked);
        }

        @Test
        void an_unknown_grund_or_krav() {
            fejler("unknown Undtagelsesgrund 'FERIE'", 2, "2020-01-01;;FERIE;K1;LBL § 106;https://x");
            fejler("unknown krav K2", 2, "2020-01-01;;SELV_I_JOB;K1 K2;LBL § 106;https://x");
        }

        @Test
        void two_overlapping_rows_of_one_grund() {
            fejler("overlaps its row on line 3", 6, ALLE_GRUNDE, "2025-01-01;;SELV_I_JOB;K1;x;https://x");
        }

        @Test
        void a_grund_without_a_row() {
            fejler("grund SYGEDAGPENGE_13F has no row", 4, "2020-01-01;;MINDRE_INTENSIV_INDSATS;K1;x;https://x",
                    "2020-01-01;;SELV_I_JOB;K1;x;https://x", "2020-01-01;;SYGEDAGPENGE_KATEGORI_1;K1;x;https://x");
        }

        @Test
        void empty_fields_and_a_source_that_is_no_address() {
            fejler("krav is empty", 2, "2020-01-01;;SELV_I_JOB;;x;https://x");
            fejler("hjemmel is empty", 2, "2020-01-01;;SELV_I_JOB;K1;;https://x");
            fejler("kilde must be the public source's https:// address", 2, "2020-01-01;;SELV_I_JOB;K1;x;star.dk");
        }
    }
}
