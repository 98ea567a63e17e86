package dk.samtaleregister.borger.application;

import dk.samtaleregister.borger.domain.Borgerperiode;
import dk.samtaleregister.borger.domain.Periodeafslutning;
import dk.samtaleregister.borger.domain.Periodeslag;
import dk.samtaleregister.faelles.domain.Cpr;
import java.util.List;

/** A period of its kind as stored by a write, its version now, and the open periods the write ended. */
public record RegistreretPeriode<P extends Borgerperiode>(Periodeslag<P> slag, Cpr cpr, P periode, int version,
                                                          List<Periodeafslutning> afsluttede) {

    public RegistreretPeriode {
        afsluttede = List.copyOf(afsluttede);
    }
}
