package dk.samtaleregister.faelles.domain;

/**
 * The kinds of problem the service answers with (RFC 9457): each has one HTTP status, the last part of its
 * {@code type} URI and a Danish title. Every {@link Fejlkode} belongs to exactly one.
 */
public enum Problemtype {
    UGYLDIG_FORESPOERGSEL(400, "ugyldig-forespoergsel", "Ugyldig forespørgsel"),
    IKKE_AUTENTIFICERET(401, "ikke-autentificeret", "Ikke autentificeret"),
    INGEN_ADGANG(403, "ingen-adgang", "Ingen adgang"),
    IKKE_FUNDET(404, "ikke-fundet", "Findes ikke"),
    METODE_IKKE_TILLADT(405, "metode-ikke-tilladt", "Metoden er ikke tilladt"),
    SVARFORMAT_IKKE_UNDERSTOETTET(406, "svarformat-ikke-understoettet", "Svarformatet understøttes ikke"),
    VERSION_FORAELDET(412, "version-foraeldet", "Versionen er forældet"),
    MEDIETYPE_IKKE_UNDERSTOETTET(415, "medietype-ikke-understoettet", "Forkert medietype"),
    REGELBRUD(422, "regelbrud", "Forespørgslen overholder ikke reglerne"),
    IDEMPOTENSNOEGLE_GENBRUGT(422, "idempotensnoegle-genbrugt", "Idempotency-Key er brugt til en anden forespørgsel"),
    IF_MATCH_MANGLER(428, "if-match-mangler", "Versionen mangler"),
    INTERN_FEJL(500, "intern-fejl", "Intern fejl"),
    DATABASE_UTILGAENGELIG(503, "database-utilgaengelig", "Midlertidigt utilgængelig"),
    UDSTEDER_UTILGAENGELIG(503, "udsteder-utilgaengelig", "Midlertidigt utilgængelig");

    /** The prefix of every problem's {@code type}: a URN, since the types are names, not pages to fetch. */
    public static final String URI_PRAEFIKS = "urn:samtaleregister:problem:";

    private final int status;
    private final String navn;
    private final String titel;

    Problemtype(int status, String navn, String titel) {
        this.status = status;
        this.navn = navn;
        this.titel = titel;
    }

    public int status() {
        return status;
    }

    /** The last part of the type URI, e.g. {@code regelbrud}. */
    public String navn() {
        return navn;
    }

    public String uri() {
        return URI_PRAEFIKS + navn;
    }

    public String titel() {
        return titel;
    }

    /** Worth trying again later, unchanged: the answer carries Retry-After. */
    public boolean forbigaaende() {
        return status == 503;
    }
}
