package dk.samtaleregister.borger.web;

import dk.samtaleregister.faelles.web.AnsvarligSagsbehandlerDto;
import dk.samtaleregister.adgang.application.Adgangskontrol;
import dk.samtaleregister.adgang.application.Kald;
import dk.samtaleregister.borger.application.BorgerService;
import dk.samtaleregister.borger.domain.Aendring;
import dk.samtaleregister.faelles.domain.Cpr;
import dk.samtaleregister.borger.domain.Fravaer;
import dk.samtaleregister.borger.domain.Periodeslag;
import dk.samtaleregister.borger.web.BorgerDtoer.FravaerAnmodning;
import dk.samtaleregister.borger.web.BorgerDtoer.FravaerRettelse;
import dk.samtaleregister.borger.web.BorgerDtoer.FravaerSvar;
import dk.samtaleregister.faelles.domain.Felter;
import dk.samtaleregister.faelles.domain.Overtraedelser;
import dk.samtaleregister.faelles.domain.Periode;
import dk.samtaleregister.faelles.web.Versionsbetingelse;
import dk.samtaleregister.regler.domain.Fravaerstype;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/v1/fravaer", produces = "application/json")
@Tag(name = "Borgerens situation")
class FravaerController extends Periodecontroller<Fravaer, FravaerSvar> {

    FravaerController(BorgerService service, Adgangskontrol adgang) {
        super(new Periodeendepunkter<>(service, adgang, Periodeslag.FRAVAER, "/api/v1/fravaer", FravaerSvar::af));
    }

    @PostMapping(consumes = "application/json")
    @Operation(summary = "Registrér et fravær", description = "Fravær må overlappe. SYGDOM_SYGEMELDING gør borgeren syg de dage, det dækker.")
    @ApiResponse(responseCode = "201", description = "Registreret. ETag er version 1.")
    @ApiResponse(responseCode = "403", description = "KRAEVER_ROLLE: kun rollen SYSTEM skriver borgerens situation.")
    @ApiResponse(responseCode = "422", description = "Felter eller overlap; se fejl[].kode.")
    ResponseEntity<FravaerSvar> opret(Kald kald,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(description = "Fraværet.", required = true,
            content = @Content(mediaType = "application/json", examples = @ExampleObject(value = Eksempler.FRAVAER))) @RequestBody FravaerAnmodning anmodning) {
        Overtraedelser fejl = new Overtraedelser();
        Cpr cpr = Cpr.fortolk(anmodning.cpr(), "cpr", fejl);
        Fravaerstype type = Felter.kode(anmodning.fravaerstype(), Fravaerstype.class, "fravaerstype", fejl);
        Periode periode = Felter.periode(anmodning.fra(), anmodning.til(), fejl);
        Aendring aendring = new Aendring(AnsvarligSagsbehandlerDto.fortolk(anmodning.ansvarligSagsbehandler(), fejl), null);
        fejl.kastHvisNogen();
        return endepunkter.opret(kald, cpr, new Fravaer(0, type, periode), aendring);
    }

    @PutMapping(path = "/{id}", consumes = "application/json")
    @Operation(summary = "Ret et fravær",
            description = "Nyt indhold bygget på versionen i If-Match. Kontrolleres igen, som var det en ny periode, mod borgerens øvrige perioder. "
                    + "Giver en ny version; den gamle bevares i historikken. Allerede registrerede samtaler ændres ikke.")
    @ApiResponse(responseCode = "200", description = "Rettet. ETag er den nye version.")
    @ApiResponse(responseCode = "404", description = "PERIODE_FINDES_IKKE.")
    @ApiResponse(responseCode = "412", description = "VERSION_FORAELDET: der er kommet en nyere version. ETag er den aktuelle.")
    @ApiResponse(responseCode = "422", description = "Felter eller overlap; se fejl[].kode. Intet er ændret.")
    @ApiResponse(responseCode = "428", description = "IF_MATCH_MANGLER.")
    ResponseEntity<FravaerSvar> ret(Kald kald, @PathVariable long id,
            @Parameter(description = "Versionen, rettelsen bygger på (ETag fra GET), f.eks. \"1\".", required = true)
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(description = "Det nye indhold. CPR-nummeret kan ikke ændres.", required = true,
            content = @Content(mediaType = "application/json", examples = @ExampleObject(value = Eksempler.FRAVAER_RETTELSE))) @RequestBody FravaerRettelse rettelse) {
        // If-Match is judged before the body, so that a change without a version is 428 whatever it says.
        int forventet = Versionsbetingelse.forventetVersion(ifMatch);
        Overtraedelser fejl = new Overtraedelser();
        Fravaerstype type = Felter.kode(rettelse.fravaerstype(), Fravaerstype.class, "fravaerstype", fejl);
        Periode periode = Felter.periode(rettelse.fra(), rettelse.til(), fejl);
        Aendring aendring = Periodefelter.aendring(rettelse.begrundelse(), rettelse.ansvarligSagsbehandler(), fejl);
        fejl.kastHvisNogen();
        return endepunkter.ret(kald, id, forventet, new Fravaer(id, type, periode), aendring);
    }
}
