package dk.samtaleregister.faelles.web;

import dk.samtaleregister.faelles.domain.DanskTid;
import dk.samtaleregister.faelles.domain.Feltaendring;
import dk.samtaleregister.faelles.domain.Historikpost;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;
import java.util.List;

@Schema(description = "En version i historikken: hvad der skete, hvem og hvornår, hvorfor, og hvilke felter der ændredes fra hvad til hvad.")
public record HistorikpostDto(
        int version,
        @Schema(description = "Ændringens art: OPRETTET; for en samtale RETTET eller ANNULLERET; for en planlagt samtale AENDRET eller "
                + "AFLYST; for en periode RETTET eller AFSLUTTET.") String art,
        @Schema(description = "Sagsbehandleren og myndigheden, der lavede versionen; null, hvis ingen blev registreret.", nullable = true)
        AnsvarligSagsbehandlerDto aendretAf,
        @Schema(description = "Hvornår registret gemte versionen, i dansk tid.") OffsetDateTime tidspunkt,
        @Schema(nullable = true) String begrundelse,
        @Schema(description = "Felterne, versionen ændrede (for version 1: alle felter, den blev oprettet med). "
                + "Indlejrede felter navngives med punktum, f.eks. ansvarligSagsbehandler.ident.") List<Feltaendring> aendringer) {

    public static List<HistorikpostDto> af(List<Historikpost> historik) {
        return historik.stream().map(h -> new HistorikpostDto(h.version(), h.art().name(), AnsvarligSagsbehandlerDto.af(h.aendretAf()),
                h.tidspunkt().atZone(DanskTid.ZONE).toOffsetDateTime(), h.begrundelse(), h.aendringer())).toList();
    }
}
