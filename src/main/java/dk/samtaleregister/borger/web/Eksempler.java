package dk.samtaleregister.borger.web;

/** Request examples shown in the OpenAPI document and Swagger UI. The CPR number is fictitious. */
final class Eksempler {

    private Eksempler() {
    }

    static final String KONTAKTGRUPPEPERIODE = """
            {"cpr": "0101901234", "kontaktgruppe": 1, "fra": "2024-01-01", "til": null}""";

    static final String FRAVAER = """
            {"cpr": "0101901234", "fravaerstype": "SYGDOM_SYGEMELDING", "fra": "2024-02-01", "til": "2024-02-14"}""";

    static final String JOBCENTERTILKNYTNING = """
            {"cpr": "0101901234", "jobcenter": "101", "fra": "2024-01-01", "til": null}""";

    static final String OPSLAG = """
            {"cpr": "0101901234"}""";
}
