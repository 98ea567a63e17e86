package dk.samtaleregister.sider.application;

import dk.samtaleregister.borger.domain.Fravaer;
import dk.samtaleregister.borger.domain.Jobcentertilknytning;
import dk.samtaleregister.borger.domain.KontaktgruppePeriode;
import dk.samtaleregister.borger.domain.Undtagelse;
import dk.samtaleregister.kontaktforloeb.domain.Kontaktforloeb;
import dk.samtaleregister.planlaegning.domain.Bookingoverblik;
import dk.samtaleregister.samtale.domain.Samtale;
import dk.samtaleregister.sider.domain.Tidslinje;
import java.time.LocalDate;
import java.util.List;

/**
 * What a caseworker sees of one citizen on one day: the situation today, every kontaktforløb with its krav, the
 * periods, and the conversations and bookings the caller may see, the timeline of them, and the same facts as rows, newest first.
 *
 * @param cprMaskeret   the CPR number as pages show it (ddmmyy-xxxx)
 * @param kontaktgruppe today's kontaktgruppe, or null
 * @param jobcenter     today's jobcenter (kommunenummer), or null
 * @param naesteFrist   the earliest frist of an open krav, or null
 */
public record Borgerbillede(String cprMaskeret, LocalDate dag, KontaktgruppePeriode kontaktgruppe, Jobcentertilknytning jobcenter,
                            LocalDate naesteFrist, List<Kontaktforloeb> forloeb, List<KontaktgruppePeriode> kontaktgrupper,
                            List<Fravaer> fravaer, List<Undtagelse> undtagelser, List<Samtale> samtaler, List<Bookingoverblik> bookinger, Tidslinje tidslinje,
                            List<Begivenhed> begivenheder) {

    /** One row of the table beside the timeline: the same facts as the picture. */
    public record Begivenhed(LocalDate dato, String hvad, String detaljer) {
    }
}
