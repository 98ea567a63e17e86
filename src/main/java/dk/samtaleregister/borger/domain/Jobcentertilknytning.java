package dk.samtaleregister.borger.domain;

import dk.samtaleregister.faelles.domain.Periode;

/** The citizen's attachment to a jobcenter, named by its 3-digit kommunenummer. */
public record Jobcentertilknytning(long id, String jobcenter, Periode periode) implements Borgerperiode {
}
