package dk.samtaleregister.borger.application;

import dk.samtaleregister.borger.domain.Borgerperiode;
import dk.samtaleregister.borger.domain.Periodeafslutning;
import dk.samtaleregister.faelles.domain.Cpr;
import java.util.List;

/** A period as stored by a write, its version now, and the open periods the write ended. */
public record RegistreretPeriode<P extends Borgerperiode>(Cpr cpr, P periode, int version, List<Periodeafslutning> afsluttede) {

    public RegistreretPeriode {
        afsluttede = List.copyOf(afsluttede);
    }
}
