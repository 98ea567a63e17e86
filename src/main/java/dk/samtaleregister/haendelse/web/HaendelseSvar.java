package dk.samtaleregister.haendelse.web;

import com.fasterxml.jackson.annotation.JsonRawValue;
import dk.samtaleregister.faelles.domain.DanskTid;
import dk.samtaleregister.faelles.web.AnsvarligSagsbehandlerDto;
import dk.samtaleregister.haendelse.domain.Haendelse;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;
import java.util.UUID;

/** An event as the feed answers it and as it goes to Kafka: one shape for both. */
@Schema(name = "Haendelse", description = "Én ændring: dens position i strømmen, dens id (det samme ved hver levering), type, "
        + "entiteten og den version, ændringen gav, borgeren, hvornår og af hvem, og den nye tilstand, som API'et svarede den.")
public record HaendelseSvar(
        @Schema(description = "Positionen i strømmen: 1, 2, 3, ... uden huller.", example = "17") long position,
        @Schema(description = "Hændelsens id; en forbruger, der får samme id to gange, kan se bort fra gentagelsen.") long id,
        @Schema(description = "Entiteten og ændringens art, f.eks. SAMTALE_OPRETTET, KONTAKTGRUPPEPERIODE_AFSLUTTET.",
                example = "SAMTALE_OPRETTET") String type,
        @Schema(description = "samtale, planlagt_samtale, kontaktgruppeperiode, fravaer, jobcentertilknytning, akassemedlemskab, "
                + "andenaktoer_henvisning eller undtagelse.", example = "samtale") String entitet,
        @Schema(description = "Samtalenummeret, bookingens nummer eller periodens id.") long entitetId,
        @Schema(description = "Den version, ændringen gav entiteten.") int version,
        @Schema(description = "Borgerens CPR-nummer.", example = "0101901234") String cpr,
        @Schema(description = "Et fast pseudonym for borgeren, som aldrig afslører CPR-nummeret; nøglen på Kafka.",
                example = "3f0c2a8e-6b1d-4a4e-9a57-2f1d7c9e0b11") UUID borger,
        @Schema(description = "Hvornår ændringen blev registreret, i dansk tid.") OffsetDateTime registreret,
        @Schema(description = "Den kalder, der foretog ændringen.") AnsvarligSagsbehandlerDto kalder,
        @Schema(type = "object", description = "Entitetens nye tilstand, som API'et svarede den: som GET på entiteten.")
        @JsonRawValue String tilstand) {

    public static HaendelseSvar af(Haendelse h) {
        return new HaendelseSvar(h.position(), h.id(), h.type(), h.entitet(), h.entitetId(), h.version(), h.cpr().cifre(), h.borger(),
                h.registreret().atZone(DanskTid.ZONE).toOffsetDateTime(), AnsvarligSagsbehandlerDto.af(h.kalder()), h.tilstand());
    }
}
