package dk.samtaleregister.borger.domain;

import dk.samtaleregister.faelles.domain.Periode;
import dk.samtaleregister.regler.domain.Fravaerstype;

public record Fravaer(long id, Fravaerstype fravaerstype, Periode periode) implements Borgerperiode {
}
