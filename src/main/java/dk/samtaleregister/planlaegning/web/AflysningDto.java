package dk.samtaleregister.planlaegning.web;

import dk.samtaleregister.planlaegning.domain.Aflysningsanmodning;
import dk.samtaleregister.samtale.web.AnsvarligSagsbehandlerDto;
import io.swagger.v3.oas.annotations.media.Schema;

@Schema(description = "Aflysning af en planlagt samtale.")
public record AflysningDto(
        @Schema(description = "Hvorfor samtalen aflyses (påkrævet, højst 1000 tegn).", example = "Borgeren er startet i job.") String begrundelse,
        @Schema(description = "Den sagsbehandler og myndighed, der aflyser.") AnsvarligSagsbehandlerDto ansvarligSagsbehandler) {

    Aflysningsanmodning tilDomaene() {
        var ansvarlig = ansvarligSagsbehandler;
        var myndighed = ansvarlig == null ? null : ansvarlig.myndighed();
        return new Aflysningsanmodning(begrundelse,
                ansvarlig == null ? null : ansvarlig.ident(),
                myndighed == null ? null : myndighed.type(),
                myndighed == null ? null : myndighed.kode());
    }
}
