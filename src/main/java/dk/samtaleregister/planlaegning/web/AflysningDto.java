package dk.samtaleregister.planlaegning.web;

import dk.samtaleregister.faelles.domain.AnsvarligSagsbehandler;
import dk.samtaleregister.faelles.web.AnsvarligSagsbehandlerDto;
import dk.samtaleregister.planlaegning.domain.Aflysningsanmodning;
import io.swagger.v3.oas.annotations.media.Schema;

@Schema(description = "Aflysning af en planlagt samtale.")
public record AflysningDto(
        @Schema(description = "Hvorfor samtalen aflyses (påkrævet, højst 1000 tegn).", example = "Borgeren er startet i job.") String begrundelse,
        @Schema(description = "Den sagsbehandler og myndighed, der aflyser. Udeladt: den, adgangstokenet er udstedt til.", nullable = true) AnsvarligSagsbehandlerDto ansvarligSagsbehandler) {

    /** The request in the domain's terms; without an ansvarligSagsbehandler, the caller is it. */
    Aflysningsanmodning tilDomaene(AnsvarligSagsbehandler kalderen) {
        var ansvarlig = AnsvarligSagsbehandlerDto.ellers(ansvarligSagsbehandler, kalderen);
        return new Aflysningsanmodning(begrundelse, AnsvarligSagsbehandlerDto.ident(ansvarlig), AnsvarligSagsbehandlerDto.type(ansvarlig),
                AnsvarligSagsbehandlerDto.kode(ansvarlig));
    }
}
