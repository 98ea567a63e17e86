package dk.samtaleregister.borger.web;

/**
 * Request examples shown in the OpenAPI document and Swagger UI, one per kind of period, each named after the kind's
 * path. The CPR number is fictitious.
 */
final class Eksempler {

    private Eksempler() {
    }

    static final String KONTAKTGRUPPEPERIODE = """
            {"cpr": "0101901234", "kontaktgruppe": 1, "fra": "2024-01-01", "til": null}""";

    static final String KONTAKTGRUPPEPERIODE_RETTELSE = """
            {"kontaktgruppe": 2, "fra": "2024-01-01", "til": null, "begrundelse": "Forkert kontaktgruppe registreret."}""";

    static final String FRAVAER = """
            {"cpr": "0101901234", "fravaerstype": "SYGDOM_SYGEMELDING", "fra": "2024-02-01", "til": "2024-02-14"}""";

    static final String FRAVAER_RETTELSE = """
            {"fravaerstype": "SYGDOM_SYGEMELDING", "fra": "2024-02-01", "til": "2024-02-10", "begrundelse": "Raskmeldt før tid."}""";

    static final String JOBCENTERTILKNYTNING = """
            {"cpr": "0101901234", "jobcenter": "101", "fra": "2024-01-01", "til": null}""";

    static final String JOBCENTERTILKNYTNING_RETTELSE = """
            {"jobcenter": "751", "fra": "2024-01-01", "til": null, "begrundelse": "Borgeren bor i Aarhus."}""";

    static final String AKASSEMEDLEMSKAB = """
            {"cpr": "0101901234", "akasse": "AK-3F", "fra": "2024-01-01", "til": null}""";

    static final String AKASSEMEDLEMSKAB_RETTELSE = """
            {"akasse": "AK-HK", "fra": "2024-01-01", "til": null, "begrundelse": "Borgeren er medlem af en anden a-kasse."}""";

    static final String ANDENAKTOER_HENVISNING = """
            {"cpr": "0101901234", "andenAktoer": "AA-4711", "fra": "2024-03-01", "til": "2024-05-31"}""";

    static final String ANDENAKTOER_HENVISNING_RETTELSE = """
            {"andenAktoer": "AA-4711", "fra": "2024-03-01", "til": "2024-06-30", "begrundelse": "Forløbet er forlænget en måned."}""";

    static final String AFSLUTNING = """
            {"til": "2024-06-30", "begrundelse": "Borgeren er overgået til anden ydelse."}""";

    static final String OPSLAG = """
            {"cpr": "0101901234"}""";
}
