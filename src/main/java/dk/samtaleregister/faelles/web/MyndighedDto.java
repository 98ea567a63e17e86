package dk.samtaleregister.faelles.web;

import io.swagger.v3.oas.annotations.media.Schema;

@Schema(description = "Myndigheden, sagsbehandleren handler for.")
public record MyndighedDto(
        @Schema(description = "Myndighedstype: JOBCENTER, AKASSE eller ANDEN_AKTOER.", example = "JOBCENTER") String type,
        @Schema(description = "Myndighedens kode. For et jobcenter det 3-cifrede kommunenummer.", example = "101") String kode) {
}
