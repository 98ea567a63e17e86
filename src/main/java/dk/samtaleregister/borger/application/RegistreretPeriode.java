package dk.samtaleregister.borger.application;

import dk.samtaleregister.borger.domain.Borgerperiode;
import dk.samtaleregister.borger.domain.Periodeafslutning;
import java.util.List;

/** A stored period, and the open periods it ended. */
public record RegistreretPeriode<P extends Borgerperiode>(P periode, List<Periodeafslutning> afsluttede) {
}
