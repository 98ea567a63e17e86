package dk.samtaleregister.test;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Who calls in a test: an authority, a caseworker's ident and roles, as a demo token names them. Made by the static
 * factories, each with a default ident of the form the request bodies use ({@code jobcenter("101")} is "jc101-sbh",
 * {@code akasse("AK12")} is "ak12-sbh", the default caseworker of {@link Samtalebygger}) and a variant that names it.
 *
 * <pre>
 * api.som(jobcenter("101")).registrer(samtale(cpr).af(jobcenter("101")));
 * api.som(feed()).akasse(cpr, "AK12", "2024-01-01", null);
 * api.som(star()).post("/api/v1/samtaler/soeg", Json.objekt("cpr", cpr));
 * </pre>
 */
public record Testkalder(String myndighedstype, String kode, String ident, List<String> roller) {

    public static final String SYSTEM = "SYSTEM";

    public Testkalder {
        roller = List.copyOf(roller);
    }

    /** A caseworker at the jobcenter of this kommunenummer: "jc" + kommunenummer + "-sbh". */
    public static Testkalder jobcenter(String kommunenummer) {
        return jobcenter(kommunenummer, "jc" + kommunenummer + "-sbh");
    }

    public static Testkalder jobcenter(String kommunenummer, String ident) {
        return new Testkalder("JOBCENTER", kommunenummer, ident, List.of());
    }

    /** A caseworker at the a-kasse: its code in lower case + "-sbh", e.g. "ak12-sbh". */
    public static Testkalder akasse(String kode) {
        return akasse(kode, standardident(kode));
    }

    public static Testkalder akasse(String kode, String ident) {
        return new Testkalder("AKASSE", kode, ident, List.of());
    }

    /** A caseworker at the anden aktør: its code in lower case + "-sbh", e.g. "aa7-sbh". */
    public static Testkalder andenAktoer(String kode) {
        return andenAktoer(kode, standardident(kode));
    }

    public static Testkalder andenAktoer(String kode, String ident) {
        return new Testkalder("ANDEN_AKTOER", kode, ident, List.of());
    }

    /** STAR, which sees every citizen and registers nothing: "star-test", no role. */
    public static Testkalder star() {
        return star("star-test");
    }

    public static Testkalder star(String ident) {
        return new Testkalder("STAR", "STAR", ident, List.of());
    }

    /**
     * The feed from the rest of DFDG, the only caller that writes a citizen's periods: role SYSTEM, under STAR, which
     * runs DFDG, as "dfdg-feed". Every citizen's set-up in the HTTP tests is written by it.
     */
    public static Testkalder feed() {
        return new Testkalder("STAR", "STAR", "dfdg-feed", List.of(SYSTEM));
    }

    /** The same caller with these roles as well, e.g. {@code jobcenter("101").medRoller(SYSTEM)}: a feed in a caseworker's name. */
    public Testkalder medRoller(String... flere) {
        return new Testkalder(myndighedstype, kode, ident, Stream.concat(roller.stream(), Stream.of(flere)).distinct().toList());
    }

    /** The caller as a body's {@code ansvarligSagsbehandler}: ident and authority. */
    public Map<String, Object> somSagsbehandler() {
        return Json.objekt("ident", ident, "myndighed", Json.objekt("type", myndighedstype, "kode", kode));
    }

    private static String standardident(String kode) {
        return kode.toLowerCase(Locale.ROOT) + "-sbh";
    }
}
