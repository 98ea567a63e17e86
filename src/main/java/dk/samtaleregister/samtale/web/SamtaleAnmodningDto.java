package dk.samtaleregister.samtale.web;

import dk.samtaleregister.faelles.domain.AnsvarligSagsbehandler;
import dk.samtaleregister.faelles.web.AnsvarligSagsbehandlerDto;
import dk.samtaleregister.samtale.domain.Samtaleanmodning;
import io.swagger.v3.oas.annotations.media.Schema;

@Schema(description = "En afholdt samtale: ved registrering (POST) og ved rettelse (PUT, hele det nye indhold).")
public record SamtaleAnmodningDto(
        @Schema(description = "Borgerens CPR-nummer, 10 cifre (bindestreg efter 6. ciffer tilladt).", example = "0101901234") String cpr,
        @Schema(description = "Hvornår samtalen blev afholdt, ISO-8601. Uden tidszone er det dansk tid.", example = "2024-03-01T10:15") String afholdt,
        @Schema(description = "Samtaletypens DFDG-id, se /api/v1/referencedata/samtaletyper.", example = "7") Integer samtaletype,
        @Schema(description = "Kontaktform, se /api/v1/referencedata/kontaktformer.", example = "PERSONLIGT_FREMMOEDE") String kontaktform,
        @Schema(description = "Beskrivelse af aftalen mellem sagsbehandler og borger (højst 4000 tegn).", example = "Aftalt at søge 5 stillinger om ugen.") String samtaleinformation,
        @Schema(description = "Samtalen er holdt med deltagelse af anden myndighed. Kræver status på deltagelse.", example = "false", defaultValue = "false") Boolean flereMyndigheder,
        @Schema(description = "Status på deltagelse, se /api/v1/referencedata/deltagelsesstatus.", nullable = true) String deltagelsesstatus,
        @Schema(description = "Nummeret på den planlagte samtale (booking), som samtalen fulgte: registrets nummer, kun cifre.", example = "1", nullable = true) String planlagtSamtale,
        AnsvarligSagsbehandlerDto ansvarligSagsbehandler,
        @Schema(description = "Reference til en aftale, f.eks. jobplanen.", example = "AFT-778", nullable = true) String aftalenummer,
        @Schema(description = "Reference til borgerens samtykke.", example = "SAM-1", nullable = true) String samtykkeloebenummer,
        @Schema(description = "Hvorfor samtalen registreres eller rettes (højst 1000 tegn); vises i historikken.", nullable = true) String begrundelse) {

    /** The request in the domain's terms; without an ansvarligSagsbehandler, the caller is it. */
    Samtaleanmodning tilDomaene(AnsvarligSagsbehandler kalderen) {
        var ansvarlig = AnsvarligSagsbehandlerDto.ellers(ansvarligSagsbehandler, kalderen);
        return new Samtaleanmodning(cpr, afholdt, samtaletype, kontaktform, samtaleinformation, flereMyndigheder,
                deltagelsesstatus, planlagtSamtale, AnsvarligSagsbehandlerDto.ident(ansvarlig), AnsvarligSagsbehandlerDto.type(ansvarlig),
                AnsvarligSagsbehandlerDto.kode(ansvarlig), aftalenummer, samtykkeloebenummer);
    }
}
