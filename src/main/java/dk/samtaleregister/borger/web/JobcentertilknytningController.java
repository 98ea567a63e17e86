package dk.samtaleregister.borger.web;

import dk.samtaleregister.borger.application.BorgerService;
import dk.samtaleregister.borger.domain.Aendring;
import dk.samtaleregister.borger.domain.Cpr;
import dk.samtaleregister.borger.domain.Periodeslag;
import dk.samtaleregister.borger.domain.Jobcentertilknytning;
import dk.samtaleregister.borger.web.BorgerDtoer.Afslutning;
import dk.samtaleregister.borger.web.BorgerDtoer.JobcentertilknytningAnmodning;
import dk.samtaleregister.borger.web.BorgerDtoer.JobcentertilknytningRettelse;
import dk.samtaleregister.borger.web.BorgerDtoer.JobcentertilknytningSvar;
import dk.samtaleregister.borger.web.BorgerDtoer.Historikpunkt;
import dk.samtaleregister.faelles.domain.Felter;
import dk.samtaleregister.faelles.domain.Overtraedelser;
import dk.samtaleregister.faelles.domain.Periode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
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
class JobcentertilknytningController {

    private final Periodeendepunkter<Jobcentertilknytning, JobcentertilknytningSvar> endepunkter;

    JobcentertilknytningController(BorgerService service) {
        this.endepunkter = new Periodeendepunkter<>(service, Periodeslag.JOBCENTERTILKNYTNING, "/api/v1/jobcentertilknytninger", JobcentertilknytningSvar::af);
    }

    @PostMapping(consumes = "application/json")
    @Operation(summary = "Registrér en jobcentertilknytning", description = "En tilknytning, der starter inde i en åben, afslutter den dagen før (en version med art AFSLUTTET). Ethvert andet overlap afvises.")
    @ApiResponse(responseCode = "201", description = "Registreret. ETag er version 1.")
    @ApiResponse(responseCode = "422", description = "Felter eller overlap; se fejl[].kode.")
    ResponseEntity<JobcentertilknytningSvar> opret(
            @io.swagger.v3.oas.annotations.parameters.RequestBody(description = "Tilknytningen.", required = true,
            content = @Content(mediaType = "application/json", examples = @ExampleObject(value = Eksempler.JOBCENTERTILKNYTNING))) @RequestBody JobcentertilknytningAnmodning anmodning) {
        Overtraedelser fejl = new Overtraedelser();
        Cpr cpr = Cpr.fortolk(anmodning.cpr(), "cpr", fejl);
        String jobcenter = Periodefelter.jobcenter(anmodning.jobcenter(), fejl);
        Periode periode = Felter.periode(anmodning.fra(), anmodning.til(), fejl);
        Aendring aendring = new Aendring(Periodefelter.sagsbehandler(anmodning.ansvarligSagsbehandler(), fejl), null);
        fejl.kastHvisNogen();
        return endepunkter.opret(cpr, new Jobcentertilknytning(0, jobcenter, periode), aendring);
    }

    @GetMapping("/{id}")
    @Operation(summary = "Hent JobcentertilknytningController0", description = "Den aktuelle version. ETag er versionen; send den i If-Match ved rettelse og afslutning.")
    @ApiResponse(responseCode = "404", description = "PERIODE_FINDES_IKKE.")
    ResponseEntity<JobcentertilknytningSvar> hent(@PathVariable long id) {
        return endepunkter.hent(id);
    }

    @PutMapping(path = "/{id}", consumes = "application/json")
    @Operation(summary = "Ret JobcentertilknytningController0",
            description = "Nyt indhold bygget på versionen i If-Match. Kontrolleres igen, som var det en ny periode, mod borgerens øvrige perioder. "
                    + "Giver en ny version; den gamle bevares i historikken. Allerede registrerede samtaler ændres ikke.")
    @ApiResponse(responseCode = "200", description = "Rettet. ETag er den nye version.")
    @ApiResponse(responseCode = "404", description = "PERIODE_FINDES_IKKE.")
    @ApiResponse(responseCode = "412", description = "VERSION_FORAELDET: der er kommet en nyere version. ETag er den aktuelle.")
    @ApiResponse(responseCode = "422", description = "Felter eller overlap; se fejl[].kode. Intet er ændret.")
    @ApiResponse(responseCode = "428", description = "IF_MATCH_MANGLER.")
    ResponseEntity<JobcentertilknytningSvar> ret(@PathVariable long id,
            @Parameter(description = "Versionen, rettelsen bygger på (ETag fra GET), f.eks. \"1\".", required = true)
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(description = "Det nye indhold. CPR-nummeret kan ikke ændres.", required = true,
            content = @Content(mediaType = "application/json", examples = @ExampleObject(value = Eksempler.JOBCENTERTILKNYTNING_RETTELSE))) @RequestBody JobcentertilknytningRettelse rettelse) {
        int forventet = Periodeendepunkter.forventet(ifMatch);
        Overtraedelser fejl = new Overtraedelser();
        String jobcenter = Periodefelter.jobcenter(rettelse.jobcenter(), fejl);
        Periode periode = Felter.periode(rettelse.fra(), rettelse.til(), fejl);
        Aendring aendring = Periodefelter.aendring(rettelse.begrundelse(), rettelse.ansvarligSagsbehandler(), fejl);
        fejl.kastHvisNogen();
        return endepunkter.ret(id, forventet, new Jobcentertilknytning(id, jobcenter, periode), aendring);
    }

    @PostMapping(path = "/{id}/afslutning", consumes = "application/json")
    @Operation(summary = "Afslut JobcentertilknytningController0",
            description = "Sætter periodens sidste dag til til (ikke før dens første dag), bygget på versionen i If-Match. "
                    + "Giver en ny version med art AFSLUTTET. Slutter perioden allerede den dag, ændres intet.")
    @ApiResponse(responseCode = "200", description = "Afsluttet. ETag er den nye version.")
    @ApiResponse(responseCode = "404", description = "PERIODE_FINDES_IKKE.")
    @ApiResponse(responseCode = "412", description = "VERSION_FORAELDET.")
    @ApiResponse(responseCode = "422", description = "TIL_FOER_FRA, PERIODE_OVERLAPPER eller felter.")
    @ApiResponse(responseCode = "428", description = "IF_MATCH_MANGLER.")
    ResponseEntity<JobcentertilknytningSvar> afslut(@PathVariable long id,
            @Parameter(description = "Versionen, afslutningen bygger på (ETag fra GET), f.eks. \"1\".", required = true)
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(description = "Periodens sidste dag.", required = true,
            content = @Content(mediaType = "application/json", examples = @ExampleObject(value = Eksempler.AFSLUTNING))) @RequestBody Afslutning afslutning) {
        return endepunkter.afslut(id, ifMatch, afslutning);
    }

    @GetMapping("/{id}/historik")
    @Operation(summary = "Hent historikken for JobcentertilknytningController0",
            description = "Alle versioner, ældste først: art (OPRETTET, RETTET, AFSLUTTET), hvem, hvornår, hvorfor, og hvilke felter der ændredes.")
    @ApiResponse(responseCode = "404", description = "PERIODE_FINDES_IKKE.")
    List<Historikpunkt> historik(@PathVariable long id) {
        return endepunkter.historik(id);
    }
}
