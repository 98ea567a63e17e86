package dk.samtaleregister.faelles.domain;

import java.util.List;

/** A change built on a version that is no longer the current one (optimistic concurrency): answered 412. */
public class ForaeldetVersion extends Afvist {

    private final int aktuel;

    public ForaeldetVersion(int aktuel, int forventet) {
        super(List.of(Overtraedelse.af(Fejlkode.VERSION_FORAELDET, null, aktuel, forventet)));
        this.aktuel = aktuel;
    }

    /** The current version, which the answer's ETag names so that the client can fetch it and build on it. */
    public int aktuel() {
        return aktuel;
    }
}
