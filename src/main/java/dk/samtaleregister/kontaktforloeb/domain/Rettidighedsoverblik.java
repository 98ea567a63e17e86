package dk.samtaleregister.kontaktforloeb.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A dashboard's view of the rettidighed, from one pass over the citizens: the report for each of the last months
 * (each exactly the {@link Rettidighedsrapport} of that month, counted from the same kontaktforløb), and the krav
 * that want action: those open with a frist in the next days, and those not met whose frist has passed within the
 * months shown. Each citizen's kontaktforløb are computed once, as of {@code pr}.
 */
public final class Rettidighedsoverblik {

    /** One krav of one citizen that wants action; {@code borgerId} names the citizen to the caller, never to a page. */
    public record Fristlinje(long borgerId, String jobcenter, int kontaktgruppe, String krav, String beskrivelse, LocalDate vindueFra,
                             LocalDate frist, Kravstatus status, int antalAfholdt, int antalKraevet) {
    }

    /**
     * @param kommende    open krav with a frist from {@code pr} to {@code pr} + the days ahead, soonest first
     * @param overskredne krav not met whose frist lies in the months shown, before {@code pr}, latest first
     */
    public record Resultat(LocalDate pr, Map<YearMonth, Rettidighedsrapport.Resultat> maaneder, List<Fristlinje> kommende,
                           List<Fristlinje> overskredne, long borgere) {
    }

    private static final Comparator<Fristlinje> SOENEST = Comparator.comparing(Fristlinje::frist).thenComparingLong(Fristlinje::borgerId)
            .thenComparing(Fristlinje::krav);

    private final Kontaktforloebsberegning beregning;
    private final String jobcenter;
    private final LocalDate pr;
    private final LocalDate foersteDag;
    private final LocalDate sidsteFrist;
    private final Map<YearMonth, Rettidighedsrapport> maaneder = new LinkedHashMap<>();
    private final List<Fristlinje> kommende = new ArrayList<>();
    private final List<Fristlinje> overskredne = new ArrayList<>();
    private long borgere;

    /**
     * @param jobcenter    only this jobcenter's krav (the one the citizen was attached to on the frist), or null for all
     * @param antalMaaneder the months shown, the current one the last
     * @param dageFrem     how far ahead an open frist is listed
     */
    public Rettidighedsoverblik(Kontaktforloebsberegning beregning, String jobcenter, LocalDate pr, int antalMaaneder, int dageFrem) {
        if (antalMaaneder < 1 || dageFrem < 0) {
            throw new IllegalArgumentException("antalMaaneder " + antalMaaneder + ", dageFrem " + dageFrem);
        }
        this.beregning = beregning;
        this.jobcenter = jobcenter;
        this.pr = pr;
        YearMonth denne = YearMonth.from(pr);
        for (YearMonth m = denne.minusMonths(antalMaaneder - 1L); !m.isAfter(denne); m = m.plusMonths(1)) {
            maaneder.put(m, new Rettidighedsrapport(beregning, m.atDay(1), m.atEndOfMonth(), jobcenter, pr));
        }
        this.foersteDag = denne.minusMonths(antalMaaneder - 1L).atDay(1);
        this.sidsteFrist = pr.plusDays(dageFrem);
    }

    /** The first day whose data the overview needs. */
    public LocalDate fra() {
        return foersteDag;
    }

    /** The last day whose data the overview needs: the end of this month, or the last frist listed if later. */
    public LocalDate til() {
        LocalDate maanedensSlut = YearMonth.from(pr).atEndOfMonth();
        return sidsteFrist.isAfter(maanedensSlut) ? sidsteFrist : maanedensSlut;
    }

    /** Adds one citizen; the lists may be reused by the caller after the call. */
    public void tilfoej(long borgerId, Borgergrundlag grundlag, List<Jobcenterperiode> tilknytninger, List<Kontaktsamtale> kontakter) {
        borgere++;
        List<Kontaktforloeb> forloeb = grundlag.situation().kontaktgrupper().isEmpty() ? List.of() : beregning.beregn(grundlag, kontakter, pr);
        for (Rettidighedsrapport maaned : maaneder.values()) {
            maaned.tilfoej(forloeb, tilknytninger, kontakter);
        }
        for (Kontaktforloeb f : forloeb) {
            for (KravResultat k : f.krav()) {
                boolean kommer = k.status() == Kravstatus.AABEN && !k.frist().isBefore(pr) && !k.frist().isAfter(sidsteFrist);
                boolean overskredet = k.status() == Kravstatus.IKKE_OPFYLDT && k.frist().isBefore(pr) && !k.frist().isBefore(foersteDag);
                if (!kommer && !overskredet) {
                    continue;
                }
                String center = Rettidighedsrapport.jobcenter(tilknytninger, k.frist());
                if (jobcenter != null && !jobcenter.equals(center)) {
                    continue;
                }
                Fristlinje linje = new Fristlinje(borgerId, center, f.kontaktgruppe().nummer(), k.kode(), k.beskrivelse(), k.vindueFra(),
                        k.frist(), k.status(), k.antalAfholdt(), k.antalKraevet());
                (kommer ? kommende : overskredne).add(linje);
            }
        }
    }

    public Resultat resultat() {
        Map<YearMonth, Rettidighedsrapport.Resultat> resultater = new LinkedHashMap<>();
        maaneder.forEach((m, r) -> resultater.put(m, r.resultat()));
        List<Fristlinje> snart = new ArrayList<>(kommende);
        snart.sort(SOENEST);
        List<Fristlinje> sidst = new ArrayList<>(overskredne);
        sidst.sort(SOENEST.reversed());
        return new Resultat(pr, resultater, List.copyOf(snart), List.copyOf(sidst), borgere);
    }
}
