package dk.samtaleregister.borger.web;

import dk.samtaleregister.borger.application.BorgerService;
import dk.samtaleregister.borger.domain.Cpr;
import dk.samtaleregister.borger.web.BorgerDtoer.FravaerAnmodning;
import dk.samtaleregister.borger.web.BorgerDtoer.FravaerSvar;
import dk.samtaleregister.borger.web.BorgerDtoer.JobcentertilknytningAnmodning;
import dk.samtaleregister.borger.web.BorgerDtoer.JobcentertilknytningSvar;
import dk.samtaleregister.borger.web.BorgerDtoer.KontaktgruppeperiodeAnmodning;
import dk.samtaleregister.borger.web.BorgerDtoer.KontaktgruppeperiodeSvar;
import dk.samtaleregister.borger.web.BorgerDtoer.OpslagAnmodning;
import dk.samtaleregister.borger.web.BorgerDtoer.OpslagSvar;
import dk.samtaleregister.faelles.domain.Fejlkode;
import dk.samtaleregister.faelles.domain.Felter;
import dk.samtaleregister.faelles.domain.Overtraedelser;
import dk.samtaleregister.faelles.domain.Periode;
import dk.samtaleregister.regler.domain.Fravaerstype;
import dk.samtaleregister.regler.domain.Kontaktgruppe;
import dk.samtaleregister.regler.domain.Myndighed;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Arrays;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/v1", produces = "application/json", consumes = "application/json")
@Tag(name = "Borgerens situation", description = "Kontaktgrupper, fravær og jobcentertilknytning. I DFDG kommer de fra andre dele; her kommer de ind gennem API'et.")
class BorgerController {

    private final BorgerService service;

    BorgerController(BorgerService service) {
        this.service = service;
    }

    @PostMapping("/kontaktgruppeperioder")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Registrér en kontaktgruppeperiode",
            description = "En periode, der starter inde i en åben periode, afslutter den dagen før. Ethvert andet overlap afvises.")
    KontaktgruppeperiodeSvar kontaktgruppe(
            @io.swagger.v3.oas.annotations.parameters.RequestBody(description = "Kontaktgruppeperioden.", required = true,
            content = @Content(mediaType = "application/json", examples = @ExampleObject(value = Eksempler.KONTAKTGRUPPEPERIODE))) @RequestBody KontaktgruppeperiodeAnmodning anmodning) {
        Overtraedelser fejl = new Overtraedelser();
        Cpr cpr = Cpr.fortolk(anmodning.cpr(), "cpr", fejl);
        Kontaktgruppe gruppe = Felter.nummerkode(anmodning.kontaktgruppe(), Kontaktgruppe::medNummer,
                () -> Arrays.stream(Kontaktgruppe.values()).mapToInt(Kontaktgruppe::nummer), "kontaktgruppe", fejl);
        Periode periode = Felter.periode(anmodning.fra(), anmodning.til(), fejl);
        fejl.kastHvisNogen();
        return KontaktgruppeperiodeSvar.af(service.registrerKontaktgruppe(cpr, gruppe, periode));
    }

    @PostMapping("/fravaer")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Registrér et fravær", description = "Fravær må overlappe. SYGDOM_SYGEMELDING gør borgeren syg de dage, det dækker.")
    FravaerSvar fravaer(
            @io.swagger.v3.oas.annotations.parameters.RequestBody(description = "Fraværet.", required = true,
            content = @Content(mediaType = "application/json", examples = @ExampleObject(value = Eksempler.FRAVAER))) @RequestBody FravaerAnmodning anmodning) {
        Overtraedelser fejl = new Overtraedelser();
        Cpr cpr = Cpr.fortolk(anmodning.cpr(), "cpr", fejl);
        Fravaerstype type = Felter.kode(anmodning.fravaerstype(), Fravaerstype.class, "fravaerstype", fejl);
        Periode periode = Felter.periode(anmodning.fra(), anmodning.til(), fejl);
        fejl.kastHvisNogen();
        return FravaerSvar.af(service.registrerFravaer(cpr, type, periode).periode());
    }

    @PostMapping("/jobcentertilknytninger")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Registrér en jobcentertilknytning",
            description = "En tilknytning, der starter inde i en åben, afslutter den dagen før. Ethvert andet overlap afvises.")
    JobcentertilknytningSvar jobcenter(
            @io.swagger.v3.oas.annotations.parameters.RequestBody(description = "Tilknytningen.", required = true,
            content = @Content(mediaType = "application/json", examples = @ExampleObject(value = Eksempler.JOBCENTERTILKNYTNING))) @RequestBody JobcentertilknytningAnmodning anmodning) {
        Overtraedelser fejl = new Overtraedelser();
        Cpr cpr = Cpr.fortolk(anmodning.cpr(), "cpr", fejl);
        String jobcenter = Felter.paakraevet(anmodning.jobcenter(), "jobcenter", fejl);
        if (jobcenter != null && !Myndighed.erKommunenummer(jobcenter)) {
            fejl.tilfoej(Fejlkode.UGYLDIG_MYNDIGHEDSKODE, "jobcenter", "Et jobcenter angives med sit kommunenummer: 3 cifre.");
        }
        Periode periode = Felter.periode(anmodning.fra(), anmodning.til(), fejl);
        fejl.kastHvisNogen();
        return JobcentertilknytningSvar.af(service.registrerJobcentertilknytning(cpr, jobcenter, periode));
    }

    @PostMapping("/borgere/opslag")
    @Operation(summary = "Slå en borgers situation op", description = "Alle borgerens perioder af hver slags. En ukendt borger har ingen perioder.")
    OpslagSvar opslag(
            @io.swagger.v3.oas.annotations.parameters.RequestBody(description = "Borgeren.", required = true,
            content = @Content(mediaType = "application/json", examples = @ExampleObject(value = Eksempler.OPSLAG))) @RequestBody OpslagAnmodning anmodning) {
        Overtraedelser fejl = new Overtraedelser();
        Cpr cpr = Cpr.fortolk(anmodning.cpr(), "cpr", fejl);
        fejl.kastHvisNogen();
        return OpslagSvar.af(service.opslag(cpr));
    }
}
