package dk.samtaleregister.test;

import java.util.Map;

/**
 * A registration request that is valid by default for a citizen in kontaktgruppe 1 on 2024-03-01, registered by
 * an a-kasse; each test changes what it is about.
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

    public Map<String, Object> json() {
        return felter;
    }
}
