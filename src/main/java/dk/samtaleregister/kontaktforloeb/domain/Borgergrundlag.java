package dk.samtaleregister.kontaktforloeb.domain;

import dk.samtaleregister.borger.domain.BorgerSituation;
import dk.samtaleregister.borger.domain.Undtagelse;
import java.util.List;

/**
 * What of the citizen's situation the kontaktforløb is computed from, besides the conversations.
 *
 * @param situation   the citizen's periods: the kontaktgruppe periods are the forløb; a sick day
 *                    ({@link BorgerSituation#raskSyg}) lets a dagpengemodtager's Opfølgningssamtale count, and a
 *                    referral ({@link BorgerSituation#henvistTil}) an anden aktør's conversation, as the registration
 *                    rules judge them
 * @param undtagelser the periods of exemption
 */
public record Borgergrundlag(BorgerSituation situation, List<Undtagelse> undtagelser) {
}
