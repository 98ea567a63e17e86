package dk.samtaleregister.test;

import java.util.Map;

/**
 * A registration request that is valid by default for a citizen in kontaktgruppe 1 on 2024-03-01 who is a member of
 * a-kasse AK12, registered in the name of {@code akasse("AK12")} ("ak12-sbh"); each test changes what it is about.
 * The request names its caseworker; the test names its caller ({@link Api#som}), and the two are the same unless the
 * test is about their differing.
 */
public final class Samtalebygger {

    private final Map<String, Object> felter;
    private final Map<String, Object> myndighed = Json.objekt("type", "AKASSE", "kode", "AK12");
    private final Map<String, Object> ansvarlig = Json.objekt("ident", "ak12-sbh", "myndighed", myndighed);

    private Samtalebygger(String cpr) {
        felter = Json.objekt(
                "cpr", cpr,
                "afholdt", "2024-03-01T10:00",
                "samtaletype", 7,
                "kontaktform", "PERSONLIGT_FREMMOEDE",
                "samtaleinformation", "Aftalt jobsøgning.",
                "flereMyndigheder", false,
                "deltagelsesstatus", null,
                "planlagtSamtale", null,
                "ansvarligSagsbehandler", ansvarlig,
                "aftalenummer", null,
                "samtykkeloebenummer", null);
    }

    public static Samtalebygger samtale(String cpr) {
        return new Samtalebygger(cpr);
    }

    public Samtalebygger med(String felt, Object vaerdi) {
        felter.put(felt, vaerdi);
        return this;
    }

    public Samtalebygger uden(String felt) {
        felter.remove(felt);
        return this;
    }

    public Samtalebygger afholdt(String tidspunkt) {
        return med("afholdt", tidspunkt);
    }

    public Samtalebygger type(int samtaletype) {
        return med("samtaletype", samtaletype);
    }

    public Samtalebygger form(String kontaktform) {
        return med("kontaktform", kontaktform);
    }

    public Samtalebygger status(String deltagelsesstatus) {
        return med("deltagelsesstatus", deltagelsesstatus);
    }

    public Samtalebygger sagsbehandler(String ident) {
        ansvarlig.put("ident", ident);
        return this;
    }

    public Samtalebygger af(String myndighedstype, String kode) {
        myndighed.put("type", myndighedstype);
        myndighed.put("kode", kode);
        return this;
    }

    /** The caller as the responsible caseworker: its ident and authority, as the registry wants the token's caller named. */
    public Samtalebygger af(Testkalder kalder) {
        sagsbehandler(kalder.ident());
        return af(kalder.myndighedstype(), kalder.kode());
    }

    public Map<String, Object> json() {
        return felter;
    }
}
