package dk.samtaleregister.borger.domain;

import dk.samtaleregister.faelles.domain.Fejlkode;
import dk.samtaleregister.faelles.domain.Overtraedelser;
import dk.samtaleregister.faelles.domain.Periode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * How a new period joins a series where only one period may hold on a day (kontaktgruppe, jobcentertilknytning,
 * akassemedlemskab): a period that starts inside an open-ended one ends that one the day before; any other overlap
 * is rejected.
 */
public final class Periodeplan {

    private Periodeplan() {
    }

    public static List<Periodeafslutning> indsaet(List<? extends Borgerperiode> eksisterende, Periode ny, Overtraedelser fejl) {
        List<Periodeafslutning> afslutninger = new ArrayList<>();
        boolean overlap = false;
        for (Borgerperiode periode : eksisterende) {
            Periode gammel = periode.periode();
            if (!gammel.overlapper(ny)) {
                continue;
            }
            if (gammel.aaben() && gammel.fra().isBefore(ny.fra())) {
                afslutninger.add(new Periodeafslutning(periode.id(), ny.fra().minusDays(1)));
            } else {
                fejl.tilfoej(Fejlkode.PERIODE_OVERLAPPER, "fra", gammel.visning());
                overlap = true;
            }
        }
        return overlap ? List.of() : afslutninger;
    }

    /** A corrected period joins the series as if it were new: judged against every period but its own old version. */
    public static List<Periodeafslutning> ret(List<? extends Borgerperiode> eksisterende, long id, Periode rettet, Overtraedelser fejl) {
        return indsaet(eksisterende.stream().filter(p -> p.id() != id).toList(), rettet, fejl);
    }

    /** The period ended on {@code til}, which may not lie before its first day; null with the fault recorded. */
    public static Periode afslut(Periode periode, LocalDate til, Overtraedelser fejl) {
        if (til.isBefore(periode.fra())) {
            fejl.tilfoej(Fejlkode.TIL_FOER_FRA, "til");
            return null;
        }
        return new Periode(periode.fra(), til);
    }
}
