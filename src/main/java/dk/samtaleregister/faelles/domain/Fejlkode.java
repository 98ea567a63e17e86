package dk.samtaleregister.faelles.domain;

/**
 * Every error code the service answers with, and its Danish message. The codes are a public contract:
 * clients branch on them, so a code is never renamed or reused. Messages never echo free-text input,
 * so that a CPR number typed into the wrong field cannot leak back out.
 */
public enum Fejlkode {
    // The request itself (400)
    UGYLDIG_JSON("Forespørgslen er ikke gyldig JSON."),
    UGYLDIG_VAERDITYPE("Feltet har en forkert type: forventede %s."),
    UKENDT_FELT("Feltet kendes ikke."),
    UGYLDIG_PARAMETER("Parameteren har en ugyldig værdi."),

    // Rule 1: CPR
    CPR_UGYLDIGT_FORMAT("CPR-nummeret skal være 10 cifre, eventuelt med bindestreg efter de første seks."),
    CPR_UGYLDIG_DATO("De første seks cifre i CPR-nummeret er ikke en gyldig dato (ddmmåå)."),

    // Rule 2: fields, codes, lengths, time
    FELT_MANGLER("Feltet skal udfyldes."),
    UKENDT_KODE("Værdien kendes ikke. Gyldige værdier: %s."),
    FOR_LANG("Feltet må højst være %d tegn."),
    UGYLDIG_MYNDIGHEDSKODE("%s"),
    UGYLDIGT_TIDSPUNKT("Tidspunktet skal angives som ISO-8601 dato og tid, f.eks. 2024-03-01T10:15 (dansk tid) eller 2024-03-01T10:15:00+01:00."),
    UGYLDIG_DATO("Datoen skal angives som ISO-8601 dato, f.eks. 2024-03-01."),
    AFHOLDT_I_FREMTIDEN("Samtalen kan ikke være afholdt i fremtiden."),
    TIL_FOER_FRA("Slutdatoen må ikke ligge før startdatoen."),

    // Rule 3-9: the citizen's situation and history
    INGEN_KONTAKTGRUPPE("Borgeren har ingen kontaktgruppe den %s."),
    INGEN_REGLER("Der findes ingen regler for samtaler afholdt den %s."),
    SAMTALETYPE_IKKE_LOVLIG("Samtaletypen %s er ikke lovlig for kontaktgruppe %s (%s) den %s."),
    SAMTALETYPE_KUN_FOR_MYNDIGHED("I kontaktgruppe %s kan samtaletypen %s kun registreres af %s."),
    DELTAGELSESSTATUS_MANGLER("%s"),
    DELTAGELSESSTATUS_PASSER_IKKE("Status på deltagelse %s kan ikke bruges til samtaletypen %s."),
    FOER_SENESTE_NULSTILLENDE("Samtalen er afholdt før borgerens seneste nulstillende samtale (%s)."),
    NULSTILLENDE_FOR_TAET("En nulstillende samtale skal ligge mindst ét minut efter borgerens seneste nulstillende samtale (%s)."),
    DUBLET("Borgeren har allerede en samtale af typen %s afholdt %s."),

    // The citizen's periods
    PERIODE_OVERLAPPER("Perioden overlapper en eksisterende periode (%s)."),

    // Bookings, corrections, annulments
    PLANLAGT_SAMTALE_UKENDT("Borgeren har ingen planlagt samtale med det nummer."),
    PLANLAGT_SAMTALE_FINDES_IKKE("Planlagt samtale %s findes ikke."),
    PLANLAGT_SAMTALE_AFLYST("Den planlagte samtale er aflyst og kan ikke ændres."),
    OMBOOKINGFRIST_UDEN_OMBOOKING("En ombookingsfrist kan kun angives, når ombooking er tilladt."),
    OMBOOKINGFRIST_EFTER_START("Ombookingsfristen må ikke ligge efter samtalens start."),
    PLANLAGT_SAMTALE_ANDEN_BORGER("En planlagt samtale kan ikke flyttes til en anden borger. Aflys den, og opret en ny."),
    SAMTALE_ANDEN_BORGER("En samtale kan ikke flyttes til en anden borger. Annullér den, og registrér den på den rigtige borger."),
    SAMTALE_ANNULLERET("Samtalen er annulleret og kan ikke rettes eller annulleres igen."),
    PERIODE_FINDES_IKKE("Perioden %s findes ikke."),
    IF_MATCH_MANGLER("En ændring skal sende den version, den bygger på, i headeren If-Match (ETag fra GET)."),
    UGYLDIG_IF_MATCH("Headeren If-Match skal være et versionsnummer i anførselstegn, f.eks. \"3\"."),
    VERSION_FORAELDET("Der er kommet en nyere version (%s) siden den, ændringen bygger på (%s). Hent den igen, og ret på den."),
    IDEMPOTENSNOEGLE_GENBRUGT("Idempotency-Key er allerede brugt til en anden forespørgsel. Brug en ny nøgle til en ny forespørgsel."),
    UGYLDIG_IDEMPOTENSNOEGLE("Idempotency-Key skal være 1-255 synlige ASCII-tegn."),

    // Who may see and do what (401, 403)
    IKKE_AUTENTIFICERET("Forespørgslen skal have et gyldigt adgangstoken: Authorization: Bearer <token>."),
    INGEN_ADGANG_TIL_BORGER("Din myndighed har ikke adgang til denne borgers oplysninger."),
    INGEN_ADGANG("Din myndighed har ikke adgang til dette."),
    BORGER_IKKE_TILKNYTTET_JOBCENTER("Borgeren er ikke tilknyttet jobcenter %s den %s."),
    BORGER_IKKE_MEDLEM_AF_AKASSE("Borgeren er ikke medlem af a-kasse %s den %s."),
    BORGER_IKKE_HENVIST_TIL_ANDEN_AKTOER("Borgeren er ikke henvist til anden aktør %s den %s."),
    STAR_REGISTRERER_IKKE("STAR følger op på registreringerne og registrerer ikke selv oplysninger om borgere."),
    KRAEVER_ROLLE("Handlingen kræver rollen %s."),
    SAGSBEHANDLER_ER_IKKE_KALDER("Den ansvarlige sagsbehandler skal være den, adgangstokenet er udstedt til: %s hos %s %s."),
    ANDEN_MYNDIGHEDS_SAMTALE("Samtalen er registreret af en anden myndighed og kan kun ændres af den."),

    // Lookups and HTTP
    SAMTALE_FINDES_IKKE("Samtale %s findes ikke."),
    RESSOURCE_FINDES_IKKE("Adressen findes ikke."),
    METODE_IKKE_TILLADT("Metoden %s kan ikke bruges her."),
    MEDIETYPE_IKKE_UNDERSTOETTET("Indholdet skal sendes som application/json."),
    SVARFORMAT_IKKE_UNDERSTOETTET("Svaret kan ikke leveres i det ønskede format."),
    DATABASE_UTILGAENGELIG("Registret kan ikke nå sin database lige nu. Prøv igen om lidt."),
    INTERN_FEJL("Der opstod en uventet fejl. Fejlen er logget.");

    private final String skabelon;

    Fejlkode(String skabelon) {
        this.skabelon = skabelon;
    }

    public String besked(Object... argumenter) {
        return argumenter.length == 0 ? skabelon : String.format(skabelon, argumenter);
    }
}
