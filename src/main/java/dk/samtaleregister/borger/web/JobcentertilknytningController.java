package dk.samtaleregister.borger.web;

import dk.samtaleregister.faelles.web.AnsvarligSagsbehandlerDto;
import dk.samtaleregister.adgang.application.Adgangskontrol;
import dk.samtaleregister.adgang.application.Kald;
import dk.samtaleregister.borger.application.BorgerService;
import dk.samtaleregister.borger.domain.Aendring;
import dk.samtaleregister.faelles.domain.Cpr;
import dk.samtaleregister.borger.domain.Jobcentertilknytning;
import dk.samtaleregister.borger.domain.Periodeslag;
import dk.samtaleregister.borger.web.BorgerDtoer.JobcentertilknytningAnmodning;
import dk.samtaleregister.borger.web.BorgerDtoer.JobcentertilknytningRettelse;
import dk.samtaleregister.borger.web.BorgerDtoer.JobcentertilknytningSvar;
import dk.samtaleregister.faelles.domain.Felter;
import dk.samtaleregister.faelles.domain.Overtraedelser;
import dk.samtaleregister.faelles.domain.Periode;
import dk.samtaleregister.faelles.web.Versionsbetingelse;
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
@RequestMapping(path = "/api/v1/jobcentertilknytninger", produces = "application/json")
@Tag(name = "Borgerens situation")
class JobcentertilknytningController extends Periodecontroller<Jobcentertilknytning, JobcentertilknytningSvar> {

    JobcentertilknytningController(BorgerService service, Adgangskontrol adgang) {
        super(new Periodeendepunkter<>(service, adgang, Periodeslag.JOBCENTERTILKNYTNING, "/api/v1/jobcentertilknytninger", JobcentertilknytningSvar::af));
    }

    @PostMapping(consumes = "application/json")
    @Operation(summary = "Registrér en jobcentertilknytning", description = "En tilknytning, der starter inde i en åben, afslutter den dagen før (en version med art AFSLUTTET). Ethvert andet overlap afvises.")
    @ApiResponse(responseCode = "201", description = "Registreret. ETag er version 1.")
    @ApiResponse(responseCode = "403", description = "KRAEVER_ROLLE: kun rollen SYSTEM skriver borgerens situation.")
    @ApiResponse(responseCode = "422", description = "Felter eller overlap; se fejl[].kode.")
    ResponseEntity<JobcentertilknytningSvar> opret(Kald kald,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(description = "Tilknytningen.", required = true,
            content = @Content(mediaType = "application/json", examples = @ExampleObject(value = Eksempler.JOBCENTERTILKNYTNING))) @RequestBody JobcentertilknytningAnmodning anmodning) {
        Overtraedelser fejl = new Overtraedelser();
        Cpr cpr = Cpr.fortolk(anmodning.cpr(), "cpr", fejl);
        String jobcenter = Periodefelter.jobcenter(anmodning.jobcenter(), fejl);
        Periode periode = Felter.periode(anmodning.fra(), anmodning.til(), fejl);
        Aendring aendring = new Aendring(AnsvarligSagsbehandlerDto.fortolk(anmodning.ansvarligSagsbehandler(), fejl), null);
        fejl.kastHvisNogen();
        return endepunkter.opret(kald, cpr, new Jobcentertilknytning(0, jobcenter, periode), aendring);
    }

    @PutMapping(path = "/{id}", consumes = "application/json")
    @Operation(summary = "Ret en jobcentertilknytning",
            description = "Nyt indhold bygget på versionen i If-Match. Kontrolleres igen, som var det en ny periode, mod borgerens øvrige perioder. "
                    + "Giver en ny version; den gamle bevares i historikken. Allerede registrerede samtaler ændres ikke.")
    @ApiResponse(responseCode = "200", description = "Rettet. ETag er den nye version.")
    @ApiResponse(responseCode = "404", description = "PERIODE_FINDES_IKKE.")
    @ApiResponse(responseCode = "412", description = "VERSION_FORAELDET: der er kommet en nyere version. ETag er den aktuelle.")
    @ApiResponse(responseCode = "422", description = "Felter eller overlap; se fejl[].kode. Intet er ændret.")
    @ApiResponse(responseCode = "428", description = "IF_MATCH_MANGLER.")
    ResponseEntity<JobcentertilknytningSvar> ret(Kald kald, @PathVariable long id,
            @Parameter(description = "Versionen, rettelsen bygger på (ETag fra GET), f.eks. \"1\".", required = true)
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(description = "Det nye indhold. CPR-nummeret kan ikke ændres.", required = true,
            content = @Content(mediaType = "application/json", examples = @ExampleObject(value = Eksempler.JOBCENTERTILKNYTNING_RETTELSE))) @RequestBody JobcentertilknytningRettelse rettelse) {
        // If-Match is judged before the body, so that a change without a version is 428 whatever it says.
        int forventet = Versionsbetingelse.forventetVersion(ifMatch);
        Overtraedelser fejl = new Overtraedelser();
        String jobcenter = Periodefelter.jobcenter(rettelse.jobcenter(), fejl);
        Periode periode = Felter.periode(rettelse.fra(), rettelse.til(), fejl);
        Aendring aendring = Periodefelter.aendring(rettelse.begrundelse(), rettelse.ansvarligSagsbehandler(), fejl);
        fejl.kastHvisNogen();
        return endepunkter.ret(kald, id, forventet, new Jobcentertilknytning(id, jobcenter, periode), aendring);
    }
}
