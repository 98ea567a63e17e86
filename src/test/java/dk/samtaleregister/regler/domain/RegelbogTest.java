package dk.samtaleregister.regler.domain;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.samtaleregister.faelles.domain.Myndighedstype;
import dk.samtaleregister.faelles.domain.Periode;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class RegelbogTest {

    private static final List<String> FILER = List.of(
            Regelbog.LOVLIGHED, Regelbog.NULSTILLENDE, Regelbog.MYNDIGHEDSFORBEHOLD, Regelbog.DELTAGELSE,
            Regelbog.AKASSE_SYNLIGHED);

    private static final LocalDate MARTS_2017 = LocalDate.of(2017, 3, 1);

    @Nested
    class TheShippedFiles {

        private final Regelbog regelbog = Regelbog.laes(
                name -> new InputStreamReader(getClass().getClassLoader().getResourceAsStream(name), UTF_8));

        @Test
        void load_as_one_rule_set_each_in_force_from_march_2017_without_end() {
            assertThat(regelbog.lovlighedsversioner().versioner()).singleElement()
                    .satisfies(v -> assertThat(v.gyldighed()).isEqualTo(new Periode(MARTS_2017, null)));
            assertThat(regelbog.nulstillendeversioner().versioner()).hasSize(1);
            assertThat(regelbog.myndighedsforbeholdversioner().versioner()).hasSize(1);
            assertThat(regelbog.deltagelsesversioner().versioner()).hasSize(1);
        }

        @Test
        void give_seed_004_for_a_dagpengemodtager_healthy_and_sick() {
            Lovlighedstabel tabel = regelbog.lovlighed(LocalDate.of(2024, 3, 1)).orElseThrow();

            assertThat(tabel.erLovlig(Kontaktgruppe.DAGPENGEMODTAGER, RaskSyg.RASK, Samtaletype.JOBSAMTALE)).isTrue();
            assertThat(tabel.erLovlig(Kontaktgruppe.DAGPENGEMODTAGER, RaskSyg.RASK, Samtaletype.OPFOELGNINGSSAMTALE)).isFalse();
            assertThat(tabel.erLovlig(Kontaktgruppe.DAGPENGEMODTAGER, RaskSyg.SYG, Samtaletype.OPFOELGNINGSSAMTALE)).isTrue();
            assertThat(tabel.lovlige(Kontaktgruppe.DAGPENGEMODTAGER, RaskSyg.RASK)).containsExactlyInAnyOrder(
                    Samtaletype.JOBSAMTALE, Samtaletype.ANDEN_SAMTALE, Samtaletype.CV_SAMTALE, Samtaletype.RAADIGHEDSSAMTALE,
                    Samtaletype.JOBSAMTALE_MED_AKASSE, Samtaletype.INTEGRATIONSSAMTALE, Samtaletype.INFORMATIONSMOEDE,
                    Samtaletype.INFORMATIONSMOEDE_UDEN_MOEDEPLIGT);
        }

        @Test
        void give_the_groups_with_only_a_sick_row_the_same_list_on_a_healthy_day() {
            Lovlighedstabel tabel = regelbog.lovlighed(LocalDate.of(2024, 3, 1)).orElseThrow();

            for (Kontaktgruppe gruppe : List.of(Kontaktgruppe.SYGEDAGPENGEMODTAGER_FRA_BESKAEFTIGELSE,
                    Kontaktgruppe.SYGEDAGPENGEMODTAGER_FRA_LEDIGHED)) {
                assertThat(tabel.lovlige(gruppe, RaskSyg.RASK)).isEqualTo(tabel.lovlige(gruppe, RaskSyg.SYG))
                        .contains(Samtaletype.OPFOELGNINGSSAMTALE);
            }
        }

        @Test
        void make_only_direct_contact_in_a_resetting_type_nulstillende() {
            Nulstillendetabel tabel = regelbog.nulstillende(LocalDate.of(2024, 3, 1)).orElseThrow();

            assertThat(tabel.erNulstillende(Samtaletype.JOBSAMTALE, Kontaktform.PERSONLIGT_FREMMOEDE)).isTrue();
            assertThat(tabel.erNulstillende(Samtaletype.JOBSAMTALE, Kontaktform.TELEFONISK)).isTrue();
            assertThat(tabel.erNulstillende(Samtaletype.JOBSAMTALE, Kontaktform.BREV)).isFalse();
            assertThat(tabel.erNulstillende(Samtaletype.INFORMATIONSMOEDE, Kontaktform.PERSONLIGT_FREMMOEDE)).isFalse();
            assertThat(tabel.erNulstillende(Samtaletype.HENVISNING, Kontaktform.MOEDE_DIREKTE_PAA_ARBEJDE)).isFalse();
        }

        @Test
        void reserve_cv_and_raadighedssamtale_in_group_1_for_an_akasse() {
            Myndighedsforbehold forbehold = regelbog.myndighedsforbehold(LocalDate.of(2024, 3, 1)).orElseThrow();

            assertThat(forbehold.forbeholdtFor(Kontaktgruppe.DAGPENGEMODTAGER, Samtaletype.CV_SAMTALE)).contains(Myndighedstype.AKASSE);
            assertThat(forbehold.forbeholdtFor(Kontaktgruppe.DAGPENGEMODTAGER, Samtaletype.RAADIGHEDSSAMTALE)).contains(Myndighedstype.AKASSE);
            assertThat(forbehold.forbeholdtFor(Kontaktgruppe.DAGPENGEMODTAGER, Samtaletype.JOBSAMTALE)).isEmpty();
            assertThat(forbehold.forbeholdtFor(Kontaktgruppe.FLEKSJOBVISITERET, Samtaletype.CV_SAMTALE)).isEmpty();
        }

        @Test
        void require_a_status_for_type_17_and_allow_none_for_a_jobsamtale() {
            Deltagelsesregler regler = regelbog.deltagelse(LocalDate.of(2024, 3, 1)).orElseThrow();

            assertThat(regler.regel(Samtaletype.JOBSAMTALE_MED_AKASSE).kraevet()).isTrue();
            assertThat(regler.regel(Samtaletype.JOBSAMTALE_MED_AKASSE).tilladte()).hasSize(4)
                    .doesNotContain(Deltagelsesstatus.BORGER_DELTOG_I_REHABILITERINGSSAMTALE);
            assertThat(regler.regel(Samtaletype.SAMTALE_I_REHABILITERINGSTEAM).kraevet()).isFalse();
            assertThat(regler.regel(Samtaletype.SAMTALE_I_REHABILITERINGSTEAM).tilladte()).containsExactlyInAnyOrder(
                    Deltagelsesstatus.BORGER_DELTOG_I_REHABILITERINGSSAMTALE,
                    Deltagelsesstatus.BORGER_DELTOG_IKKE_I_REHABILITERINGSSAMTALE);
            assertThat(regler.regel(Samtaletype.JOBSAMTALE)).isEqualTo(Deltagelsesregler.Regel.INGEN_STATUS);
        }

        @Test
        void judge_days_before_march_2017_by_the_earliest_rule_set() {
            Lovlighedstabel foersteVersion = regelbog.lovlighedsversioner().versioner().get(0).indhold();

            assertThat(regelbog.lovlighed(MARTS_2017.minusDays(1))).containsSame(foersteVersion);
            assertThat(regelbog.lovlighed(LocalDate.of(2001, 1, 1))).containsSame(foersteVersion);
            assertThat(regelbog.nulstillende(LocalDate.of(2001, 1, 1))).isPresent();
            assertThat(regelbog.myndighedsforbehold(LocalDate.of(2001, 1, 1))).isPresent();
            assertThat(regelbog.deltagelse(LocalDate.of(2001, 1, 1))).isPresent();
        }
    }

    @Nested
    class SeveralEffectivePeriods {

        @Test
        void a_day_is_judged_by_the_version_in_force_and_an_early_day_by_the_earliest_whatever_the_row_order() {
            Map<String, String> filer = leveredeFiler();
            filer.put(Regelbog.MYNDIGHEDSFORBEHOLD, """
                    gyldig_fra;gyldig_til;kontaktgruppe;samtaletype;myndighedstype
                    2020-01-01;;1;10;AKASSE
                    2017-03-01;2019-12-31;1;10;AKASSE
                    2017-03-01;2019-12-31;1;15;AKASSE
                    """);

            Regelbog regelbog = laes(filer);

            assertThat(regelbog.myndighedsforbeholdversioner().versioner()).extracting(v -> v.gyldighed().fra())
                    .containsExactly(MARTS_2017, LocalDate.of(2020, 1, 1));
            assertThat(forbeholdForRaadighedssamtale(regelbog, LocalDate.of(2016, 6, 1))).contains(Myndighedstype.AKASSE);
            assertThat(forbeholdForRaadighedssamtale(regelbog, LocalDate.of(2019, 12, 31))).contains(Myndighedstype.AKASSE);
            assertThat(forbeholdForRaadighedssamtale(regelbog, LocalDate.of(2020, 1, 1))).isEmpty();
        }

        @Test
        void a_day_in_a_gap_between_versions_has_no_rules() {
            Map<String, String> filer = leveredeFiler();
            filer.put(Regelbog.MYNDIGHEDSFORBEHOLD, """
                    gyldig_fra;gyldig_til;kontaktgruppe;samtaletype;myndighedstype
                    2017-03-01;2018-12-31;1;10;AKASSE
                    2020-01-01;;1;10;AKASSE
                    """);

            Regelbog regelbog = laes(filer);

            assertThat(regelbog.myndighedsforbehold(LocalDate.of(2018, 12, 31))).isPresent();
            assertThat(regelbog.myndighedsforbehold(LocalDate.of(2019, 6, 1))).isEmpty();
            assertThat(regelbog.myndighedsforbehold(LocalDate.of(2020, 1, 1))).isPresent();
        }

        private Optional<Myndighedstype> forbeholdForRaadighedssamtale(Regelbog regelbog, LocalDate dag) {
            return regelbog.myndighedsforbehold(dag).orElseThrow()
                    .forbeholdtFor(Kontaktgruppe.DAGPENGEMODTAGER, Samtaletype.RAADIGHEDSSAMTALE);
        }
    }

    @Nested
    class ABrokenFileIsRefusedNamingTheFileAndLine {

        private final Map<String, String> filer = leveredeFiler();

        @Test
        void an_unknown_samtaletype_id() {
            int linje = erstat(Regelbog.LOVLIGHED, "2017-03-01;;1;RASK;7", "2017-03-01;;1;RASK;6");

            assertRegelfilFejl(Regelbog.LOVLIGHED, linje).hasMessageContaining("unknown samtaletype id 6");
        }

        @Test
        void an_unknown_samtaletype_id_in_the_participation_file() {
            int linje = erstat(Regelbog.DELTAGELSE, "2017-03-01;;18;BORGER_DELTOG_I_REHABILITERINGSSAMTALE;NEJ",
                    "2017-03-01;;20;BORGER_DELTOG_I_REHABILITERINGSSAMTALE;NEJ");

            assertRegelfilFejl(Regelbog.DELTAGELSE, linje).hasMessageContaining("unknown samtaletype id 20");
        }

        @Test
        void an_unknown_kontaktgruppe() {
            int linje = erstat(Regelbog.LOVLIGHED, "2017-03-01;;8;RASK_SYG;4", "2017-03-01;;9;RASK_SYG;4");

            assertRegelfilFejl(Regelbog.LOVLIGHED, linje).hasMessageContaining("unknown kontaktgruppe 9");
        }

        @Test
        void an_unknown_kontaktgruppe_in_the_reservation_file() {
            int linje = erstat(Regelbog.MYNDIGHEDSFORBEHOLD, "2017-03-01;;1;15;AKASSE", "2017-03-01;;29;15;AKASSE");

            assertRegelfilFejl(Regelbog.MYNDIGHEDSFORBEHOLD, linje).hasMessageContaining("unknown kontaktgruppe 29");
        }

        @Test
        void an_unknown_kontaktform_code() {
            int linje = erstat(Regelbog.NULSTILLENDE, "2017-03-01;;7;TELEFONISK", "2017-03-01;;7;SMS");

            assertRegelfilFejl(Regelbog.NULSTILLENDE, linje).hasMessageContaining("unknown Kontaktform 'SMS'");
        }

        @Test
        void an_unknown_myndighedstype_code() {
            int linje = erstat(Regelbog.MYNDIGHEDSFORBEHOLD, "2017-03-01;;1;10;AKASSE", "2017-03-01;;1;10;A-KASSE");

            assertRegelfilFejl(Regelbog.MYNDIGHEDSFORBEHOLD, linje).hasMessageContaining("unknown Myndighedstype 'A-KASSE'");
        }

        @Test
        void a_duplicate_row_in_the_legality_file() {
            int linje = erstat(Regelbog.LOVLIGHED, "2017-03-01;;2;RASK_SYG;12", "2017-03-01;;2;RASK_SYG;7");

            assertRegelfilFejl(Regelbog.LOVLIGHED, linje).hasMessageContaining("duplicate row");
        }

        @Test
        void a_row_duplicating_a_cell_that_rask_syg_already_covers() {
            int linje = erstat(Regelbog.LOVLIGHED, "2017-03-01;;2;RASK_SYG;12", "2017-03-01;;2;SYG;7");

            assertRegelfilFejl(Regelbog.LOVLIGHED, linje).hasMessageContaining("duplicate row");
        }

        @Test
        void a_duplicate_row_in_the_nulstillende_file() {
            int linje = erstat(Regelbog.NULSTILLENDE, "2017-03-01;;4;TELEFONISK", "2017-03-01;;4;PERSONLIGT_FREMMOEDE");

            assertRegelfilFejl(Regelbog.NULSTILLENDE, linje).hasMessageContaining("duplicate row");
        }

        @Test
        void a_duplicate_row_in_the_reservation_file() {
            int linje = erstat(Regelbog.MYNDIGHEDSFORBEHOLD, "2017-03-01;;1;15;AKASSE", "2017-03-01;;1;10;JOBCENTER");

            assertRegelfilFejl(Regelbog.MYNDIGHEDSFORBEHOLD, linje).hasMessageContaining("duplicate row");
        }

        @Test
        void a_duplicate_row_in_the_participation_file() {
            int linje = erstat(Regelbog.DELTAGELSE, "2017-03-01;;19;A_KASSEN_UDEBLEV;NEJ", "2017-03-01;;19;A_KASSEN_DELTOG;NEJ");

            assertRegelfilFejl(Regelbog.DELTAGELSE, linje).hasMessageContaining("duplicate row");
        }

        @Test
        void overlapping_effective_periods() {
            int linje = erstat(Regelbog.MYNDIGHEDSFORBEHOLD, "2017-03-01;;1;15;AKASSE", "2016-01-01;2017-03-01;1;15;AKASSE");

            assertRegelfilFejl(Regelbog.MYNDIGHEDSFORBEHOLD, linje).hasMessageContaining("overlaps");
        }

        @Test
        void overlapping_closed_effective_periods() {
            filer.put(Regelbog.NULSTILLENDE, """
                    gyldig_fra;gyldig_til;samtaletype;kontaktform
                    2017-03-01;2019-12-31;7;PERSONLIGT_FREMMOEDE
                    2019-12-31;2020-12-31;7;PERSONLIGT_FREMMOEDE
                    """);

            assertRegelfilFejl(Regelbog.NULSTILLENDE, 3).hasMessageContaining("overlaps").hasMessageContaining("(line 2)");
        }

        @Test
        void adjacent_effective_periods_are_accepted() {
            filer.put(Regelbog.NULSTILLENDE, """
                    gyldig_fra;gyldig_til;samtaletype;kontaktform
                    2017-03-01;2019-12-31;7;PERSONLIGT_FREMMOEDE
                    2020-01-01;;7;PERSONLIGT_FREMMOEDE
                    """);

            assertThat(laes(filer).nulstillendeversioner().versioner()).hasSize(2);
        }

        @Test
        void gyldig_til_before_gyldig_fra() {
            int linje = erstat(Regelbog.DELTAGELSE, "2017-03-01;;17;A_KASSEN_UDEBLEV;JA", "2017-03-01;2017-02-28;17;A_KASSEN_UDEBLEV;JA");

            assertRegelfilFejl(Regelbog.DELTAGELSE, linje).hasMessageContaining("gyldig_til 2017-02-28 is before gyldig_fra 2017-03-01");
        }

        @Test
        void a_date_that_is_not_a_date() {
            int linje = erstat(Regelbog.NULSTILLENDE, "2017-03-01;;4;DIGITALT_MOEDE", "2017-02-30;;4;DIGITALT_MOEDE");

            assertRegelfilFejl(Regelbog.NULSTILLENDE, linje).hasMessageContaining("expected a date");
        }

        @Test
        void a_wrong_header() {
            int linje = erstat(Regelbog.NULSTILLENDE, "gyldig_fra;gyldig_til;samtaletype;kontaktform", "gyldig_fra;gyldig_til;type;kontaktform");

            assertRegelfilFejl(Regelbog.NULSTILLENDE, linje).hasMessageContaining("expected the header");
        }

        @Test
        void a_missing_header() {
            filer.put(Regelbog.MYNDIGHEDSFORBEHOLD, "# only a comment\n2017-03-01;;1;10;AKASSE\n");

            assertRegelfilFejl(Regelbog.MYNDIGHEDSFORBEHOLD, 2).hasMessageContaining("expected the header");
        }

        @Test
        void a_wrong_column_count() {
            int linje = erstat(Regelbog.LOVLIGHED, "2017-03-01;;13;RASK_SYG;9", "2017-03-01;;13;RASK_SYG;9;");

            assertRegelfilFejl(Regelbog.LOVLIGHED, linje).hasMessageContaining("expected 5 columns").hasMessageContaining("found 6");
        }

        @Test
        void too_few_columns() {
            int linje = erstat(Regelbog.DELTAGELSE, "2017-03-01;;17;A_KASSEN_DELTOG;JA", "2017-03-01;;17;A_KASSEN_DELTOG");

            assertRegelfilFejl(Regelbog.DELTAGELSE, linje).hasMessageContaining("expected 5 columns").hasMessageContaining("found 4");
        }

        @Test
        void a_rule_set_lacking_a_kontaktgruppe_names_its_first_row() {
            int foersteRaekke = foersteLinjeSomStarterMed(Regelbog.LOVLIGHED, "2017-03-01;");
            udkommenter(Regelbog.LOVLIGHED, "2017-03-01;;28;");

            assertRegelfilFejl(Regelbog.LOVLIGHED, foersteRaekke)
                    .hasMessageContaining("the rule set from 2017-03-01 has no row for kontaktgruppe 28");
        }

        @Test
        void a_rule_set_lacking_the_sick_day_of_a_kontaktgruppe() {
            int foersteRaekke = foersteLinjeSomStarterMed(Regelbog.LOVLIGHED, "2017-03-01;");
            udkommenter(Regelbog.LOVLIGHED, "2017-03-01;;1;SYG;");

            assertRegelfilFejl(Regelbog.LOVLIGHED, foersteRaekke).hasMessageContaining("no row for kontaktgruppe 1 (SYG)");
        }

        @Test
        void a_later_incomplete_rule_set_is_named_by_its_own_first_row() {
            filer.put(Regelbog.LOVLIGHED, filer.get(Regelbog.LOVLIGHED).replace("2017-03-01;;", "2017-03-01;2019-12-31;"));
            int linje = tilfoej(Regelbog.LOVLIGHED, "2020-01-01;;1;RASK;7");

            assertRegelfilFejl(Regelbog.LOVLIGHED, linje).hasMessageContaining("the rule set from 2020-01-01 has no row");
        }

        @Test
        void an_unknown_rask_syg_value() {
            int linje = erstat(Regelbog.LOVLIGHED, "2017-03-01;;4;RASK_SYG;7", "2017-03-01;;4;BEGGE;7");

            assertRegelfilFejl(Regelbog.LOVLIGHED, linje).hasMessageContaining("expected RASK, SYG or RASK_SYG");
        }

        @Test
        void a_samtaletype_that_is_not_a_number() {
            int linje = erstat(Regelbog.LOVLIGHED, "2017-03-01;;4;RASK_SYG;7", "2017-03-01;;4;RASK_SYG;Jobsamtale");

            assertRegelfilFejl(Regelbog.LOVLIGHED, linje).hasMessageContaining("expected a number in column 5");
        }

        @Test
        void participation_rows_of_one_type_disagreeing_on_status_kraevet() {
            int linje = erstat(Regelbog.DELTAGELSE, "2017-03-01;;17;A_KASSEN_HAR_VALGT_IKKE_AT_DELTAGE;JA",
                    "2017-03-01;;17;A_KASSEN_HAR_VALGT_IKKE_AT_DELTAGE;NEJ");

            assertRegelfilFejl(Regelbog.DELTAGELSE, linje).hasMessageContaining("status_kraevet differs between the rows of samtaletype 17");
        }

        @Test
        void status_kraevet_that_is_neither_ja_nor_nej() {
            int linje = erstat(Regelbog.DELTAGELSE, "2017-03-01;;17;A_KASSEN_DELTOG;JA", "2017-03-01;;17;A_KASSEN_DELTOG;ja");

            assertRegelfilFejl(Regelbog.DELTAGELSE, linje).hasMessageContaining("expected JA or NEJ");
        }

        @Test
        void a_file_with_a_header_and_no_rows() {
            filer.put(Regelbog.DELTAGELSE, "# nothing yet\n" + Deltagelsesregler.HOVED + "\n");

            assertRegelfilFejl(Regelbog.DELTAGELSE, 1).hasMessageContaining("the file has no rows");
        }

        private int erstat(String fil, String gammel, String ny) {
            List<String> linjer = linjer(fil);
            int indeks = linjer.indexOf(gammel);
            assertThat(indeks).as("%s holds the line '%s'", fil, gammel).isNotNegative();
            assertThat(linjer.lastIndexOf(gammel)).as("'%s' is unique in %s", gammel, fil).isEqualTo(indeks);
            linjer.set(indeks, ny);
            filer.put(fil, String.join("\n", linjer) + "\n");
            return indeks + 1;
        }

        private int tilfoej(String fil, String ny) {
            List<String> linjer = linjer(fil);
            linjer.add(ny);
            filer.put(fil, String.join("\n", linjer) + "\n");
            return linjer.size();
        }

        /** Turns the matching rows into comments, so that every other line keeps its number. */
        private void udkommenter(String fil, String praefiks) {
            List<String> linjer = linjer(fil);
            assertThat(linjer).as("%s has rows starting %s", fil, praefiks).anyMatch(l -> l.startsWith(praefiks));
            linjer.replaceAll(l -> l.startsWith(praefiks) ? "# " + l : l);
            filer.put(fil, String.join("\n", linjer) + "\n");
        }

        private int foersteLinjeSomStarterMed(String fil, String praefiks) {
            List<String> linjer = linjer(fil);
            for (int i = 0; i < linjer.size(); i++) {
                if (linjer.get(i).startsWith(praefiks)) {
                    return i + 1;
                }
            }
            throw new AssertionError(fil + " has no line starting " + praefiks);
        }

        private List<String> linjer(String fil) {
            return new ArrayList<>(filer.get(fil).lines().toList());
        }

        private AbstractThrowableAssert<?, ? extends Throwable> assertRegelfilFejl(String fil, int linje) {
            Set<String> andre = new HashSet<>(FILER);
            andre.remove(fil);
            var fejl = assertThatThrownBy(() -> laes(filer))
                    .isInstanceOf(RegelfilFejl.class)
                    .hasMessageStartingWith(fil + " line " + linje + ": ");
            for (String anden : andre) {
                fejl.hasMessageNotContaining(anden);
            }
            return fejl;
        }
    }

    @Test
    void a_file_saved_with_a_byte_order_mark_reads_as_without_one() {
        Map<String, String> filer = leveredeFiler();
        filer.replaceAll((navn, tekst) -> "\uFEFF" + tekst);

        Regelbog regelbog = laes(filer);

        assertThat(regelbog.lovlighed(MARTS_2017).orElseThrow().erLovlig(Kontaktgruppe.DAGPENGEMODTAGER, RaskSyg.RASK, Samtaletype.JOBSAMTALE)).isTrue();
    }

    @Test
    void the_tables_it_hands_out_cannot_be_changed() {
        Regelbog regelbog = laes(leveredeFiler());

        assertThatThrownBy(() -> regelbog.nulstillende(MARTS_2017).orElseThrow().somKort().clear())
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> regelbog.deltagelse(MARTS_2017).orElseThrow().regel(Samtaletype.JOBSAMTALE_MED_AKASSE).tilladte().clear())
                .isInstanceOf(UnsupportedOperationException.class);
    }

    private static Regelbog laes(Map<String, String> filer) {
        return Regelbog.laes(name -> new StringReader(filer.get(name)));
    }

    /** The four shipped rule files as text, by the name Regelbog asks for. */
    static Map<String, String> leveredeFiler() {
        Map<String, String> filer = new HashMap<>();
        for (String fil : FILER) {
            try (InputStream ind = RegelbogTest.class.getClassLoader().getResourceAsStream(fil)) {
                assertThat(ind).as("%s on the classpath", fil).isNotNull();
                filer.put(fil, new String(ind.readAllBytes(), UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return filer;
    }
}
