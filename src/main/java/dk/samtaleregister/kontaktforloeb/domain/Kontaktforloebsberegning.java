package dk.samtaleregister.kontaktforloeb.domain;

import dk.samtaleregister.borger.domain.KontaktgruppePeriode;
import dk.samtaleregister.borger.domain.Undtagelse;
import dk.samtaleregister.faelles.domain.Myndighedstype;
import dk.samtaleregister.faelles.domain.Periode;
import dk.samtaleregister.regler.domain.Kontaktgruppe;
import dk.samtaleregister.regler.domain.RaskSyg;
import dk.samtaleregister.regler.domain.Samtaletype;
import dk.samtaleregister.regler.domain.Undtagelsesgrund;
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
 * continuous period on the same benefit), except that a change between revalidering (4) and forrevalidering (5)
 * continues one forløb (LBL § 9: revalidering is not started again). Dagpenge (kontaktgruppe 1) is one forløb counted
 * in accumulated days in group 1: every later period in group 1 continues it, and a break moves every later window
 * day by its length. A forløb that starts before the first krav's gyldig_fra has no krav.
 *
 * <p>Counting (regler/kontaktforloeb-krav.csv): a conversation counts when it is nulstillende and not annulled, of one
 * of the krav's types, in its form where it names one, and held by the krav's authority; a jobcenter krav also counts
 * a conversation of an anden aktør the citizen was referred to on the day held, and for a dagpengemodtager an
 * Opfølgningssamtale the jobcenter held on a sick day (seed 004, group 1 Syg). A krav not met whose frist falls
 * inside an undtagelse whose grund applies to it is UNDTAGET.
 * Windows are laid out in days from the start day (months counted on the calendar from the start day), then placed
 * on the calendar. Only periods starting on or before {@code pr} and conversations held on or before {@code pr} are
 * considered.
 */
public final class Kontaktforloebsberegning {

    private static final Comparator<KontaktgruppePeriode> EFTER_FRA = Comparator.comparing(p -> p.periode().fra());

    private final Kravbog kravbog;
    private final Undtagelsesregler undtagelsesregler;

    public Kontaktforloebsberegning(Kravbog kravbog, Undtagelsesregler undtagelsesregler) {
        this.kravbog = kravbog;
        this.undtagelsesregler = undtagelsesregler;
    }

    public List<Kontaktforloeb> beregn(Borgergrundlag grundlag, List<Kontaktsamtale> samtaler, LocalDate pr) {
        Kontaktsamtale[] taellende = taellende(samtaler, pr);
        List<Kontaktforloeb> resultat = new ArrayList<>();
        for (Forloeb forloeb : forloeb(grundlag.situation().kontaktgrupper(), pr)) {
            resultat.add(bedoem(forloeb, taellende, grundlag, pr));
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
            if (sammeForloeb(p.kontaktgruppe(), forrigeGruppe) && fortsaetter(forrige.get(forrige.size() - 1), p.periode())) {
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

    /** A change between revalidering and forrevalidering continues the forløb (LBL § 9); any other change starts a new one. */
    private static boolean sammeForloeb(Kontaktgruppe gruppe, Kontaktgruppe forrige) {
        return gruppe == forrige || (erRevalidering(gruppe) && erRevalidering(forrige));
    }

    private static boolean erRevalidering(Kontaktgruppe gruppe) {
        return gruppe == Kontaktgruppe.REVALIDERING || gruppe == Kontaktgruppe.FORREVALIDERING;
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

    private Kontaktforloeb bedoem(Forloeb forloeb, Kontaktsamtale[] samtaler, Borgergrundlag grundlag, LocalDate pr) {
        LocalDate start = forloeb.start();
        if (start.isBefore(kravbog.foersteStart())) {
            return new Kontaktforloeb(forloeb.gruppe(), start, forloeb.slut(), List.of(), null, "Forløbet startede " + start
                    + ", før " + kravbog.foersteStart() + ": registret har ingen krav for forløb, der startede før den dag.");
        }
        List<Krav> kravene = kravbog.krav(start, forloeb.gruppe());
        if (kravene.isEmpty()) {
            return new Kontaktforloeb(forloeb.gruppe(), start, forloeb.slut(), List.of(), null,
                    "Kontaktgruppe " + forloeb.gruppe().nummer() + " har ingen krav i kontaktforløbet.");
        }
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
                if (!s.afholdt().isBefore(vindueFra) && taeller(krav, s, forloeb.gruppe(), grundlag)) {
                    talte[antal++] = s.samtalenummer();
                }
            }
            Undtagelsesgrund undtaget = antal >= krav.antal() ? null : undtaget(krav, frist, grundlag, pr);
            Kravstatus status = antal >= krav.antal() ? Kravstatus.OPFYLDT
                    : undtaget != null ? Kravstatus.UNDTAGET
                    : frist.isBefore(pr) ? Kravstatus.IKKE_OPFYLDT : Kravstatus.AABEN;
            if (status == Kravstatus.AABEN && (naesteFrist == null || frist.isBefore(naesteFrist))) {
                naesteFrist = frist;
            }
            List<Long> numre = new ArrayList<>(antal);
            for (int i = 0; i < antal; i++) {
                numre.add(talte[i]);
            }
            resultater.add(new KravResultat(krav.kode(), krav.beskrivelse(), krav.hjemmel(), krav.kilde(), krav.ansvarlig(),
                    vindueFra, frist, krav.antal(), antal, status, undtaget, krav.maal(), List.copyOf(numre)));
        }
        return new Kontaktforloeb(forloeb.gruppe(), start, forloeb.slut(), List.copyOf(resultater), naesteFrist, null);
    }

    /** Whether a nulstillende, not annulled conversation in the window counts for the krav. */
    private static boolean taeller(Krav krav, Kontaktsamtale s, Kontaktgruppe gruppe, Borgergrundlag grundlag) {
        if (krav.kontaktform() != null && krav.kontaktform() != s.kontaktform()) {
            return false;
        }
        boolean holdtAf = s.myndighedstype() == krav.ansvarlig()
                || (krav.ansvarlig() == Myndighedstype.JOBCENTER && s.myndighedstype() == Myndighedstype.ANDEN_AKTOER
                        && grundlag.situation().henvistTil(s.myndighedskode(), s.afholdt()));
        if (!holdtAf) {
            return false;
        }
        if (krav.samtaletyper().contains(s.samtaletype())) {
            return true;
        }
        // Seed 004, group 1 Syg: "Opfølgningssamtale ... er nulstillende ift. kontaktforløb": it stands for a jobsamtale.
        return gruppe == Kontaktgruppe.DAGPENGEMODTAGER && krav.ansvarlig() == Myndighedstype.JOBCENTER
                && s.myndighedstype() == Myndighedstype.JOBCENTER && s.samtaletype() == Samtaletype.OPFOELGNINGSSAMTALE
                && krav.samtaletyper().contains(Samtaletype.JOBSAMTALE) && grundlag.situation().raskSyg(s.afholdt()) == RaskSyg.SYG;
    }

    /** The grund of an undtagelse (known on {@code pr}) that covers the frist and applies to the krav, or null. */
    private Undtagelsesgrund undtaget(Krav krav, LocalDate frist, Borgergrundlag grundlag, LocalDate pr) {
        for (Undtagelse u : grundlag.undtagelser()) {
            if (!u.periode().fra().isAfter(pr) && u.periode().indeholder(frist) && undtagelsesregler.gaelder(u.grund(), krav.kode(), frist)) {
                return u.grund();
            }
        }
        return null;
    }
}
