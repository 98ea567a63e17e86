package dk.samtaleregister.faelles.domain;

import java.util.List;

/** A request that breaks one or more of the registry's rules (422): every violation is reported together. */
public class Regelbrud extends Afvist {

    public Regelbrud(List<Overtraedelse> overtraedelser) {
        super(overtraedelser);
    }
}
