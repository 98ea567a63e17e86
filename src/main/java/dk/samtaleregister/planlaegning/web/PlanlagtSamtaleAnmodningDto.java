package dk.samtaleregister.planlaegning.web;

import dk.samtaleregister.faelles.domain.AnsvarligSagsbehandler;
import dk.samtaleregister.faelles.web.AnsvarligSagsbehandlerDto;
import dk.samtaleregister.planlaegning.domain.Bookinganmodning;
import io.swagger.v3.oas.annotations.media.Schema;

@Schema(description = "En planlagt samtale (booking/indkaldelse) med felterne fra BEK om det fælles datagrundlag § 20. "
        + "Ved ændring sendes hele det nye indhold.")
public record PlanlagtSamtaleAnmodningDto(
        @Schema(description = "Borgerens CPR-nummer. Kan ikke ændres.", example = "0101901234") String cpr,
        @Schema(description = "Start, ISO-8601. Uden tidszone er det dansk tid.", example = "2024-04-10T09:00") String start,
        @Schema(description = "Slut, ISO-8601. Må ikke ligge før start.", example = "2024-04-10T09:45") String slut,
        @Schema(description = "Samtaletypens DFDG-id, se /api/v1/referencedata/samtaletyper.", example = "7") Integer samtaletype,
        @Schema(description = "Kontaktform, se /api/v1/referencedata/kontaktformer.", example = "PERSONLIGT_FREMMOEDE") String kontaktform,
        @Schema(description = "Mødested (højst 200 tegn).", example = "Jobcenter København", nullable = true) String sted,
        @Schema(description = "Sagsbehandlerens navn, som borgeren ser det (højst 100 tegn).", example = "Mette Hansen", nullable = true) String sagsbehandlerNavn,
        @Schema(description = "Den sagsbehandler og myndighed, der har booket samtalen (eller ændrer den). Udeladt: den, adgangstokenet er udstedt til.", nullable = true) AnsvarligSagsbehandlerDto ansvarligSagsbehandler,
        @Schema(description = "Må borgeren selv ombooke samtalen?", example = "true") Boolean ombookingTilladt,
        @Schema(description = "Hvornår borgeren senest kan ombooke, ISO-8601. Kræves, når ombooking er tilladt, og skal ellers være null. "
                + "Må ikke ligge efter start.", example = "2024-04-08T12:00", nullable = true) String ombookingFrist,
        @Schema(description = "A-kassens status på deltagelse; kun for samtaletype 17 og 19.", nullable = true) String deltagelsesstatus,
        @Schema(description = "Hvorfor bookingen oprettes eller ændres (højst 1000 tegn); vises i historikken.", nullable = true) String begrundelse) {

    /** The request in the domain's terms; without an ansvarligSagsbehandler, the caller is it. */
    Bookinganmodning tilDomaene(AnsvarligSagsbehandler kalderen) {
        var ansvarlig = AnsvarligSagsbehandlerDto.ellers(ansvarligSagsbehandler, kalderen);
        return new Bookinganmodning(cpr, start, slut, samtaletype, kontaktform, sted, sagsbehandlerNavn,
                AnsvarligSagsbehandlerDto.ident(ansvarlig), AnsvarligSagsbehandlerDto.type(ansvarlig), AnsvarligSagsbehandlerDto.kode(ansvarlig),
                ombookingTilladt, ombookingFrist, deltagelsesstatus, begrundelse);
    }
}
