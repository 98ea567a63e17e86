package dk.samtaleregister.borger.domain;

import dk.samtaleregister.faelles.domain.Periode;
import java.util.Map;

/** The citizen's attachment to a jobcenter, named by its 3-digit kommunenummer. */
public record Jobcentertilknytning(long id, String jobcenter, Periode periode) implements Borgerperiode {

    @Override
    public Map<String, Object> felter() {
        return Borgerperiode.felter("jobcenter", jobcenter, periode);
    }
}
