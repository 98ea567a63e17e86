package dk.samtaleregister.sider.application;

import dk.samtaleregister.faelles.domain.Cpr;
import dk.samtaleregister.kontaktforloeb.domain.Kravstatus;
import dk.samtaleregister.sider.domain.Soejlediagram;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * A dashboard: the rettidighed of each kontaktgruppe and krav month by month, as numbers and as a chart, and what
 * wants action. A jobcenter's lists the citizens (its own) with an open frist soon and those whose frist passed
 * unmet; the country's (STAR) compares the jobcentres, and counts those citizens per jobcenter without listing them.
 *
 * @param jobcenter   the jobcenter, or null for the whole country
 * @param listerAfkortet whether a list of citizens was cut at {@link OverblikService#HOEJST_I_LISTE}
 */
public record Overblik(String jobcenter, LocalDate pr, List<YearMonth> maaneder, List<Serie> serier, List<Frist> kommende,
                       List<Frist> overskredne, long antalKommende, long antalOverskredne, boolean listerAfkortet,
                       List<Jobcenterraekke> jobcentre) {

    /** One kontaktgruppe's krav (with its target, if any) over the months, and its chart. */
    public record Serie(int kontaktgruppe, String krav, Integer maal, List<Maanedstal> tal, Maanedstal iAlt, Soejlediagram diagram) {
    }

    /** The counts of krav with a frist in the month; {@code andel} is opfyldt / (opfyldt + ikke opfyldt), or null. */
    public record Maanedstal(YearMonth maaned, long forfaldne, long opfyldt, long ikkeOpfyldt, long aaben, long undtaget, Double andel) {
    }

    /** One citizen's krav that wants action. The CPR number stays with the server; a page shows it masked. */
    public record Frist(Cpr cpr, int kontaktgruppe, String krav, String beskrivelse, LocalDate vindueFra, LocalDate frist,
                        Kravstatus status, int antalAfholdt, int antalKraevet) {
    }

    /** A jobcenter beside the others: its share met per series over all the months (null: nothing judged), and its counts. */
    public record Jobcenterraekke(String jobcenter, List<Double> andele, long kommende, long overskredne) {
    }
}
