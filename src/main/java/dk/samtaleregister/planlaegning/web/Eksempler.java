package dk.samtaleregister.planlaegning.web;

/** Request examples shown in the OpenAPI document and Swagger UI. The CPR number is fictitious. */
final class Eksempler {

    private Eksempler() {
    }

    static final String OPRETTELSE = """
            {
              "cpr": "0101901234",
              "start": "2024-04-10T09:00",
              "slut": "2024-04-10T09:45",
              "samtaletype": 7,
              "kontaktform": "PERSONLIGT_FREMMOEDE",
              "sted": "Jobcenter København, Kalvebod Brygge 45, 1560 København V",
              "sagsbehandlerNavn": "Mette Hansen",
              "ombookingTilladt": true,
              "ombookingFrist": "2024-04-08T12:00",
              "deltagelsesstatus": null,
              "begrundelse": null
            }""";

    static final String AENDRING = """
            {
              "cpr": "0101901234",
              "start": "2024-04-10T13:00",
              "slut": "2024-04-10T13:45",
              "samtaletype": 7,
              "kontaktform": "DIGITALT_MOEDE",
              "sted": null,
              "sagsbehandlerNavn": "Mette Hansen",
              "ombookingTilladt": false,
              "ombookingFrist": null,
              "deltagelsesstatus": null,
              "begrundelse": "Borgeren bad om et digitalt møde om eftermiddagen."
            }""";

    static final String AFLYSNING = """
            {
              "begrundelse": "Borgeren er startet i job."
            }""";
}
