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
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
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
            return ResponseEntity.ok().contentType(Svarformat.CSV).body(csv(resultat));
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(resultat);
    }

    /**
     * The krav rows with the same columns as the JSON, in the order of {@link Rettidighedsrapport.Kravlinje}'s
     * components: a jobcenter unknown on the frist is "ukendt", a share has a decimal comma and at most 4 decimals, a
     * yes/no is "ja" or "nej", and what is undefined is empty.
     */
    static String csv(Rettidighedsrapport.Resultat resultat) {
        RecordComponent[] kolonner = Rettidighedsrapport.Kravlinje.class.getRecordComponents();
        StringBuilder csv = new StringBuilder(Arrays.stream(kolonner).map(RecordComponent::getName).collect(Collectors.joining(";"))).append("\r\n");
        for (Rettidighedsrapport.Kravlinje l : resultat.krav()) {
            for (int i = 0; i < kolonner.length; i++) {
                csv.append(i == 0 ? "" : ";").append(i == 0 && l.jobcenter() == null ? "ukendt" : felt(vaerdi(kolonner[i], l)));
            }
            csv.append("\r\n");
        }
        return csv.toString();
    }

    private static Object vaerdi(RecordComponent kolonne, Rettidighedsrapport.Kravlinje linje) {
        try {
            return kolonne.getAccessor().invoke(linje);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot read column " + kolonne.getName(), e);
        }
    }

    private static String felt(Object vaerdi) {
        if (vaerdi == null) {
            return "";
        }
        if (vaerdi instanceof Double andel) {
            return BigDecimal.valueOf(andel).setScale(4, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString().replace('.', ',');
        }
        if (vaerdi instanceof Boolean ja) {
            return ja ? "ja" : "nej";
        }
        return vaerdi.toString();
    }
}
