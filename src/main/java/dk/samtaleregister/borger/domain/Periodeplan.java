package dk.samtaleregister.borger.domain;

import dk.samtaleregister.faelles.domain.Fejlkode;
import dk.samtaleregister.faelles.domain.Overtraedelser;
import dk.samtaleregister.faelles.domain.Periode;
import java.util.ArrayList;
import java.util.List;

/**
 * How a new period joins a series where only one period may hold on a day (kontaktgruppe, jobcentertilknytning):
 * a period that starts inside an open-ended one ends that one the day before; any other overlap is rejected.
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
}
