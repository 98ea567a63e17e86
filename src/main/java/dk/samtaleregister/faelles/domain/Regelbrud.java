package dk.samtaleregister.faelles.domain;

import java.util.List;

/** A request that breaks one or more rules; nothing has been changed when it is thrown. */
public class Regelbrud extends RuntimeException {

    private final transient List<Overtraedelse> overtraedelser;

    public Regelbrud(List<Overtraedelse> overtraedelser) {
        super(overtraedelser.size() + " regelbrud", null, false, false);
        if (overtraedelser.isEmpty()) {
            throw new IllegalArgumentException("Regelbrud without violations");
        }
        this.overtraedelser = List.copyOf(overtraedelser);
    }

    public List<Overtraedelse> overtraedelser() {
        return overtraedelser;
    }
}
