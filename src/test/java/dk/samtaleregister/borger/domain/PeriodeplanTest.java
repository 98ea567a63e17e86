package dk.samtaleregister.borger.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dk.samtaleregister.faelles.domain.Fejlkode;
import dk.samtaleregister.faelles.domain.Overtraedelse;
import dk.samtaleregister.faelles.domain.Overtraedelser;
import dk.samtaleregister.faelles.domain.Periode;
import dk.samtaleregister.regler.domain.Kontaktgruppe;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PeriodeplanTest {

    private final Overtraedelser fejl = new Overtraedelser();

    private static Periode periode(String fra, String til) {
        return new Periode(LocalDate.parse(fra), til == null ? null : LocalDate.parse(til));
    }

    private static KontaktgruppePeriode kontaktgruppe(long id, String fra, String til) {
        return new KontaktgruppePeriode(id, Kontaktgruppe.DAGPENGEMODTAGER, periode(fra, til));
    }

    @Test
    void a_new_period_starting_inside_an_open_ended_one_ends_it_the_day_before() {
        var eksisterende = List.of(kontaktgruppe(7, "2024-01-01", null));

        List<Periodeafslutning> afsluttede = Periodeplan.indsaet(eksisterende, periode("2024-03-01", null), fejl);

        assertThat(fejl.ingen()).isTrue();
        assertThat(afsluttede).containsExactly(new Periodeafslutning(7, LocalDate.parse("2024-02-29")));
    }

    @Test
    void a_closed_new_period_inside_an_open_ended_one_also_ends_it_the_day_before() {
        var eksisterende = List.of(new Jobcentertilknytning(3, "101", periode("2024-01-01", null)));

        List<Periodeafslutning> afsluttede = Periodeplan.indsaet(eksisterende, periode("2024-01-02", "2024-06-30"), fejl);

        assertThat(fejl.ingen()).isTrue();
        assertThat(afsluttede).containsExactly(new Periodeafslutning(3, LocalDate.parse("2024-01-01")));
    }

    @Test
    void a_new_period_starting_on_the_same_day_as_the_open_one_overlaps() {
        var eksisterende = List.of(kontaktgruppe(7, "2024-01-01", null));

        List<Periodeafslutning> afsluttede = Periodeplan.indsaet(eksisterende, periode("2024-01-01", null), fejl);

        assertThat(afsluttede).isEmpty();
        assertThat(fejl.liste()).extracting(Overtraedelse::kode).containsExactly(Fejlkode.PERIODE_OVERLAPPER);
        assertThat(fejl.liste().get(0).felt()).isEqualTo("fra");
        assertThat(fejl.liste().get(0).besked()).contains("fra 2024-01-01 uden slutdato");
    }

    @Test
    void a_new_period_starting_before_an_open_one_and_reaching_into_it_overlaps() {
        var eksisterende = List.of(kontaktgruppe(7, "2024-03-01", null));

        List<Periodeafslutning> afsluttede = Periodeplan.indsaet(eksisterende, periode("2024-01-01", "2024-03-01"), fejl);

        assertThat(afsluttede).isEmpty();
        assertThat(fejl.liste()).extracting(Overtraedelse::kode).containsExactly(Fejlkode.PERIODE_OVERLAPPER);
    }

    @Test
    void overlapping_a_closed_period_is_rejected_and_names_that_period() {
        var eksisterende = List.of(kontaktgruppe(7, "2024-01-01", "2024-01-31"));

        List<Periodeafslutning> afsluttede = Periodeplan.indsaet(eksisterende, periode("2024-01-31", null), fejl);

        assertThat(afsluttede).isEmpty();
        assertThat(fejl.liste()).singleElement().satisfies(o -> {
            assertThat(o.kode()).isEqualTo(Fejlkode.PERIODE_OVERLAPPER);
            assertThat(o.besked()).contains("2024-01-01 til 2024-01-31");
        });
    }

    @Test
    void a_new_period_nested_in_a_closed_one_is_rejected() {
        var eksisterende = List.of(kontaktgruppe(7, "2024-01-01", "2024-12-31"));

        List<Periodeafslutning> afsluttede = Periodeplan.indsaet(eksisterende, periode("2024-03-01", "2024-03-31"), fejl);

        assertThat(afsluttede).isEmpty();
        assertThat(fejl.liste()).extracting(Overtraedelse::kode).containsExactly(Fejlkode.PERIODE_OVERLAPPER);
    }

    @Test
    void a_period_without_overlap_ends_nothing() {
        var eksisterende = List.of(
                kontaktgruppe(7, "2024-01-01", "2024-01-31"),
                kontaktgruppe(8, "2024-04-01", "2024-04-30"));

        List<Periodeafslutning> afsluttede = Periodeplan.indsaet(eksisterende, periode("2024-02-01", "2024-03-31"), fejl);

        assertThat(fejl.ingen()).isTrue();
        assertThat(afsluttede).isEmpty();
    }

    @Test
    void the_first_period_of_a_citizen_ends_nothing() {
        List<Periodeafslutning> afsluttede = Periodeplan.indsaet(List.<KontaktgruppePeriode>of(), periode("2024-02-01", null), fejl);

        assertThat(fejl.ingen()).isTrue();
        assertThat(afsluttede).isEmpty();
    }

    @Test
    void violations_recorded_before_the_call_do_not_cancel_the_plan() {
        fejl.tilfoej(Fejlkode.CPR_UGYLDIG_DATO, "cpr");

        List<Periodeafslutning> afsluttede = Periodeplan.indsaet(List.of(kontaktgruppe(8, "2024-01-01", null)), periode("2024-06-01", null), fejl);

        assertThat(afsluttede).containsExactly(new Periodeafslutning(8, LocalDate.parse("2024-05-31")));
    }

    @Test
    void only_the_open_period_that_is_overlapped_is_ended() {
        var eksisterende = List.of(
                kontaktgruppe(7, "2023-01-01", "2023-12-31"),
                kontaktgruppe(8, "2024-01-01", null));

        List<Periodeafslutning> afsluttede = Periodeplan.indsaet(eksisterende, periode("2024-06-01", null), fejl);

        assertThat(fejl.ingen()).isTrue();
        assertThat(afsluttede).containsExactly(new Periodeafslutning(8, LocalDate.parse("2024-05-31")));
    }
}
