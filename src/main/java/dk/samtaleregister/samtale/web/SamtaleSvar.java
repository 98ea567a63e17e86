package dk.samtaleregister.samtale.web;

import dk.samtaleregister.faelles.domain.DanskTid;
import dk.samtaleregister.faelles.web.AnsvarligSagsbehandlerDto;
import dk.samtaleregister.samtale.domain.Samtale;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.OffsetDateTime;

@Schema(description = "En registreret afholdt samtale.")
public record SamtaleSvar(
        @Schema(description = "Registrets nummer for samtalen.") long samtalenummer,
        String cpr,
        @Schema(description = "Afholdt, i dansk tid med forskydning.") OffsetDateTime afholdt,
        int samtaletype,
        String kontaktform,
        String samtaleinformation,
        boolean flereMyndigheder,
        String deltagelsesstatus,
        String planlagtSamtale,
        AnsvarligSagsbehandlerDto ansvarligSagsbehandler,
        String aftalenummer,
        String samtykkeloebenummer,
        @Schema(description = "Tæller samtalen som afholdt kontakt i kontaktforløbet?") boolean nulstillende,
        @Schema(description = "AKTIV, eller ANNULLERET: en annulleret samtale tæller ikke for nogen regel, men kan stadig læses.") String status,
        @Schema(description = "Hvornår registret modtog samtalen.") OffsetDateTime registreringstidspunkt,
        int version) {

    static SamtaleSvar af(Samtale samtale) {
        var r = samtale.registrering();
        return new SamtaleSvar(samtale.samtalenummer(), r.cpr().cifre(), dansk(r.afholdt()), r.samtaletype().id(),
                r.kontaktform().name(), r.samtaleinformation(), r.flereMyndigheder(),
                r.deltagelsesstatus() == null ? null : r.deltagelsesstatus().name(), r.planlagtSamtale(),
                AnsvarligSagsbehandlerDto.af(r.ansvarligSagsbehandler()),
                r.aftalenummer(), r.samtykkeloebenummer(), samtale.nulstillende(), samtale.annulleret() ? "ANNULLERET" : "AKTIV",
                dansk(samtale.registreringstidspunkt()),
                samtale.version());
    }

    private static OffsetDateTime dansk(Instant tidspunkt) {
        return tidspunkt.atZone(DanskTid.ZONE).toOffsetDateTime();
    }
}
