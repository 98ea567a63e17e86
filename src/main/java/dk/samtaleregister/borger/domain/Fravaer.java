package dk.samtaleregister.borger.domain;

import dk.samtaleregister.faelles.domain.Periode;
import dk.samtaleregister.regler.domain.Fravaerstype;
import java.util.Map;

public record Fravaer(long id, Fravaerstype fravaerstype, Periode periode) implements Borgerperiode {

    @Override
    public Map<String, Object> felter() {
        return Borgerperiode.felter("fravaerstype", fravaerstype.name(), periode);
    }
}
