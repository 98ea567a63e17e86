package dk.samtaleregister.kontaktforloeb.domain;

import dk.samtaleregister.faelles.domain.Periode;
import dk.samtaleregister.regler.domain.Undtagelsesgrund;

/** A period in which the citizen is exempt, for a grund, from the krav that grund applies to. */
public record Undtagelsesperiode(Undtagelsesgrund grund, Periode periode) {
}
