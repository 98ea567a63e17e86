package dk.samtaleregister.borger.web;

import dk.samtaleregister.adgang.application.Kald;
import dk.samtaleregister.borger.domain.Borgerperiode;
import dk.samtaleregister.borger.web.BorgerDtoer.Afslutning;
import dk.samtaleregister.faelles.web.HistorikpostDto;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;

/**
 * The endpoints every kind of period has in the same shape: read, end and history. Each kind's controller adds its
 * own registration and correction, whose bodies differ, and names its path.
 */
abstract class Periodecontroller<P extends Borgerperiode, S> {

    protected final Periodeendepunkter<P, S> endepunkter;

    protected Periodecontroller(Periodeendepunkter<P, S> endepunkter) {
        this.endepunkter = endepunkter;
    }

    @GetMapping("/{id}")
    @Operation(summary = "Hent perioden", description = "Den aktuelle version. ETag er versionen; send den i If-Match ved rettelse og afslutning.")
    @ApiResponse(responseCode = "404", description = "PERIODE_FINDES_IKKE.")
    ResponseEntity<S> hent(Kald kald, @PathVariable long id) {
        return endepunkter.hent(kald, id);
    }

    @PostMapping(path = "/{id}/afslutning", consumes = "application/json")
    @Operation(summary = "Afslut perioden",
            description = "Sætter periodens sidste dag til til (ikke før dens første dag), bygget på versionen i If-Match. "
                    + "Giver en ny version med art AFSLUTTET. Slutter perioden allerede den dag, ændres intet.")
    @ApiResponse(responseCode = "200", description = "Afsluttet. ETag er den nye version.")
    @ApiResponse(responseCode = "403", description = "KRAEVER_ROLLE: kun rollen SYSTEM ændrer borgerens situation.")
    @ApiResponse(responseCode = "404", description = "PERIODE_FINDES_IKKE.")
    @ApiResponse(responseCode = "412", description = "VERSION_FORAELDET.")
    @ApiResponse(responseCode = "422", description = "TIL_FOER_FRA, PERIODE_OVERLAPPER eller felter.")
    @ApiResponse(responseCode = "428", description = "IF_MATCH_MANGLER.")
    ResponseEntity<S> afslut(Kald kald, @PathVariable long id,
            @Parameter(description = "Versionen, afslutningen bygger på (ETag fra GET), f.eks. \"1\".", required = true)
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(description = "Periodens sidste dag.", required = true,
            content = @Content(mediaType = "application/json", examples = @ExampleObject(value = Eksempler.AFSLUTNING))) @RequestBody Afslutning afslutning) {
        return endepunkter.afslut(kald, id, ifMatch, afslutning);
    }

    @GetMapping("/{id}/historik")
    @Operation(summary = "Periodens historik",
            description = "Alle versioner, ældste først: art (OPRETTET, RETTET, AFSLUTTET), hvem, hvornår, hvorfor, og hvilke felter der ændredes.")
    @ApiResponse(responseCode = "404", description = "PERIODE_FINDES_IKKE.")
    List<HistorikpostDto> historik(Kald kald, @PathVariable long id) {
        return endepunkter.historik(kald, id);
    }
}
