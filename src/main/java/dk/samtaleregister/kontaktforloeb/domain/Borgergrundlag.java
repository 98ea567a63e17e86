package dk.samtaleregister.kontaktforloeb.domain;

import dk.samtaleregister.borger.domain.AndenAktoerHenvisning;
import dk.samtaleregister.borger.domain.KontaktgruppePeriode;
import dk.samtaleregister.borger.domain.Undtagelse;
import dk.samtaleregister.faelles.domain.Periode;
import java.util.List;

/**
 * What of the citizen's situation the kontaktforløb is computed from, besides the conversations.
 *
 * @param perioder     the kontaktgruppe periods: the forløb
 * @param sygdom       the days of fravær SYGDOM_SYGEMELDING: a sick dagpengemodtager's Opfølgningssamtale counts there
 * @param henvisninger the referrals to andre aktører: a referred citizen's conversation with that aktør counts for
 *                     the jobcenter
 * @param undtagelser  the periods of exemption
 */
public record Borgergrundlag(List<KontaktgruppePeriode> perioder, List<Periode> sygdom, List<AndenAktoerHenvisning> henvisninger,
                             List<Undtagelse> undtagelser) {

    /** A citizen known only by the kontaktgruppe periods: no sickness, referral or exemption. */
    public static Borgergrundlag afPerioder(List<KontaktgruppePeriode> perioder) {
        return new Borgergrundlag(perioder, List.of(), List.of(), List.of());
    }
}
