package dk.samtaleregister.planlaegning.web;

import dk.samtaleregister.faelles.domain.Feltaendring;
import dk.samtaleregister.planlaegning.domain.Bookingversion;
import dk.samtaleregister.samtale.web.AnsvarligSagsbehandlerDto;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

@Schema(description = "Én version af en planlagt samtale: hvad der skete, hvem der gjorde det, hvornår, hvorfor, og hvilke felter der ændrede sig.")
public record HistorikpostSvar(
        int version,
        @Schema(description = "OPRETTET, AENDRET eller AFLYST.") String art,
        @Schema(description = "Den sagsbehandler og myndighed, der lavede versionen.") AnsvarligSagsbehandlerDto aendretAf,
        @Schema(description = "Hvornår registret gemte versionen, i dansk tid.") OffsetDateTime tidspunkt,
        String begrundelse,
        @Schema(description = "Felterne, der fik en ny værdi (for den første version: alle udfyldte felter). "
                + "Indlejrede felter navngives med punktum, f.eks. ansvarligSagsbehandler.ident.") List<Feltaendring> aendringer) {

    static List<HistorikpostSvar> af(List<Bookingversion> versioner) {
        List<HistorikpostSvar> poster = new ArrayList<>();
        Bookingversion forrige = null;
        for (Bookingversion version : versioner) {
            poster.add(new HistorikpostSvar(version.version(), version.art().name(), PlanlagtSamtaleSvar.dto(version.aendretAf()),
                    PlanlagtSamtaleSvar.dansk(version.tidspunkt()), version.begrundelse(), version.aendringer(forrige)));
            forrige = version;
        }
        return poster;
    }
}
