package dk.samtaleregister.kontaktforloeb.domain;

import dk.samtaleregister.regler.domain.Kontaktgruppe;
import java.time.LocalDate;
import java.util.List;

/**
 * One kontaktforløb of a citizen with its krav judged as of a day.
 *
 * @param slut        the last day in the kontaktgruppe as far as known, or null while open; a frist after it is still
 *                    reported (the computation does not decide whether a krav lapses when the citizen leaves the group)
 * @param naesteFrist the earliest frist of an AABEN krav, or null
 * @param bemaerkning why the forløb has no krav, in Danish, or null when it has some
 */
public record Kontaktforloeb(Kontaktgruppe kontaktgruppe, LocalDate start, LocalDate slut, List<KravResultat> krav,
                             LocalDate naesteFrist, String bemaerkning) {
}
