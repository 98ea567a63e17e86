package dk.samtaleregister.faelles.web;

import dk.samtaleregister.faelles.domain.AnsvarligSagsbehandler;
import dk.samtaleregister.faelles.domain.Overtraedelser;
import io.swagger.v3.oas.annotations.media.Schema;

@Schema(description = "Den sagsbehandler og myndighed, der er ansvarlig. I en forespørgsel kan den udelades: så er det den, "
        + "adgangstokenet er udstedt til. Angives den, skal den være netop den (ellers 403 SAGSBEHANDLER_ER_IKKE_KALDER).")
public record AnsvarligSagsbehandlerDto(
        @Schema(description = "Sagsbehandlerens entydige ident (højst 50 tegn).", example = "jc101-mhan") String ident,
        MyndighedDto myndighed) {

    public static AnsvarligSagsbehandlerDto af(AnsvarligSagsbehandler s) {
        return s == null ? null : new AnsvarligSagsbehandlerDto(s.ident(), new MyndighedDto(s.myndighed().type().name(), s.myndighed().kode()));
    }

    /** The caseworker a request names, or else the caller: a write is always in somebody's name. */
    public static AnsvarligSagsbehandlerDto ellers(AnsvarligSagsbehandlerDto angivet, AnsvarligSagsbehandler kalderen) {
        return angivet != null ? angivet : af(kalderen);
    }

    /** The caseworker a request names, checked field by field under "ansvarligSagsbehandler"; null if none is named or it is invalid. */
    public static AnsvarligSagsbehandler fortolk(AnsvarligSagsbehandlerDto dto, Overtraedelser fejl) {
        return dto == null ? null : AnsvarligSagsbehandler.fortolk(dto.ident(), type(dto), kode(dto), "ansvarligSagsbehandler", fejl);
    }

    /** The myndighed's type, null-safe, for the domain's unchecked requests. */
    public static String type(AnsvarligSagsbehandlerDto dto) {
        return dto == null || dto.myndighed() == null ? null : dto.myndighed().type();
    }

    public static String kode(AnsvarligSagsbehandlerDto dto) {
        return dto == null || dto.myndighed() == null ? null : dto.myndighed().kode();
    }

    public static String ident(AnsvarligSagsbehandlerDto dto) {
        return dto == null ? null : dto.ident();
    }
}
