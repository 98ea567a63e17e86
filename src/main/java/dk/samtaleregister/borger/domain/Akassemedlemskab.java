package dk.samtaleregister.borger.domain;

import dk.samtaleregister.faelles.domain.Periode;
import java.util.Map;

/** The citizen's membership of an a-kasse, named by the a-kasse's myndighedskode. */
public record Akassemedlemskab(long id, String akasse, Periode periode) implements Borgerperiode {

    @Override
    public Map<String, Object> felter() {
        return Borgerperiode.felter("akasse", akasse, periode);
    }
}
