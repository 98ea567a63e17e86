package dk.samtaleregister.kontaktforloeb.domain;

import dk.samtaleregister.borger.domain.KontaktgruppePeriode;
import dk.samtaleregister.faelles.domain.Periode;
import dk.samtaleregister.regler.domain.Kontaktgruppe;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Computes a citizen's kontaktforløb and the fulfilment of their krav as of a day. Derived every time from the
 * periods and conversations, never stored, so a correction, an annulment or a changed period shows at once.
 *
 * <p>Conventions (docs/kontaktforloeb.md): a kontaktforløb starts on the first day of a kontaktgruppe period; a change to
 * another kontaktgruppe starts a new one, and so does a gap between two periods of the same group (LBL § 9: a
 * continuous period on the same benefit). Dagpenge (kontaktgruppe 1) is one forløb counted in accumulated days in
 * group 1: every later period in group 1 continues it, and a break moves every later window day by its length.
 * Windows are laid out in days from the start day (months counted on the calendar from the start day), then placed
 * on the calendar. Only periods starting on or before {@code pr} and conversations held on or before {@code pr} are
 * considered.
 */
public final class Kontaktforloebsberegning {

    private static final Comparator<KontaktgruppePeriode> EFTER_FRA = Comparator.comparing(p -> p.periode().fra());

    private final Kravbog kravbog;

    public Kontaktforloebsberegning(Kravbog kravbog) {
        this.kravbog = kravbog;
    }

    public List<Kontaktforloeb> beregn(List<KontaktgruppePeriode> perioder, List<Kontaktsamtale> samtaler, LocalDate pr) {
        Kontaktsamtale[] taellende = taellende(samtaler, pr);
        List<Kontaktforloeb> resultat = new ArrayList<>();
        for (Forloeb forloeb : forloeb(perioder, pr)) {
            resultat.add(bedoem(forloeb, taellende, pr));
        }
        return resultat;
    }

    /** A forløb before judging: its group and its days in the group (one segment unless dagpenge with breaks). */
    private record Forloeb(Kontaktgruppe gruppe, List<Periode> segmenter) {
        LocalDate start() {
            return segmenter.get(0).fra();
        }

        LocalDate slut() {
            return segmenter.get(segmenter.size() - 1).til();
        }

        /** The calendar day of forløb day {@code n} (0 = the start day), counting only days in the segments. */
        LocalDate dag(int n) {
            long rest = n;
            Periode sidste = null;
            for (Periode segment : segmenter) {
                if (segment.til() == null) {
                    return segment.fra().plusDays(rest);
                }
                long laengde = segment.til().toEpochDay() - segment.fra().toEpochDay() + 1;
                if (rest < laengde) {
                    return segment.fra().plusDays(rest);
                }
                rest -= laengde;
                sidste = segment;
            }
            // Past the last known day in the group: as if the citizen had stayed on.
            return sidste.til().plusDays(rest + 1);
        }
    }

    private static Kontaktsamtale[] taellende(List<Kontaktsamtale> samtaler, LocalDate pr) {
        int antal = 0;
        Kontaktsamtale[] valgte = new Kontaktsamtale[samtaler.size()];
        for (Kontaktsamtale samtale : samtaler) {
            if (samtale.taeller() && !samtale.afholdt().isAfter(pr)) {
                valgte[antal++] = samtale;
            }
        }
        Kontaktsamtale[] resultat = Arrays.copyOf(valgte, antal);
        Arrays.sort(resultat, Comparator.comparing(Kontaktsamtale::afholdt).thenComparingLong(Kontaktsamtale::samtalenummer));
        return resultat;
    }

    private static List<Forloeb> forloeb(List<KontaktgruppePeriode> perioder, LocalDate pr) {
        List<KontaktgruppePeriode> sorterede = new ArrayList<>(perioder.size());
        for (KontaktgruppePeriode p : perioder) {
            if (!p.periode().fra().isAfter(pr)) {
                sorterede.add(p);
            }
        }
        sorterede.sort(EFTER_FRA);
        List<Forloeb> resultat = new ArrayList<>();
        List<Periode> dagpenge = null;
        Kontaktgruppe forrigeGruppe = null;
        List<Periode> forrige = null;
        for (KontaktgruppePeriode p : sorterede) {
            if (p.kontaktgruppe() == Kontaktgruppe.DAGPENGEMODTAGER) {
                if (dagpenge == null) {
                    dagpenge = new ArrayList<>();
                    resultat.add(new Forloeb(Kontaktgruppe.DAGPENGEMODTAGER, dagpenge));
                }
                tilfoej(dagpenge, p.periode());
                continue;
            }
            if (p.kontaktgruppe() == forrigeGruppe && fortsaetter(forrige.get(0), p.periode())) {
                tilfoej(forrige, p.periode());
                continue;
            }
            forrige = new ArrayList<>(1);
            forrige.add(p.periode());
            forrigeGruppe = p.kontaktgruppe();
            resultat.add(new Forloeb(forrigeGruppe, forrige));
        }
        resultat.sort(Comparator.comparing(Forloeb::start));
        return resultat;
    }

    /** Whether {@code naeste} (starting no earlier) touches or overlaps {@code periode}. */
    private static boolean fortsaetter(Periode periode, Periode naeste) {
        return periode.til() == null || !naeste.fra().isAfter(periode.til().plusDays(1));
    }

    /** Adds a period sorted by fra, merging it with the last segment when they touch or overlap. */
    private static void tilfoej(List<Periode> segmenter, Periode periode) {
        if (!segmenter.isEmpty()) {
            Periode sidste = segmenter.get(segmenter.size() - 1);
            if (fortsaetter(sidste, periode)) {
                LocalDate til = sidste.til() == null || periode.til() == null ? null
                        : (periode.til().isAfter(sidste.til()) ? periode.til() : sidste.til());
                segmenter.set(segmenter.size() - 1, new Periode(sidste.fra(), til));
                return;
            }
        }
        segmenter.add(periode);
    }

    private Kontaktforloeb bedoem(Forloeb forloeb, Kontaktsamtale[] samtaler, LocalDate pr) {
        LocalDate start = forloeb.start();
        List<Krav> kravene = kravbog.krav(start, forloeb.gruppe());
        List<KravResultat> resultater = new ArrayList<>(kravene.size());
        LocalDate naesteFrist = null;
        for (Krav krav : kravene) {
            LocalDate vindueFra = forloeb.dag(krav.foersteDag(start));
            LocalDate frist = forloeb.dag(krav.sidsteDag(start));
            long[] talte = new long[samtaler.length];
            int antal = 0;
            for (Kontaktsamtale s : samtaler) {
                if (s.afholdt().isAfter(frist)) {
                    break;
                }
                if (!s.afholdt().isBefore(vindueFra)
                        && s.myndighedstype() == krav.ansvarlig()
                        && krav.samtaletyper().contains(s.samtaletype())
                        && (krav.kontaktform() == null || krav.kontaktform() == s.kontaktform())) {
                    talte[antal++] = s.samtalenummer();
                }
            }
            Kravstatus status = antal >= krav.antal() ? Kravstatus.OPFYLDT
                    : frist.isBefore(pr) ? Kravstatus.IKKE_OPFYLDT : Kravstatus.AABEN;
            if (status == Kravstatus.AABEN && (naesteFrist == null || frist.isBefore(naesteFrist))) {
                naesteFrist = frist;
            }
            List<Long> numre = new ArrayList<>(antal);
            for (int i = 0; i < antal; i++) {
                numre.add(talte[i]);
            }
            resultater.add(new KravResultat(krav.kode(), krav.beskrivelse(), krav.hjemmel(), krav.ansvarlig(),
                    vindueFra, frist, krav.antal(), antal, status, List.copyOf(numre)));
        }
        return new Kontaktforloeb(forloeb.gruppe(), start, forloeb.slut(), List.copyOf(resultater), naesteFrist);
    }
}
