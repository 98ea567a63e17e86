package dk.samtaleregister.borger.web;

/**
 * Request examples shown in the OpenAPI document and Swagger UI, one per kind of period, each named after the kind's
 * path. Each fits the citizen the walk-through (docs/walk-through.md) sets up: a new one-at-a-time period starts after
 * the walk-through's and so ends it. The CPR number is fictitious.
 */
final class Eksempler {

    private Eksempler() {
    }

    static final String KONTAKTGRUPPEPERIODE = """
            {"cpr": "0101901234", "kontaktgruppe": 6, "fra": "2024-07-01", "til": null}""";

    static final String KONTAKTGRUPPEPERIODE_RETTELSE = """
            {"kontaktgruppe": 6, "fra": "2024-08-01", "til": null, "begrundelse": "Forkert startdato registreret."}""";

    static final String FRAVAER = """
            {"cpr": "0101901234", "fravaerstype": "SYGDOM_SYGEMELDING", "fra": "2024-02-01", "til": "2024-02-14"}""";

    static final String FRAVAER_RETTELSE = """
            {"fravaerstype": "SYGDOM_SYGEMELDING", "fra": "2024-02-01", "til": "2024-02-10", "begrundelse": "Raskmeldt før tid."}""";

    static final String JOBCENTERTILKNYTNING = """
            {"cpr": "0101901234", "jobcenter": "101", "fra": "2024-09-01", "til": null}""";

    static final String JOBCENTERTILKNYTNING_RETTELSE = """
            {"jobcenter": "751", "fra": "2024-10-01", "til": null, "begrundelse": "Borgeren flyttede til Aarhus den 1. oktober."}""";

    static final String AKASSEMEDLEMSKAB = """
            {"cpr": "0101901234", "akasse": "AK-3F", "fra": "2024-09-01", "til": null}""";

    static final String AKASSEMEDLEMSKAB_RETTELSE = """
            {"akasse": "AK-HK", "fra": "2024-09-01", "til": null, "begrundelse": "Borgeren er medlem af en anden a-kasse."}""";

    static final String ANDENAKTOER_HENVISNING = """
            {"cpr": "0101901234", "andenAktoer": "AA-4711", "fra": "2024-03-01", "til": "2024-05-31"}""";

    static final String ANDENAKTOER_HENVISNING_RETTELSE = """
            {"andenAktoer": "AA-4711", "fra": "2024-03-01", "til": "2024-06-30", "begrundelse": "Forløbet er forlænget en måned."}""";

    static final String UNDTAGELSE = """
            {"cpr": "0101901234", "grund": "SYGEDAGPENGE_KATEGORI_1", "fra": "2024-02-01", "til": "2024-03-27"}""";

    static final String UNDTAGELSE_RETTELSE = """
            {"grund": "SYGEDAGPENGE_13F", "fra": "2024-02-01", "til": "2024-03-27", "begrundelse": "Betingelserne i § 13 f er opfyldt."}""";

    static final String AFSLUTNING = """
            {"til": "2024-12-31", "begrundelse": "Borgeren er overgået til anden ydelse."}""";

    static final String OPSLAG = """
            {"cpr": "0101901234"}""";
}
