package dk.samtaleregister.samtale.web;

import dk.samtaleregister.faelles.domain.DanskTid;
import dk.samtaleregister.faelles.web.AnsvarligSagsbehandlerDto;
import dk.samtaleregister.samtale.domain.GodkendtRegistrering;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;

/**
 * A registration's answer ({@link SamtaleSvar}) less what only storing it gives: its number, the time the registry
 * received it and its version. No version, so no ETag either.
 */
@Schema(description = "Den samtale, en registrering med samme indhold ville gemme: det indhold, registreringens 201 ville have, "
        + "uden samtalenummer, registreringstidspunkt og version, som kun en gemt samtale har.")
public record ProevetSamtaleSvar(
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
        @Schema(description = "Ville samtalen tælle som afholdt kontakt i kontaktforløbet?") boolean nulstillende,
        @Schema(description = "AKTIV, som en ny registrering.") String status) {

    static ProevetSamtaleSvar af(GodkendtRegistrering godkendt) {
        var r = godkendt.registrering();
        return new ProevetSamtaleSvar(r.cpr().cifre(), r.afholdt().atZone(DanskTid.ZONE).toOffsetDateTime(), r.samtaletype().id(),
                r.kontaktform().name(), r.samtaleinformation(), r.flereMyndigheder(),
                r.deltagelsesstatus() == null ? null : r.deltagelsesstatus().name(), r.planlagtSamtale(),
                AnsvarligSagsbehandlerDto.af(r.ansvarligSagsbehandler()), r.aftalenummer(), r.samtykkeloebenummer(),
                godkendt.nulstillende(), "AKTIV");
    }
}
