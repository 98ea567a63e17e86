package dk.samtaleregister.kontaktforloeb.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dk.samtaleregister.borger.domain.KontaktgruppePeriode;
import dk.samtaleregister.faelles.domain.Myndighedstype;
import dk.samtaleregister.faelles.domain.Periode;
import dk.samtaleregister.regler.domain.Kontaktform;
import dk.samtaleregister.regler.domain.Kontaktgruppe;
import dk.samtaleregister.regler.domain.Samtaletype;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Properties over many random citizens (fixed seed, so a failure can be replayed). */
class KontaktforloebEgenskaberTest {

    private static final int TILFAELDE = 5_000;
    private static final Kontaktforloebsberegning BEREGNING = KontaktforloebsberegningTest.BEREGNING;
    private static final Kontaktgruppe[] GRUPPER = {Kontaktgruppe.DAGPENGEMODTAGER, Kontaktgruppe.KONTANTHJAELPSMODTAGER,
            Kontaktgruppe.SYGEDAGPENGEMODTAGER, Kontaktgruppe.UDDANNELSESHJAELPSMODTAGER, Kontaktgruppe.JOBAFKLARING,
            Kontaktgruppe.UDEN_YDELSE};
    private static final Samtaletype[] TYPER = {Samtaletype.JOBSAMTALE, Samtaletype.JOBSAMTALE_MED_AKASSE,
            Samtaletype.FAELLES_JOBSAMTALE_MED_DAGPENGEMODTAGER, Samtaletype.OPFOELGNINGSSAMTALE, Samtaletype.CV_SAMTALE};
    private static final Myndighedstype[] MYNDIGHEDER = {Myndighedstype.JOBCENTER, Myndighedstype.AKASSE};
    private static final LocalDate FOERSTE = LocalDate.of(2022, 6, 1);
    private static final int DAGE = 900;

    private record Borger(List<KontaktgruppePeriode> perioder, List<Kontaktsamtale> samtaler, LocalDate pr) {
    }

    private static Borger tilfaeldig(Random r) {
        List<KontaktgruppePeriode> perioder = new ArrayList<>();
        LocalDate dag = FOERSTE.plusDays(r.nextInt(300));
        int antal = 1 + r.nextInt(4);
        for (int i = 0; i < antal; i++) {
            LocalDate til = i == antal - 1 && r.nextBoolean() ? null : dag.plusDays(r.nextInt(200));
            perioder.add(new KontaktgruppePeriode(i, GRUPPER[r.nextInt(GRUPPER.length)], new Periode(dag, til)));
            if (til == null) {
                break;
            }
            dag = til.plusDays(1 + (r.nextBoolean() ? 0 : r.nextInt(60)));
        }
        List<Kontaktsamtale> samtaler = new ArrayList<>();
        int n = r.nextInt(20);
        for (int i = 0; i < n; i++) {
            samtaler.add(samtale(r, perioder.get(0).periode().fra(), i + 1, true));
        }
        return new Borger(perioder, samtaler, FOERSTE.plusDays(r.nextInt(DAGE)));
    }

    /** A conversation near the citizen's periods, so that krav are met and missed often. */
    private static Kontaktsamtale samtale(Random r, LocalDate omkring, long nr, boolean tilfaeldigtOmTaeller) {
        Kontaktform form = Kontaktform.values()[r.nextInt(Kontaktform.values().length)];
        boolean nulstillende = !tilfaeldigtOmTaeller || r.nextInt(5) > 0;
        boolean annulleret = tilfaeldigtOmTaeller && r.nextInt(8) == 0;
        return new Kontaktsamtale(nr, omkring.plusDays(r.nextInt(300) - 10), TYPER[r.nextInt(TYPER.length)], form,
                MYNDIGHEDER[r.nextInt(MYNDIGHEDER.length)], "101", nulstillende, annulleret);
    }

    @Test
    void adding_a_counting_conversation_never_turns_opfyldt_into_anything_else() {
        Random r = new Random(20240101L);
        int opfyldteSet = 0;
        for (int i = 0; i < TILFAELDE; i++) {
            Borger b = tilfaeldig(r);
            List<Kontaktforloeb> foer = BEREGNING.beregn(KontaktforloebsberegningTest.kunPerioder(b.perioder()), b.samtaler(), b.pr());
            List<Kontaktsamtale> flere = new ArrayList<>(b.samtaler());
            flere.add(samtale(r, b.perioder().get(0).periode().fra(), 1000, false));
            List<Kontaktforloeb> efter = BEREGNING.beregn(KontaktforloebsberegningTest.kunPerioder(b.perioder()), flere, b.pr());
            assertThat(efter).hasSameSizeAs(foer);
            for (int f = 0; f < foer.size(); f++) {
                for (int k = 0; k < foer.get(f).krav().size(); k++) {
                    KravResultat fk = foer.get(f).krav().get(k);
                    KravResultat ek = efter.get(f).krav().get(k);
                    assertThat(ek.antalAfholdt()).as("case %d", i).isGreaterThanOrEqualTo(fk.antalAfholdt());
                    if (fk.status() == Kravstatus.OPFYLDT) {
                        opfyldteSet++;
                        assertThat(ek.status()).as("case %d, %s", i, fk.kode()).isEqualTo(Kravstatus.OPFYLDT);
                    }
                }
            }
        }
        assertThat(opfyldteSet).as("the random cases reach OPFYLDT often enough to mean something").isGreaterThan(500);
    }

    @Test
    void annulling_never_turns_ikke_opfyldt_into_opfyldt() {
        Random r = new Random(20231231L);
        int ikkeOpfyldteSet = 0;
        for (int i = 0; i < TILFAELDE; i++) {
            Borger b = tilfaeldig(r);
            if (b.samtaler().isEmpty()) {
                continue;
            }
            List<Kontaktforloeb> foer = BEREGNING.beregn(KontaktforloebsberegningTest.kunPerioder(b.perioder()), b.samtaler(), b.pr());
            List<Kontaktsamtale> annulleret = new ArrayList<>(b.samtaler());
            int valgt = r.nextInt(annulleret.size());
            annulleret.set(valgt, annulleret(annulleret.get(valgt)));
            List<Kontaktforloeb> efter = BEREGNING.beregn(KontaktforloebsberegningTest.kunPerioder(b.perioder()), annulleret, b.pr());
            assertThat(efter).hasSameSizeAs(foer);
            for (int f = 0; f < foer.size(); f++) {
                for (int k = 0; k < foer.get(f).krav().size(); k++) {
                    KravResultat fk = foer.get(f).krav().get(k);
                    KravResultat ek = efter.get(f).krav().get(k);
                    assertThat(ek.antalAfholdt()).as("case %d", i).isLessThanOrEqualTo(fk.antalAfholdt());
                    if (fk.status() == Kravstatus.IKKE_OPFYLDT) {
                        ikkeOpfyldteSet++;
                        assertThat(ek.status()).as("case %d, %s", i, fk.kode()).isEqualTo(Kravstatus.IKKE_OPFYLDT);
                    }
                }
            }
        }
        assertThat(ikkeOpfyldteSet).isGreaterThan(500);
    }

    @Test
    void every_window_lies_inside_itself_and_counted_conversations_inside_it() {
        Random r = new Random(7L);
        for (int i = 0; i < TILFAELDE; i++) {
            Borger b = tilfaeldig(r);
            for (Kontaktforloeb f : BEREGNING.beregn(KontaktforloebsberegningTest.kunPerioder(b.perioder()), b.samtaler(), b.pr())) {
                for (KravResultat k : f.krav()) {
                    assertThat(k.vindueFra()).isAfterOrEqualTo(f.start()).isBeforeOrEqualTo(k.frist());
                    assertThat(k.talteSamtaler()).hasSize(k.antalAfholdt());
                    for (long nr : k.talteSamtaler()) {
                        Kontaktsamtale s = b.samtaler().get((int) nr - 1);
                        assertThat(s.afholdt()).isBetween(k.vindueFra(), k.frist());
                        assertThat(s.taeller()).isTrue();
                        assertThat(s.myndighedstype()).isEqualTo(k.ansvarlig());
                    }
                }
            }
        }
    }

    /** The same conversation, annulled. */
    private static Kontaktsamtale annulleret(Kontaktsamtale s) {
        return new Kontaktsamtale(s.samtalenummer(), s.afholdt(), s.samtaletype(), s.kontaktform(), s.myndighedstype(), s.myndighedskode(), s.nulstillende(), true);
    }
}
