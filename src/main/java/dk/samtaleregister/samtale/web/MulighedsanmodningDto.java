package dk.samtaleregister.samtale.web;

import io.swagger.v3.oas.annotations.media.Schema;

@Schema(description = "Hvilke samtaletyper kalderen kan registrere for borgeren på et tidspunkt. CPR-nummeret sendes i indholdet, aldrig i adressen.")
public record MulighedsanmodningDto(
        @Schema(description = "Borgerens CPR-nummer, som ved registrering.", example = "0101901234") String cpr,
        @Schema(description = "Hvornår samtalen holdes eller blev holdt, ISO-8601 som ved registrering; ikke i fremtiden. Dagen er den danske dag.",
                example = "2024-03-12T10:00") String afholdt) {
}
