package dk.samtaleregister.faelles.web;

import dk.samtaleregister.faelles.domain.Fejlkode;
import dk.samtaleregister.faelles.domain.Overtraedelse;

/** A named thing that does not exist: 404 with its own code. */
public class IkkeFundet extends RuntimeException {

    private final transient Overtraedelse overtraedelse;

    public IkkeFundet(Fejlkode kode, Object... argumenter) {
        super(kode.name(), null, false, false);
        this.overtraedelse = Overtraedelse.af(kode, null, argumenter);
    }

    Overtraedelse overtraedelse() {
        return overtraedelse;
    }
}
