package dk.samtaleregister.kontaktforloeb.web;

import dk.samtaleregister.adgang.application.Adgangskontrol;
import dk.samtaleregister.adgang.application.Kald;
import dk.samtaleregister.faelles.domain.DanskTid;
import dk.samtaleregister.faelles.domain.Fejlkode;
import dk.samtaleregister.faelles.domain.Felter;
import dk.samtaleregister.faelles.domain.Overtraedelser;
import dk.samtaleregister.faelles.web.Svarformat;
import dk.samtaleregister.kontaktforloeb.application.RapportService;
import dk.samtaleregister.kontaktforloeb.domain.Rettidighedsrapport;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.util.regex.Pattern;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/v1/rapporter")
@Tag(name = "Rapporter", description = "Rettidighed for hele registret: kontaktkrav opfyldt i tide pr. jobcenter, og afholdte samtaler pr. kontaktform.")
class RapportController {

    private static final Pattern JOBCENTER = Pattern.compile("[0-9]{3}");

    private final RapportService service;
    private final Adgangskontrol adgang;
    private final Clock ur;

    RapportController(RapportService service, Adgangskontrol adgang, Clock ur) {
        this.service = service;
        this.adgang = adgang;
        this.ur = ur;
    }

    @GetMapping(path = "/rettidighed", produces = {MediaType.APPLICATION_JSON_VALUE, "text/csv"})
    @Operation(summary = "Rettidighedsrapport pr. jobcenter, kontaktgruppe og krav",
            description = "For hvert krav med frist i perioden [fra, til]: antal forfaldne, opfyldt, ikke opfyldt, åbne (fristen er "
                    + "ikke overskredet endnu) og undtagne (talt for sig); andelen opfyldt = opfyldt / (opfyldt + ikke opfyldt), null når "
                    + "ingen er afgjort; målet (75 % for forløb efter lov 1750/2025) og om det er nået; andelen undtaget som SELV_I_JOB, "
                    + "markeret over 25 %; og de talte samtaler fordelt på personligt, telefon, digitalt og andet. "
                    + "Grupperet efter borgerens jobcentertilknytning på fristdagen (null / \"ukendt\" uden tilknytning), kontaktgruppe og krav. "
                    + "Kravene bedømmes pr. i dag (dansk dag). Desuden, som på jobindsats.dk, antal afholdte samtaler (ikke annullerede) med "
                    + "dansk afholdelsesdag i perioden pr. jobcenter (tilknytningen på dagen) fordelt på PERSONLIGT, TELEFON, VIDEO og ANDET. "
                    + "Med Accept: text/csv fås kravrækkerne som CSV (semikolon, kolonneoverskrifter, UTF-8, decimalkomma). "
                    + "Rapporten indeholder aldrig CPR-numre.")
    @ApiResponse(responseCode = "200", description = "Rapporten som JSON eller CSV.", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = Rettidighedsrapport.Resultat.class)),
            @Content(mediaType = "text/csv", schema = @Schema(type = "string", description = "Kravrækkerne, semikolonsepareret med "
                    + "de samme kolonner som i JSON og kolonneoverskrifter."))})
    @ApiResponse(responseCode = "403", description = "INGEN_ADGANG: et jobcenters rapport er for jobcentret selv og STAR; alle jobcentres for STAR.")
    @ApiResponse(responseCode = "422", description = "FELT_MANGLER, UGYLDIG_DATO, TIL_FOER_FRA eller UGYLDIG_MYNDIGHEDSKODE; alle fejl på én gang.")
    ResponseEntity<?> rettidighed(Kald kald,
            @Parameter(description = "Første fristdag (yyyy-mm-dd).", example = "2024-01-01") @RequestParam(required = false) String fra,
            @Parameter(description = "Sidste fristdag (yyyy-mm-dd), ikke før fra.", example = "2024-12-31") @RequestParam(required = false) String til,
            @Parameter(description = "Kun dette jobcenter (kommunenummer, 3 cifre); udeladt: alle.", example = "101")
            @RequestParam(required = false) String jobcenter,
            @Parameter(hidden = true) @RequestHeader(name = "Accept", required = false) String accept) {
        Overtraedelser fejl = new Overtraedelser();
        LocalDate start = Felter.dato(Felter.paakraevet(fra, "fra", fejl), "fra", fejl);
        LocalDate slut = Felter.dato(Felter.paakraevet(til, "til", fejl), "til", fejl);
        if (start != null && slut != null && slut.isBefore(start)) {
            fejl.tilfoej(Fejlkode.TIL_FOER_FRA, "til");
        }
        if (jobcenter != null && !JOBCENTER.matcher(jobcenter).matches()) {
            fejl.tilfoej(Fejlkode.UGYLDIG_MYNDIGHEDSKODE, "jobcenter", "Et jobcenter angives med sit kommunenummer: 3 cifre.");
        }
        fejl.kastHvisNogen();
        adgang.kraevRapport(kald, jobcenter);
        Rettidighedsrapport.Resultat resultat = service.rettidighed(start, slut, jobcenter, DanskTid.dag(ur.instant()));
        if (Svarformat.vilHaveCsv(accept)) {
            return ResponseEntity.ok().contentType(Svarformat.CSV).body(Rettidighedsrapport.csv(resultat));
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(resultat);
    }
}
