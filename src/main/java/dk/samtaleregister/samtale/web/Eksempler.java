package dk.samtaleregister.samtale.web;

/** Request examples shown in the OpenAPI document and Swagger UI. The CPR number is fictitious. */
final class Eksempler {

    private Eksempler() {
    }

    static final String REGISTRERING = """
            {
              "cpr": "0101901234",
              "afholdt": "2024-03-01T10:15",
              "samtaletype": 7,
              "kontaktform": "PERSONLIGT_FREMMOEDE",
              "samtaleinformation": "Aftalt at søge 5 stillinger om ugen.",
              "flereMyndigheder": false,
              "deltagelsesstatus": null,
              "planlagtSamtale": null,
              "aftalenummer": "AFT-778",
              "samtykkeloebenummer": null
            }""";

    /**
     * A prøve of the walk-through's Opfølgningssamtale on 12 March, a syg day (the examples' citizen has a fravær
     * SYGDOM_SYGEMELDING 10-20 March): legal in kontaktgruppe 1 only then, and later than the registration example.
     */
    static final String PROEVE = """
            {
              "cpr": "0101901234",
              "afholdt": "2024-03-12T09:30",
              "samtaletype": 4,
              "kontaktform": "DIGITALT_MOEDE",
              "samtaleinformation": "Opfølgning under sygemelding.",
              "flereMyndigheder": false,
              "deltagelsesstatus": null,
              "planlagtSamtale": null,
              "aftalenummer": null,
              "samtykkeloebenummer": null
            }""";

    static final String MULIGHEDER = """
            {"cpr": "0101901234", "afholdt": "2024-03-12T10:00"}""";

    static final String RETTELSE = """
            {
              "cpr": "0101901234",
              "afholdt": "2024-03-01T10:15",
              "samtaletype": 7,
              "kontaktform": "TELEFONISK",
              "samtaleinformation": "Aftalt at søge 5 stillinger om ugen.",
              "flereMyndigheder": false,
              "deltagelsesstatus": null,
              "planlagtSamtale": null,
              "aftalenummer": "AFT-778",
              "samtykkeloebenummer": null,
              "begrundelse": "Samtalen blev holdt telefonisk, ikke ved fremmøde."
            }""";

    static final String ANNULLERING = """
            {"begrundelse": "Registreret på forkert borger."}""";

    static final String SOEGNING = """
            {"cpr": "0101901234", "fra": "2024-01-01", "til": "2024-12-31"}""";
}
