package dk.samtaleregister.faelles.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PeriodeTest {

    private static LocalDate dag(String iso) {
        return LocalDate.parse(iso);
    }

    private static Periode periode(String fra, String til) {
        return new Periode(dag(fra), til == null ? null : dag(til));
    }

    @Nested
    class Indeholder {

        private final Periode marts = periode("2024-03-01", "2024-03-31");

        @Test
        void both_ends_are_included() {
            assertThat(marts.indeholder(dag("2024-03-01"))).isTrue();
            assertThat(marts.indeholder(dag("2024-03-31"))).isTrue();
            assertThat(marts.indeholder(dag("2024-03-15"))).isTrue();
        }

        @Test
        void the_days_just_outside_are_not_included() {
            assertThat(marts.indeholder(dag("2024-02-29"))).isFalse();
            assertThat(marts.indeholder(dag("2024-04-01"))).isFalse();
        }

        @Test
        void an_open_ended_period_holds_every_day_from_its_start() {
            Periode aaben = periode("2024-03-01", null);

            assertThat(aaben.aaben()).isTrue();
            assertThat(aaben.indeholder(dag("2024-02-29"))).isFalse();
            assertThat(aaben.indeholder(dag("2024-03-01"))).isTrue();
            assertThat(aaben.indeholder(dag("9999-12-31"))).isTrue();
        }

        @Test
        void a_single_day_period_holds_only_that_day() {
            Periode enDag = periode("2024-03-01", "2024-03-01");

            assertThat(enDag.aaben()).isFalse();
            assertThat(enDag.indeholder(dag("2024-03-01"))).isTrue();
            assertThat(enDag.indeholder(dag("2024-02-29"))).isFalse();
            assertThat(enDag.indeholder(dag("2024-03-02"))).isFalse();
        }
    }

    @Nested
    class Overlapper {

        @Test
        void periods_touching_on_one_shared_day_overlap() {
            Periode foerste = periode("2024-01-01", "2024-01-31");
            Periode anden = periode("2024-01-31", "2024-02-29");

            assertThat(foerste.overlapper(anden)).isTrue();
            assertThat(anden.overlapper(foerste)).isTrue();
        }

        @Test
        void adjacent_periods_do_not_overlap_when_one_ends_the_day_before_the_other_starts() {
            Periode januar = periode("2024-01-01", "2024-01-31");
            Periode februar = periode("2024-02-01", "2024-02-29");

            assertThat(januar.overlapper(februar)).isFalse();
            assertThat(februar.overlapper(januar)).isFalse();
        }

        @Test
        void separated_periods_do_not_overlap() {
            Periode januar = periode("2024-01-01", "2024-01-31");
            Periode marts = periode("2024-03-01", "2024-03-31");

            assertThat(januar.overlapper(marts)).isFalse();
            assertThat(marts.overlapper(januar)).isFalse();
        }

        @Test
        void a_nested_period_overlaps_the_one_around_it() {
            Periode aar = periode("2024-01-01", "2024-12-31");
            Periode marts = periode("2024-03-01", "2024-03-31");

            assertThat(aar.overlapper(marts)).isTrue();
            assertThat(marts.overlapper(aar)).isTrue();
        }

        @Test
        void a_period_overlaps_itself() {
            Periode marts = periode("2024-03-01", "2024-03-31");

            assertThat(marts.overlapper(periode("2024-03-01", "2024-03-31"))).isTrue();
        }

        @Test
        void an_open_ended_period_overlaps_every_period_ending_on_or_after_its_start() {
            Periode aaben = periode("2024-03-01", null);

            assertThat(aaben.overlapper(periode("2024-02-01", "2024-03-01"))).isTrue();
            assertThat(aaben.overlapper(periode("2030-01-01", "2030-01-31"))).isTrue();
            assertThat(periode("2024-02-01", "2024-03-01").overlapper(aaben)).isTrue();
        }

        @Test
        void an_open_ended_period_does_not_overlap_a_period_ending_the_day_before_it_starts() {
            Periode aaben = periode("2024-03-01", null);
            Periode februar = periode("2024-02-01", "2024-02-29");

            assertThat(aaben.overlapper(februar)).isFalse();
            assertThat(februar.overlapper(aaben)).isFalse();
        }

        @Test
        void two_open_ended_periods_always_overlap() {
            Periode tidlig = periode("2020-01-01", null);
            Periode sen = periode("2024-03-01", null);

            assertThat(tidlig.overlapper(sen)).isTrue();
            assertThat(sen.overlapper(tidlig)).isTrue();
        }
    }

    @Test
    void an_end_before_the_start_is_refused() {
        assertThatThrownBy(() -> periode("2024-03-01", "2024-02-29")).isInstanceOf(IllegalArgumentException.class);
    }
}
