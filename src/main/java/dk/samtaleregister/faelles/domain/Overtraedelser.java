package dk.samtaleregister.faelles.domain;

import java.util.ArrayList;
import java.util.List;

/** Collects every violation of one request, so that all of them are reported together. */
public final class Overtraedelser {

    private final List<Overtraedelse> liste = new ArrayList<>();

    public void tilfoej(Fejlkode kode, String felt, Object... argumenter) {
        liste.add(Overtraedelse.af(kode, felt, argumenter));
    }

    /** A violation found by another check, e.g. one that threw it. */
    public void tilfoej(Overtraedelse overtraedelse) {
        liste.add(overtraedelse);
    }

    public boolean ingen() {
        return liste.isEmpty();
    }

    public List<Overtraedelse> liste() {
        return List.copyOf(liste);
    }

    public void kastHvisNogen() {
        if (!liste.isEmpty()) {
            throw new Regelbrud(liste);
        }
    }
}
