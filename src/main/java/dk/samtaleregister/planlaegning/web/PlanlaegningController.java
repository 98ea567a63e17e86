package dk.samtaleregister.planlaegning.web;

import dk.samtaleregister.adgang.application.Kald;
import dk.samtaleregister.faelles.domain.Afvist;
import dk.samtaleregister.faelles.domain.Fejlkode;
import dk.samtaleregister.faelles.domain.Historikpost;
import dk.samtaleregister.faelles.web.HistorikpostDto;
import dk.samtaleregister.faelles.web.Versionsbetingelse;
import dk.samtaleregister.planlaegning.application.PlanlaegningService;
import dk.samtaleregister.planlaegning.domain.Bookingoverblik;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
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
@RequestMapping(path = "/api/v1/planlagte-samtaler", produces = "application/json")
@Tag(name = "Planlagte samtaler", description = "Bookinger og indkaldelser (BEK om det fælles datagrundlag § 20): oprettelse, ændring, "
        + "aflysning og historik. En afholdt samtale henviser til en booking med planlagtSamtale; registreringen ændrer ikke bookingen.")
class PlanlaegningController {

    private static final String IF_MATCH = "Den version, ændringen bygger på: ETag fra seneste GET, f.eks. \"1\".";

    private final PlanlaegningService service;

    PlanlaegningController(PlanlaegningService service) {
        this.service = service;
    }

    @PostMapping(consumes = "application/json")
    @Operation(summary = "Opret en planlagt samtale",
            description = "Alle fejl i felterne meldes samlet, og intet gemmes, hvis der er en. Borgeren oprettes i registret, hvis borgeren er ny.")
    @ApiResponse(responseCode = "201", description = "Den planlagte samtale er oprettet i version 1.")
    @ApiResponse(responseCode = "422", description = "Et eller flere felter er ugyldige; se fejl[].kode.")
    ResponseEntity<PlanlagtSamtaleSvar> opret(Kald kald,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(description = "Den planlagte samtale.", required = true,
            content = @Content(mediaType = "application/json", examples = @ExampleObject(value = Eksempler.OPRETTELSE)))
            @RequestBody PlanlagtSamtaleAnmodningDto anmodning) {
        Bookingoverblik booking = service.opret(kald, anmodning.tilDomaene(kald.kalder().somSagsbehandler()));
        return ResponseEntity.created(URI.create("/api/v1/planlagte-samtaler/" + booking.planlagtSamtale().nummer()))
                .eTag(Versionsbetingelse.etag(booking.planlagtSamtale().version()))
                .body(PlanlagtSamtaleSvar.af(booking));
    }

    @GetMapping("/{nummer}")
    @Operation(summary = "Hent en planlagt samtale",
            description = "Den aktuelle version med status (AKTIV eller AFLYST) og de afholdte samtaler, der henviser til den. ETag er versionen.")
    @ApiResponse(responseCode = "200", description = "Den planlagte samtale; ETag er versionen.")
    @ApiResponse(responseCode = "404", description = "Den planlagte samtale findes ikke.")
    ResponseEntity<PlanlagtSamtaleSvar> hent(Kald kald, @PathVariable long nummer) {
        return svar(service.hent(kald, nummer).orElseThrow(() -> ikkeFundet(nummer)));
    }

    @PutMapping(path = "/{nummer}", consumes = "application/json")
    @Operation(summary = "Ændr en planlagt samtale",
            description = "Hele det nye indhold sendes. Giver en ny version; intet overskrives. CPR-nummeret kan ikke ændres, og en aflyst samtale kan ikke ændres.")
    @ApiResponse(responseCode = "200", description = "Ændret; ETag er den nye version.")
    @ApiResponse(responseCode = "404", description = "Den planlagte samtale findes ikke.")
    @ApiResponse(responseCode = "412", description = "If-Match er ikke den aktuelle version; svarets ETag er den aktuelle.")
    @ApiResponse(responseCode = "422", description = "Ugyldigt indhold, et andet CPR-nummer, eller samtalen er aflyst.")
    @ApiResponse(responseCode = "428", description = "If-Match mangler.")
    ResponseEntity<PlanlagtSamtaleSvar> aendr(Kald kald,
            @PathVariable long nummer,
            @Parameter(description = IF_MATCH, required = true) @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(description = "Det nye, fulde indhold.", required = true,
            content = @Content(mediaType = "application/json", examples = @ExampleObject(value = Eksempler.AENDRING)))
            @RequestBody PlanlagtSamtaleAnmodningDto anmodning) {
        int forventet = Versionsbetingelse.forventetVersion(ifMatch);
        return svar(service.aendr(kald, nummer, forventet, anmodning.tilDomaene(kald.kalder().somSagsbehandler())).orElseThrow(() -> ikkeFundet(nummer)));
    }

    @PostMapping(path = "/{nummer}/aflysning", consumes = "application/json")
    @Operation(summary = "Aflys en planlagt samtale",
            description = "Giver en ny version med status AFLYST. Begrundelsen står i historikken. En aflysning er endelig.")
    @ApiResponse(responseCode = "200", description = "Aflyst; ETag er den nye version.")
    @ApiResponse(responseCode = "404", description = "Den planlagte samtale findes ikke.")
    @ApiResponse(responseCode = "412", description = "If-Match er ikke den aktuelle version; svarets ETag er den aktuelle.")
    @ApiResponse(responseCode = "422", description = "Begrundelse eller sagsbehandler mangler eller er ugyldig, eller samtalen er allerede aflyst.")
    @ApiResponse(responseCode = "428", description = "If-Match mangler.")
    ResponseEntity<PlanlagtSamtaleSvar> aflys(Kald kald,
            @PathVariable long nummer,
            @Parameter(description = IF_MATCH, required = true) @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(description = "Begrundelsen. Den, der aflyser, er den, adgangstokenet er udstedt til.", required = true,
            content = @Content(mediaType = "application/json", examples = @ExampleObject(value = Eksempler.AFLYSNING)))
            @RequestBody AflysningDto aflysning) {
        int forventet = Versionsbetingelse.forventetVersion(ifMatch);
        return svar(service.aflys(kald, nummer, forventet, aflysning.tilDomaene(kald.kalder().somSagsbehandler())).orElseThrow(() -> ikkeFundet(nummer)));
    }

    @GetMapping("/{nummer}/historik")
    @Operation(summary = "Historik for en planlagt samtale",
            description = "Hver version, ældste først: art (OPRETTET, AENDRET, AFLYST), hvem, hvornår, begrundelse og de felter, der ændrede sig.")
    @ApiResponse(responseCode = "200", description = "Versionerne, ældste først.")
    @ApiResponse(responseCode = "404", description = "Den planlagte samtale findes ikke.")
    List<HistorikpostDto> historik(Kald kald, @PathVariable long nummer) {
        List<Historikpost> historik = service.historik(kald, nummer);
        if (historik.isEmpty()) {
            throw ikkeFundet(nummer);
        }
        return HistorikpostDto.af(historik);
    }

    private static ResponseEntity<PlanlagtSamtaleSvar> svar(Bookingoverblik booking) {
        return ResponseEntity.ok().eTag(Versionsbetingelse.etag(booking.planlagtSamtale().version())).body(PlanlagtSamtaleSvar.af(booking));
    }

    private static Afvist ikkeFundet(long nummer) {
        return Afvist.af(Fejlkode.PLANLAGT_SAMTALE_FINDES_IKKE, nummer);
    }
}
