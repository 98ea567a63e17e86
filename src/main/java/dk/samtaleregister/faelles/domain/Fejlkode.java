package dk.samtaleregister.faelles.domain;

/**
 * Every error code the service answers with: its problem type (and so its HTTP status) and its Danish message. The
 * codes are a public contract: clients branch on them, so a code is never renamed or reused. Messages never echo
 * free-text input, so that a CPR number typed into the wrong field cannot leak back out.
 */
public enum Fejlkode {
    // The request itself (400)
    UGYLDIG_JSON(Problemtype.UGYLDIG_FORESPOERGSEL, "Forespørgslen er ikke gyldig JSON."),
    UGYLDIG_VAERDITYPE(Problemtype.UGYLDIG_FORESPOERGSEL, "Feltet har en forkert type: forventede %s."),
    UKENDT_FELT(Problemtype.UGYLDIG_FORESPOERGSEL, "Feltet kendes ikke."),
    UGYLDIG_PARAMETER(Problemtype.UGYLDIG_FORESPOERGSEL, "Parameteren har en ugyldig værdi."),
    TAL_UDEN_FOR_GRAENSER(Problemtype.UGYLDIG_FORESPOERGSEL, "Parameteren skal være et helt tal fra %d til %d."),

    // A bulk import's file (400) and its rows
    FIL_UDEN_OVERSKRIFT(Problemtype.UGYLDIG_FORESPOERGSEL, "Filen skal begynde med en overskrift, der navngiver kolonnerne."),
    KOLONNE_GENTAGET(Problemtype.UGYLDIG_FORESPOERGSEL, "Kolonnen står mere end én gang i overskriften."),
    CSV_UGYLDIG(Problemtype.UGYLDIG_FORESPOERGSEL, "Linje %d kan ikke læses: den har ikke overskriftens %d kolonner, et anførselstegn er ikke lukket, eller den er ikke UTF-8."),
    BORGER_AFVIST_I_FILEN(Problemtype.REGELBRUD, "Rækken er ikke indlæst, fordi borgerens række på linje %d er afvist. En borgers rækker indlæses sammen eller slet ikke."),
    FIL_AFVIST(Problemtype.REGELBRUD, "Intet er indlæst, fordi %d rækker er afvist, og hele filen skulle indlæses samlet (alleEllerIngen=true)."),

    // Rule 1: CPR
    CPR_UGYLDIGT_FORMAT(Problemtype.REGELBRUD, "CPR-nummeret skal være 10 cifre, eventuelt med bindestreg efter de første seks."),
    CPR_UGYLDIG_DATO(Problemtype.REGELBRUD, "De første seks cifre i CPR-nummeret er ikke en gyldig dato (ddmmåå)."),

    // Rule 2: fields, codes, lengths, time
    FELT_MANGLER(Problemtype.REGELBRUD, "Feltet skal udfyldes."),
    UKENDT_KODE(Problemtype.REGELBRUD, "Værdien kendes ikke. Gyldige værdier: %s."),
    FOR_LANG(Problemtype.REGELBRUD, "Feltet må højst være %d tegn."),
    UGYLDIG_MYNDIGHEDSKODE(Problemtype.REGELBRUD, "%s"),
    UGYLDIGT_TIDSPUNKT(Problemtype.REGELBRUD, "Tidspunktet skal angives som ISO-8601 dato og tid, f.eks. 2024-03-01T10:15 (dansk tid) eller 2024-03-01T10:15:00+01:00."),
    UGYLDIG_DATO(Problemtype.REGELBRUD, "Datoen skal angives som ISO-8601 dato, f.eks. 2024-03-01."),
    AFHOLDT_I_FREMTIDEN(Problemtype.REGELBRUD, "Samtalen kan ikke være afholdt i fremtiden."),
    TIL_FOER_FRA(Problemtype.REGELBRUD, "Slutdatoen må ikke ligge før startdatoen."),

    // Rule 3-9: the citizen's situation and history
    INGEN_KONTAKTGRUPPE(Problemtype.REGELBRUD, "Borgeren har ingen kontaktgruppe den %s."),
    INGEN_REGLER(Problemtype.REGELBRUD, "Der findes ingen regler for samtaler afholdt den %s."),
    SAMTALETYPE_IKKE_LOVLIG(Problemtype.REGELBRUD, "Samtaletypen %s er ikke lovlig for kontaktgruppe %s (%s) den %s."),
    SAMTALETYPE_KUN_FOR_MYNDIGHED(Problemtype.REGELBRUD, "I kontaktgruppe %s kan samtaletypen %s kun registreres af %s."),
    DELTAGELSESSTATUS_MANGLER(Problemtype.REGELBRUD, "%s"),
    DELTAGELSESSTATUS_PASSER_IKKE(Problemtype.REGELBRUD, "Status på deltagelse %s kan ikke bruges til samtaletypen %s."),
    FOER_SENESTE_NULSTILLENDE(Problemtype.REGELBRUD, "Samtalen er afholdt før borgerens seneste nulstillende samtale (%s)."),
    NULSTILLENDE_FOR_TAET(Problemtype.REGELBRUD, "En nulstillende samtale skal ligge mindst ét minut efter borgerens seneste nulstillende samtale (%s)."),
    DUBLET(Problemtype.REGELBRUD, "Borgeren har allerede en samtale af typen %s afholdt %s."),

    // The citizen's periods
    PERIODE_OVERLAPPER(Problemtype.REGELBRUD, "Perioden overlapper en eksisterende periode (%s)."),

    // Bookings, corrections, annulments
    PLANLAGT_SAMTALE_UKENDT(Problemtype.REGELBRUD, "Borgeren har ingen planlagt samtale med det nummer."),
    PLANLAGT_SAMTALE_FINDES_IKKE(Problemtype.IKKE_FUNDET, "Planlagt samtale %s findes ikke."),
    PLANLAGT_SAMTALE_AFLYST(Problemtype.REGELBRUD, "Den planlagte samtale er aflyst og kan ikke ændres."),
    OMBOOKINGFRIST_UDEN_OMBOOKING(Problemtype.REGELBRUD, "En ombookingsfrist kan kun angives, når ombooking er tilladt."),
    OMBOOKINGFRIST_EFTER_START(Problemtype.REGELBRUD, "Ombookingsfristen må ikke ligge efter samtalens start."),
    PLANLAGT_SAMTALE_ANDEN_BORGER(Problemtype.REGELBRUD, "En planlagt samtale kan ikke flyttes til en anden borger. Aflys den, og opret en ny."),
    SAMTALE_ANDEN_BORGER(Problemtype.REGELBRUD, "En samtale kan ikke flyttes til en anden borger. Annullér den, og registrér den på den rigtige borger."),
    SAMTALE_ANNULLERET(Problemtype.REGELBRUD, "Samtalen er annulleret og kan ikke rettes eller annulleres igen."),
    PERIODE_FINDES_IKKE(Problemtype.IKKE_FUNDET, "Perioden %s findes ikke."),
    IF_MATCH_MANGLER(Problemtype.IF_MATCH_MANGLER, "En ændring skal sende den version, den bygger på, i headeren If-Match (ETag fra GET)."),
    UGYLDIG_IF_MATCH(Problemtype.UGYLDIG_FORESPOERGSEL, "Headeren If-Match skal være et versionsnummer i anførselstegn, f.eks. \"3\"."),
    VERSION_FORAELDET(Problemtype.VERSION_FORAELDET, "Der er kommet en nyere version (%s) siden den, ændringen bygger på (%s). Hent den igen, og ret på den."),
    IDEMPOTENSNOEGLE_GENBRUGT(Problemtype.IDEMPOTENSNOEGLE_GENBRUGT, "Idempotency-Key er allerede brugt til en anden forespørgsel. Brug en ny nøgle til en ny forespørgsel."),
    UGYLDIG_IDEMPOTENSNOEGLE(Problemtype.UGYLDIG_FORESPOERGSEL, "Idempotency-Key skal være 1-255 synlige ASCII-tegn."),

    // Who may see and do what (401, 403)
    IKKE_AUTENTIFICERET(Problemtype.IKKE_AUTENTIFICERET, "Forespørgslen skal have et gyldigt adgangstoken: Authorization: Bearer <token>."),
    INGEN_ADGANG_TIL_BORGER(Problemtype.INGEN_ADGANG, "Din myndighed har ikke adgang til denne borgers oplysninger."),
    INGEN_ADGANG(Problemtype.INGEN_ADGANG, "Din myndighed har ikke adgang til dette."),
    BORGER_IKKE_TILKNYTTET_JOBCENTER(Problemtype.INGEN_ADGANG, "Borgeren er ikke tilknyttet jobcenter %s den %s."),
    BORGER_IKKE_MEDLEM_AF_AKASSE(Problemtype.INGEN_ADGANG, "Borgeren er ikke medlem af a-kasse %s den %s."),
    BORGER_IKKE_HENVIST_TIL_ANDEN_AKTOER(Problemtype.INGEN_ADGANG, "Borgeren er ikke henvist til anden aktør %s den %s."),
    STAR_REGISTRERER_IKKE(Problemtype.INGEN_ADGANG, "STAR følger op på registreringerne og registrerer ikke selv oplysninger om borgere."),
    KRAEVER_ROLLE(Problemtype.INGEN_ADGANG, "Handlingen kræver rollen %s."),
    SAGSBEHANDLER_ER_IKKE_KALDER(Problemtype.INGEN_ADGANG, "Den ansvarlige sagsbehandler skal være den, adgangstokenet er udstedt til: %s hos %s %s."),
    ANDEN_MYNDIGHEDS_SAMTALE(Problemtype.INGEN_ADGANG, "Samtalen er registreret af en anden myndighed og kan kun ændres af den."),

    // Lookups and HTTP
    SAMTALE_FINDES_IKKE(Problemtype.IKKE_FUNDET, "Samtale %s findes ikke."),
    RESSOURCE_FINDES_IKKE(Problemtype.IKKE_FUNDET, "Adressen findes ikke."),
    METODE_IKKE_TILLADT(Problemtype.METODE_IKKE_TILLADT, "Metoden %s kan ikke bruges her."),
    MEDIETYPE_IKKE_UNDERSTOETTET(Problemtype.MEDIETYPE_IKKE_UNDERSTOETTET, "Indholdet skal sendes som application/json, en indlæsning som text/csv."),
    SVARFORMAT_IKKE_UNDERSTOETTET(Problemtype.SVARFORMAT_IKKE_UNDERSTOETTET, "Svaret kan ikke leveres i det ønskede format."),
    DATABASE_UTILGAENGELIG(Problemtype.DATABASE_UTILGAENGELIG, "Registret kan ikke nå sin database lige nu. Prøv igen om lidt."),
    UDSTEDER_UTILGAENGELIG(Problemtype.UDSTEDER_UTILGAENGELIG,
            "Adgangstokenet kan ikke kontrolleres lige nu, fordi udstederens nøgler ikke kan hentes. Prøv igen om lidt."),
    INTERN_FEJL(Problemtype.INTERN_FEJL, "Der opstod en uventet fejl. Fejlen er logget.");

    private final Problemtype type;
    private final String skabelon;

    Fejlkode(Problemtype type, String skabelon) {
        this.type = type;
        this.skabelon = skabelon;
    }

    public Problemtype type() {
        return type;
    }

    public int status() {
        return type.status();
    }

    /** The message with its placeholders filled. A null array (a single null passed as the varargs) is one null argument. */
    public String besked(Object... argumenter) {
        Object[] udfyldning = argumenter == null ? new Object[] {null} : argumenter;
        return udfyldning.length == 0 ? skabelon : String.format(skabelon, udfyldning);
    }
}
