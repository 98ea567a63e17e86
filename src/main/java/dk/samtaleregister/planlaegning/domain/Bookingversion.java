package dk.samtaleregister.planlaegning.domain;

import dk.samtaleregister.faelles.domain.Feltaendring;
import dk.samtaleregister.regler.domain.AnsvarligSagsbehandler;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** One version of a booking as stored: its content and status, why it came about, who made it, when and with what reason. */
public record Bookingversion(int version, Aendringsart art, AnsvarligSagsbehandler aendretAf, Instant tidspunkt,
                             String begrundelse, Planlaegning indhold, Bookingstatus status) {

    public Map<String, Object> felter() {
        Map<String, Object> felter = indhold.felter();
        felter.put("status", status.name());
        return felter;
    }

    /** What this version changed from the one before it; the first version shows every field it set. */
    public List<Feltaendring> aendringer(Bookingversion forrige) {
        return Feltaendring.mellem(forrige == null ? Map.of() : forrige.felter(), felter());
    }
}
