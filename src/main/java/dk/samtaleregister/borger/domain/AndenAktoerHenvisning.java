package dk.samtaleregister.borger.domain;

import dk.samtaleregister.faelles.domain.Periode;
import java.util.Map;

/** The citizen's referral to an anden aktør, named by the actor's myndighedskode. */
public record AndenAktoerHenvisning(long id, String andenAktoer, Periode periode) implements Borgerperiode {

    @Override
    public Map<String, Object> felter() {
        return Borgerperiode.felter("andenAktoer", andenAktoer, periode);
    }
}
