package dk.samtaleregister.samtale.web;

import io.swagger.v3.oas.annotations.media.Schema;

@Schema(description = "Den sagsbehandler og myndighed, der er ansvarlig for registreringen.")
public record AnsvarligSagsbehandlerDto(
        @Schema(description = "Sagsbehandlerens entydige ident (højst 50 tegn).", example = "jc101-mhan") String ident,
        MyndighedDto myndighed) {
}
