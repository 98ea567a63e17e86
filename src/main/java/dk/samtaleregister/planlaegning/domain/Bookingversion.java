package dk.samtaleregister.planlaegning.domain;

import dk.samtaleregister.faelles.domain.Aendringsart;
import dk.samtaleregister.faelles.domain.AnsvarligSagsbehandler;
import dk.samtaleregister.faelles.domain.Version;
import java.time.Instant;
import java.util.Map;

/** One version of a booking as stored: its content and status, why it came about, who made it, when and with what reason. */
public record Bookingversion(int version, Aendringsart art, AnsvarligSagsbehandler aendretAf, Instant tidspunkt,
                             String begrundelse, Planlaegning indhold, Bookingstatus status) implements Version {

    @Override
    public Map<String, Object> felter() {
        Map<String, Object> felter = indhold.felter();
        felter.put("status", status.name());
        return felter;
    }
}
