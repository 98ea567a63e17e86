package dk.samtaleregister.samtale.web;

import dk.samtaleregister.borger.domain.Cpr;
import dk.samtaleregister.faelles.domain.Fejlkode;
import dk.samtaleregister.faelles.domain.Felter;
import dk.samtaleregister.faelles.domain.Overtraedelser;
import dk.samtaleregister.faelles.web.IkkeFundet;
import dk.samtaleregister.samtale.application.SamtaleService;
import dk.samtaleregister.samtale.domain.Samtale;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/v1/samtaler", produces = "application/json")
@Tag(name = "Samtaler", description = "Registrering og opslag af afholdte samtaler.")
class SamtaleController {

    private final SamtaleService service;

    SamtaleController(SamtaleService service) {
        this.service = service;
    }

    @PostMapping(consumes = "application/json")
    @Operation(summary = "Registrér en afholdt samtale",
            description = "Samtalen kontrolleres mod DFDG's regler på den dag, den blev afholdt. Alle regelbrud meldes samlet, og intet gemmes, hvis en regel er brudt.")
    @ApiResponse(responseCode = "201", description = "Samtalen er registreret.")
    @ApiResponse(responseCode = "400", description = "Indholdet er ikke gyldig JSON eller har forkerte typer.")
    @ApiResponse(responseCode = "422", description = "En eller flere regler er brudt; se fejl[].kode.")
    ResponseEntity<SamtaleSvar> registrer(
            @io.swagger.v3.oas.annotations.parameters.RequestBody(description = "Den afholdte samtale.", required = true,
            content = @Content(mediaType = "application/json", examples = @ExampleObject(value = Eksempler.REGISTRERING))) @RequestBody SamtaleAnmodningDto anmodning) {
        Samtale samtale = service.registrer(anmodning.tilDomaene());
        return ResponseEntity.created(URI.create("/api/v1/samtaler/" + samtale.samtalenummer()))
                .eTag(String.valueOf(samtale.version()))
                .body(SamtaleSvar.af(samtale));
    }

    @GetMapping("/{samtalenummer}")
    @Operation(summary = "Hent en samtale")
    @ApiResponse(responseCode = "404", description = "Samtalen findes ikke.")
    ResponseEntity<SamtaleSvar> hent(@PathVariable long samtalenummer) {
        Samtale samtale = service.hent(samtalenummer).orElseThrow(() -> new IkkeFundet(Fejlkode.SAMTALE_FINDES_IKKE, samtalenummer));
        return ResponseEntity.ok().eTag(String.valueOf(samtale.version())).body(SamtaleSvar.af(samtale));
    }

    @PostMapping(path = "/soeg", consumes = "application/json")
    @Operation(summary = "Søg en borgers samtaler", description = "Borgerens samtaler i den rækkefølge, de blev afholdt. fra og til er dage i dansk tid, begge medregnet.")
    List<SamtaleSvar> soeg(
            @io.swagger.v3.oas.annotations.parameters.RequestBody(description = "Borgeren og eventuelt dagene.", required = true,
            content = @Content(mediaType = "application/json", examples = @ExampleObject(value = Eksempler.SOEGNING))) @RequestBody SamtalesoegningDto soegning) {
        Overtraedelser fejl = new Overtraedelser();
        Cpr cpr = Cpr.fortolk(soegning.cpr(), "cpr", fejl);
        LocalDate fra = Felter.dato(soegning.fra(), "fra", fejl);
        LocalDate til = Felter.dato(soegning.til(), "til", fejl);
        if (fra != null && til != null && til.isBefore(fra)) {
            fejl.tilfoej(Fejlkode.TIL_FOER_FRA, "til");
        }
        fejl.kastHvisNogen();
        return service.soeg(cpr, fra, til).stream().map(SamtaleSvar::af).toList();
    }
}
