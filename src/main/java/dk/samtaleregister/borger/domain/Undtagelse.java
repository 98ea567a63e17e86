package dk.samtaleregister.borger.domain;

import dk.samtaleregister.faelles.domain.Periode;
import dk.samtaleregister.regler.domain.Undtagelsesgrund;
import java.util.Map;

/** A period in which the citizen is exempt from (some of) the kontaktforløb's krav, for the reason {@code grund}. */
public record Undtagelse(long id, Undtagelsesgrund grund, Periode periode) implements Borgerperiode {

    @Override
    public Map<String, Object> felter() {
        return Borgerperiode.felter("grund", grund.name(), periode);
    }
}
