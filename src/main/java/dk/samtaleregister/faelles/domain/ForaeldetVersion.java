package dk.samtaleregister.faelles.domain;

/** A change built on a version that is no longer the current one (optimistic concurrency): answered 412. */
public class ForaeldetVersion extends RuntimeException {

    private final int aktuel;
    private final int forventet;

    public ForaeldetVersion(int aktuel, int forventet) {
        super("version " + forventet + " is stale, current is " + aktuel, null, false, false);
        this.aktuel = aktuel;
        this.forventet = forventet;
    }

    public int aktuel() {
        return aktuel;
    }

    public int forventet() {
        return forventet;
    }
}
