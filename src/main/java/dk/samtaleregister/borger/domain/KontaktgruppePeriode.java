package dk.samtaleregister.borger.domain;

import dk.samtaleregister.faelles.domain.Periode;
import dk.samtaleregister.regler.domain.Kontaktgruppe;
import java.util.Map;

public record KontaktgruppePeriode(long id, Kontaktgruppe kontaktgruppe, Periode periode) implements Borgerperiode {

    @Override
    public Map<String, Object> felter() {
        return Borgerperiode.felter("kontaktgruppe", kontaktgruppe.nummer(), periode);
    }
}
