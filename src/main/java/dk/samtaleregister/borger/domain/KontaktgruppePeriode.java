package dk.samtaleregister.borger.domain;

import dk.samtaleregister.faelles.domain.Periode;
import dk.samtaleregister.regler.domain.Kontaktgruppe;

public record KontaktgruppePeriode(long id, Kontaktgruppe kontaktgruppe, Periode periode) implements Borgerperiode {
}
