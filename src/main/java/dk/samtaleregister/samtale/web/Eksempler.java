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
