package dk.samtaleregister.adgang.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import dk.samtaleregister.adgang.domain.Kalder;
import dk.samtaleregister.faelles.domain.Overtraedelser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.context.annotation.Conditional;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The demo mode's token endpoint: an access token for any caller one names. Absent (404) when an issuer is configured. */
@RestController
@Conditional(Demotilstand.class)
@Tag(name = "Demo", description = "Kun i demotilstand, uden konfigureret identitetsudbyder.")
class DemoTokenController {

    static final String STI = "/api/v1/demo/token";

    private static final String EKSEMPEL = """
            {"myndighed": {"type": "JOBCENTER", "kode": "101"}, "sagsbehandler": "jc101-mhan", "roller": []}""";

    private final Demoudsteder udsteder;

    DemoTokenController(Demoudsteder udsteder) {
        this.udsteder = udsteder;
    }

    // The schema names are the classes' simple names unless given: "Anmodning" and "Token" would meet other
    // controllers' records of those names in one schema, and a generated client would get the wrong one.
    @Schema(name = "DemoTokenAnmodning", description = "Den kalder, tokenet skal udstedes til.")
    record Anmodning(
            @Schema(description = "Myndigheden, sagsbehandleren handler for.") Myndighedsangivelse myndighed,
            @Schema(description = "Sagsbehandlerens ident (højst 50 tegn); bliver tokenets sub og preferred_username.", example = "jc101-mhan")
            String sagsbehandler,
            @Schema(description = "Valgfri roller, f.eks. SYSTEM (fødningen fra resten af DFDG, der registrerer borgerens situation).")
            List<String> roller) {
    }

    @Schema(name = "DemoMyndighed", description = "Myndigheden, tokenet udstedes for.")
    record Myndighedsangivelse(
            @Schema(description = "JOBCENTER, AKASSE, ANDEN_AKTOER eller STAR.", example = "JOBCENTER") String type,
            @Schema(description = "Myndighedens kode: for et jobcenter kommunenummeret, for STAR koden STAR.", example = "101") String kode) {
    }

    @Schema(name = "DemoToken", description = "Et adgangstoken (OAuth 2.0, RFC 6749 afsnit 5.1).")
    record Token(
            @JsonProperty("access_token") @Schema(description = "Sendes som Authorization: Bearer <access_token>.") String accessToken,
            @JsonProperty("token_type") @Schema(example = "Bearer") String tokenType,
            @JsonProperty("expires_in") @Schema(description = "Sekunder, tokenet gælder.", example = "3600") long expiresIn) {
    }

    @PostMapping(path = STI, consumes = "application/json", produces = "application/json")
    @SecurityRequirements
    @Operation(summary = "Udsted et demo-adgangstoken",
            description = "Kun i demotilstand: tjenesten kører uden identitetsudbyder og udsteder selv tokens, til hvem som helst, "
                    + "der kan nå den. Tokenet gælder en time og sendes som Authorization: Bearer <access_token>. "
                    + "I produktion kommer tokens fra den konfigurerede identitetsudbyder, og adressen findes ikke (404).")
    @ApiResponse(responseCode = "200", description = "Tokenet.")
    @ApiResponse(responseCode = "422", description = "Myndighed, sagsbehandler eller roller er ugyldige; se fejl[].kode.")
    ResponseEntity<Token> token(@io.swagger.v3.oas.annotations.parameters.RequestBody(description = "Kalderen.", required = true,
            content = @Content(mediaType = "application/json", examples = @ExampleObject(value = EKSEMPEL))) @RequestBody Anmodning anmodning) {
        Overtraedelser fejl = new Overtraedelser();
        Myndighedsangivelse angivet = anmodning.myndighed() == null ? new Myndighedsangivelse(null, null) : anmodning.myndighed();
        Kalder kalder = Demokalder.fortolk(angivet.type(), angivet.kode(), anmodning.sagsbehandler(), anmodning.roller(), fejl);
        fejl.kastHvisNogen();
        String token = udsteder.udsted(kalder);
        // RFC 6749 section 5.1: a token answer must not be cached.
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .body(new Token(token, "Bearer", Demoudsteder.LEVETID.toSeconds()));
    }
}
