package dk.samtaleregister.borger.domain;

import dk.samtaleregister.faelles.domain.Aendringsart;
import dk.samtaleregister.faelles.domain.AnsvarligSagsbehandler;
import dk.samtaleregister.faelles.domain.Version;
import java.time.Instant;
import java.util.Map;

/** One stored version of a period: what it was, and the change that made it so. */
public record Periodeversion<P extends Borgerperiode>(int version, Aendringsart art, Aendring aendring, Instant tidspunkt, P periode)
        implements Version {

    @Override
    public AnsvarligSagsbehandler aendretAf() {
        return aendring.ansvarlig();
    }

    @Override
    public String begrundelse() {
        return aendring.begrundelse();
    }

    @Override
    public Map<String, Object> felter() {
        return periode.felter();
    }
}
