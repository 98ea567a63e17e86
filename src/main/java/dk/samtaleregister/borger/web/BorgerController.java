package dk.samtaleregister.borger.web;

import dk.samtaleregister.adgang.application.Adgangskontrol;
import dk.samtaleregister.adgang.application.Kald;
import dk.samtaleregister.borger.application.BorgerService;
import dk.samtaleregister.borger.web.BorgerDtoer.OpslagAnmodning;
import dk.samtaleregister.borger.web.BorgerDtoer.OpslagSvar;
import dk.samtaleregister.faelles.domain.Cpr;
import dk.samtaleregister.faelles.domain.Overtraedelser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The look-up of a citizen's situation. The periods themselves have a controller each. */
@RestController
@RequestMapping(path = "/api/v1", produces = "application/json", consumes = "application/json")
@Tag(name = "Borgerens situation", description = "Kontaktgrupper, fravær, jobcentertilknytning, a-kassemedlemskab, henvisninger til "
        + "andre aktører og undtagelser fra kontaktforløbets krav. I DFDG kommer de fra andre dele; her kommer de ind gennem API'et. "
        + "Perioderne kan rettes og afsluttes med If-Match, og hver ændring gemmes som en ny version med historik.")
class BorgerController {

    private final BorgerService service;
    private final Adgangskontrol adgang;

    BorgerController(BorgerService service, Adgangskontrol adgang) {
        this.service = service;
        this.adgang = adgang;
    }

    @PostMapping("/borgere/opslag")
    @Operation(summary = "Slå en borgers situation op", description = "Alle borgerens perioder af hver slags, hver med sin version. En ukendt borger har ingen perioder.")
    OpslagSvar opslag(Kald kald,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(description = "Borgeren.", required = true,
            content = @Content(mediaType = "application/json", examples = @ExampleObject(value = Eksempler.OPSLAG))) @RequestBody OpslagAnmodning anmodning) {
        Overtraedelser fejl = new Overtraedelser();
        Cpr cpr = Cpr.fortolk(anmodning.cpr(), "cpr", fejl);
        fejl.kastHvisNogen();
        adgang.kraevLaesningAfSituation(kald, cpr);
        return OpslagSvar.af(service.opslag(cpr));
    }
}
