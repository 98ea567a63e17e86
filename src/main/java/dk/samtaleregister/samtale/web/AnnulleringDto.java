package dk.samtaleregister.samtale.web;

import dk.samtaleregister.faelles.web.AnsvarligSagsbehandlerDto;
import io.swagger.v3.oas.annotations.media.Schema;

@Schema(description = "Annullering af en samtale, f.eks. registreret på den forkerte borger.")
public record AnnulleringDto(
        @Schema(description = "Hvorfor samtalen annulleres (påkrævet, højst 1000 tegn).", example = "Registreret på forkert borger.") String begrundelse,
        @Schema(description = "Udeladt: den, adgangstokenet er udstedt til.", nullable = true) AnsvarligSagsbehandlerDto ansvarligSagsbehandler) {
}
