package dk.samtaleregister.planlaegning.web;

import dk.samtaleregister.faelles.domain.DanskTid;
import dk.samtaleregister.faelles.web.AnsvarligSagsbehandlerDto;
import dk.samtaleregister.planlaegning.domain.Bookingoverblik;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

@Schema(description = "En planlagt samtale i sin aktuelle version.")
public record PlanlagtSamtaleSvar(
        @Schema(description = "Registrets nummer for den planlagte samtale. Afholdte samtaler henviser til det i planlagtSamtale.") long nummer,
        String cpr,
        @Schema(description = "Start, i dansk tid med forskydning.") OffsetDateTime start,
        @Schema(description = "Slut, i dansk tid med forskydning.") OffsetDateTime slut,
        int samtaletype,
        String kontaktform,
        String sted,
        String sagsbehandlerNavn,
        AnsvarligSagsbehandlerDto ansvarligSagsbehandler,
        boolean ombookingTilladt,
        OffsetDateTime ombookingFrist,
        String deltagelsesstatus,
        @Schema(description = "AKTIV eller AFLYST.") String status,
        @Schema(description = "Versionen; samme tal som ETag.") int version,
        @Schema(description = "Samtalenumre på borgerens afholdte samtaler, hvis planlagtSamtale er dette nummer.") List<Long> afholdteSamtaler) {

    static PlanlagtSamtaleSvar af(Bookingoverblik overblik) {
        var booking = overblik.planlagtSamtale();
        var p = booking.indhold();
        return new PlanlagtSamtaleSvar(booking.nummer(), p.cpr().cifre(), dansk(p.start()), dansk(p.slut()), p.samtaletype().id(),
                p.kontaktform().name(), p.sted(), p.sagsbehandlerNavn(), AnsvarligSagsbehandlerDto.af(p.ansvarligSagsbehandler()), p.ombookingTilladt(),
                dansk(p.ombookingFrist()), p.deltagelsesstatus() == null ? null : p.deltagelsesstatus().name(),
                booking.status().name(), booking.version(), overblik.afholdteSamtaler());
    }

    static OffsetDateTime dansk(Instant tidspunkt) {
        return tidspunkt == null ? null : tidspunkt.atZone(DanskTid.ZONE).toOffsetDateTime();
    }
}
