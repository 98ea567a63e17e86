package dk.samtaleregister.samtale.web;

import io.swagger.v3.oas.annotations.media.Schema;

@Schema(description = "Søgning i en borgers samtaler. CPR-nummeret sendes i indholdet, aldrig i adressen.")
public record SamtalesoegningDto(
        @Schema(description = "Borgerens CPR-nummer.", example = "0101901234") String cpr,
        @Schema(description = "Første dag (dansk tid), valgfri.", example = "2024-01-01", nullable = true) String fra,
        @Schema(description = "Sidste dag (dansk tid), valgfri.", example = "2024-12-31", nullable = true) String til) {
}
