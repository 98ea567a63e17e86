package dk.samtaleregister.kontaktforloeb.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.samtaleregister.borger.domain.KontaktgruppePeriode;
import dk.samtaleregister.borger.domain.Undtagelse;
import dk.samtaleregister.faelles.domain.Myndighedstype;
import dk.samtaleregister.faelles.domain.Periode;
import dk.samtaleregister.regler.domain.Kontaktform;
import dk.samtaleregister.regler.domain.Kontaktgruppe;
import dk.samtaleregister.regler.domain.Samtaletype;
import dk.samtaleregister.regler.domain.Undtagelsesgrund;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The pure aggregation of the rettidighed report, citizen by citizen, without a database. */
class RettidighedsrapportBeregningTest {

    private static final LocalDate FRA = LocalDate.parse("2024-02-01");
    private static final LocalDate TIL = LocalDate.parse("2024-02-29");
    private static final List<KontaktgruppePeriode> SYGEDAGPENGE =
            List.of(new KontaktgruppePeriode(1, Kontaktgruppe.SYGEDAGPENGEMODTAGER, new Periode(LocalDate.parse("2024-01-01"), null)));

    private static Kontaktsamtale samtale(long nummer, String dag, Kontaktform form, boolean annulleret) {
        return new Kontaktsamtale(nummer, LocalDate.parse(dag), Samtaletype.medId(4).orElseThrow(), form, Myndighedstype.JOBCENTER,
                "101", form == Kontaktform.PERSONLIGT_FREMMOEDE, annulleret);
    }

    private static Jobcenterperiode tilknytning(String jobcenter, String fra, String til) {
        return new Jobcenterperiode(jobcenter, new Periode(LocalDate.parse(fra), til == null ? null : LocalDate.parse(til)));
    }

    private static Rettidighedsrapport rapport(String jobcenter, String pr) {
        return new Rettidighedsrapport(KontaktforloebsberegningTest.BEREGNING, FRA, TIL, jobcenter, LocalDate.parse(pr));
    }

    @Test
    void a_krav_whose_frist_has_not_passed_is_aaben_and_without_an_attachment_the_jobcenter_is_unknown() {
        Rettidighedsrapport rapport = rapport(null, "2024-02-25");
        rapport.tilfoej(KontaktforloebsberegningTest.kunPerioder(SYGEDAGPENGE), List.of(), List.of());

        Rettidighedsrapport.Resultat resultat = rapport.resultat();

        assertThat(resultat.krav()).containsExactly(
                new Rettidighedsrapport.Kravlinje(null, 6, "FOERSTE_OPFOELGNING_8US", null, 1, 0, 0, 1, 0, null, null, 0, 0.0, false, 0, 0, 0, 0));
        assertThat(rapport.borgere()).isEqualTo(1);
    }

    @Test
    void the_krav_counts_under_the_jobcenter_on_the_frist_and_conversations_under_the_one_on_the_day_held() {
        Rettidighedsrapport rapport = rapport(null, "2026-01-01");
        List<Jobcenterperiode> flytter = List.of(tilknytning("901", "2024-01-01", "2024-02-24"), tilknytning("902", "2024-02-25", null));
        rapport.tilfoej(KontaktforloebsberegningTest.kunPerioder(SYGEDAGPENGE), flytter, List.of(
                samtale(1, "2024-02-20", Kontaktform.PERSONLIGT_FREMMOEDE, false),
                samtale(2, "2024-02-21", Kontaktform.BREV, false),
                samtale(3, "2024-02-26", Kontaktform.TELEFONISK, false),
                samtale(4, "2024-02-27", Kontaktform.DIGITALT_MOEDE, true),
                samtale(5, "2024-03-01", Kontaktform.DIGITALT_MOEDE, false)));

        Rettidighedsrapport.Resultat resultat = rapport.resultat();

        assertThat(resultat.krav()).containsExactly(
                new Rettidighedsrapport.Kravlinje("902", 6, "FOERSTE_OPFOELGNING_8US", null, 1, 1, 0, 0, 0, 1.0, null, 0, 0.0, false, 1, 0, 0, 0));
        assertThat(resultat.samtaler()).containsExactly(
                new Rettidighedsrapport.Samtaletal("901", 1, 0, 0, 1, 2),
                new Rettidighedsrapport.Samtaletal("902", 0, 1, 0, 0, 1));
    }

    @Test
    void a_jobcenter_filter_keeps_only_that_jobcenters_rows() {
        Rettidighedsrapport rapport = rapport("901", "2026-01-01");
        rapport.tilfoej(KontaktforloebsberegningTest.kunPerioder(SYGEDAGPENGE), List.of(tilknytning("901", "2024-01-01", null)), List.of());
        rapport.tilfoej(KontaktforloebsberegningTest.kunPerioder(SYGEDAGPENGE), List.of(tilknytning("902", "2024-01-01", null)),
                List.of(samtale(9, "2024-02-20", Kontaktform.PERSONLIGT_FREMMOEDE, false)));
        rapport.tilfoej(KontaktforloebsberegningTest.kunPerioder(SYGEDAGPENGE), List.of(), List.of());

        Rettidighedsrapport.Resultat resultat = rapport.resultat();

        assertThat(resultat.krav()).containsExactly(
                new Rettidighedsrapport.Kravlinje("901", 6, "FOERSTE_OPFOELGNING_8US", null, 1, 0, 1, 0, 0, 0.0, null, 0, 0.0, false, 0, 0, 0, 0));
        assertThat(resultat.samtaler()).isEmpty();
    }

    @Test
    void the_target_the_exempted_and_the_share_exempted_as_selv_i_job() {
        // Kontanthjælp from 2026-07-01: JOBSAMTALER_6M (target 75 %) has its frist 2026-12-31.
        LocalDate fra = LocalDate.parse("2026-12-01");
        LocalDate til = LocalDate.parse("2026-12-31");
        Rettidighedsrapport rapport = new Rettidighedsrapport(KontaktforloebsberegningTest.BEREGNING, fra, til, null, LocalDate.parse("2027-01-10"));
        List<KontaktgruppePeriode> kontant = List.of(new KontaktgruppePeriode(1, Kontaktgruppe.KONTANTHJAELPSMODTAGER,
                new Periode(LocalDate.parse("2026-07-01"), null)));
        List<Jobcenterperiode> jc = List.of(tilknytning("901", "2026-01-01", null));
        List<Kontaktsamtale> fire = List.of(samtale(1, "2026-07-02", Kontaktform.PERSONLIGT_FREMMOEDE, false),
                samtale(2, "2026-08-03", Kontaktform.TELEFONISK, false), samtale(3, "2026-09-03", Kontaktform.DIGITALT_MOEDE, false),
                samtale(4, "2026-10-05", Kontaktform.TELEFONISK, false));
        List<Kontaktsamtale> jobsamtaler = fire.stream().map(s -> new Kontaktsamtale(s.samtalenummer(), s.afholdt(),
                dk.samtaleregister.regler.domain.Samtaletype.JOBSAMTALE, s.kontaktform(), Myndighedstype.JOBCENTER, "901", true, false)).toList();
        Borgergrundlag selvIJob = KontaktforloebsberegningTest.grundlag(kontant, List.of(), List.of(),
                List.of(new Undtagelse(0, Undtagelsesgrund.SELV_I_JOB, new Periode(LocalDate.parse("2026-07-01"), null))));
        for (int i = 0; i < 3; i++) {
            rapport.tilfoej(KontaktforloebsberegningTest.kunPerioder(kontant), jc, jobsamtaler);
        }
        rapport.tilfoej(KontaktforloebsberegningTest.kunPerioder(kontant), jc, List.of());
        rapport.tilfoej(selvIJob, jc, List.of());
        rapport.tilfoej(selvIJob, jc, List.of());

        Rettidighedsrapport.Kravlinje linje = rapport.resultat().krav().stream().filter(l -> l.krav().equals("JOBSAMTALER_6M"))
                .findFirst().orElseThrow();

        assertThat(linje.maal()).isEqualTo(75);
        assertThat(linje.forfaldne()).isEqualTo(6);
        assertThat(linje.opfyldt()).isEqualTo(3);
        assertThat(linje.ikkeOpfyldt()).isEqualTo(1);
        assertThat(linje.undtaget()).isEqualTo(2);
        assertThat(linje.andelOpfyldt()).isEqualTo(0.75);
        assertThat(linje.maalNaaet()).isTrue();
        assertThat(linje.undtagetSelvIJob()).isEqualTo(2);
        assertThat(linje.andelSelvIJob()).isEqualTo(2.0 / 6);
        assertThat(linje.selvIJobOverGraensen()).isTrue();
        assertThat(List.of(linje.taltePersonligt(), linje.talteTelefon(), linje.talteDigitalt(), linje.talteAndet()))
                .containsExactly(3L, 6L, 3L, 0L);
    }

    @Test
    void til_before_fra_is_refused() {
        assertThatThrownBy(() -> new Rettidighedsrapport(KontaktforloebsberegningTest.BEREGNING, TIL, FRA, null, TIL))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void kontaktformer_are_grouped_as_on_jobindsats() {
        assertThat(Kontaktformgruppe.af(Kontaktform.PERSONLIGT_FREMMOEDE)).isEqualTo(Kontaktformgruppe.PERSONLIGT);
        assertThat(Kontaktformgruppe.af(Kontaktform.MOEDE_DIREKTE_PAA_ARBEJDE)).isEqualTo(Kontaktformgruppe.PERSONLIGT);
        assertThat(Kontaktformgruppe.af(Kontaktform.TELEFONISK)).isEqualTo(Kontaktformgruppe.TELEFON);
        assertThat(Kontaktformgruppe.af(Kontaktform.DIGITALT_MOEDE)).isEqualTo(Kontaktformgruppe.VIDEO);
        assertThat(Kontaktformgruppe.af(Kontaktform.BREV)).isEqualTo(Kontaktformgruppe.ANDET);
        assertThat(Kontaktformgruppe.af(Kontaktform.EMAIL)).isEqualTo(Kontaktformgruppe.ANDET);
        assertThat(Kontaktformgruppe.af(Kontaktform.INGEN_DIREKTE_BORGERKONTAKT)).isEqualTo(Kontaktformgruppe.ANDET);
    }
}
