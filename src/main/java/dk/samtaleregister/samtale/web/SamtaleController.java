package dk.samtaleregister.samtale.web;

import dk.samtaleregister.adgang.application.Kald;
import dk.samtaleregister.faelles.domain.AnsvarligSagsbehandler;
import dk.samtaleregister.faelles.domain.Cpr;
import dk.samtaleregister.faelles.domain.Fejlkode;
import dk.samtaleregister.faelles.domain.Felter;
import dk.samtaleregister.faelles.domain.Overtraedelser;
import dk.samtaleregister.faelles.web.AnsvarligSagsbehandlerDto;
import dk.samtaleregister.faelles.web.HistorikpostDto;
import dk.samtaleregister.faelles.web.Versionsbetingelse;
import dk.samtaleregister.samtale.application.SamtaleService;
import dk.samtaleregister.samtale.domain.Samtale;
import dk.samtaleregister.samtale.domain.Samtaleaendring;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpHeaders;
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
    ResponseEntity<SamtaleSvar> registrer(Kald kald,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(description = "Den afholdte samtale.", required = true,
            content = @Content(mediaType = "application/json", examples = @ExampleObject(value = Eksempler.REGISTRERING))) @RequestBody SamtaleAnmodningDto anmodning) {
        Samtale samtale = service.registrer(kald, anmodning.tilDomaene(kald.kalder().somSagsbehandler()), begrundelse(anmodning.begrundelse(), false));
        return ResponseEntity.created(URI.create("/api/v1/samtaler/" + samtale.samtalenummer()))
                .eTag(Versionsbetingelse.etag(samtale.version()))
                .body(SamtaleSvar.af(samtale));
    }

    @PostMapping(path = "/proeve", consumes = "application/json")
    @Operation(summary = "Prøv en registrering",
            description = "Samme indhold som en registrering, kontrolleret efter præcis de samme regler, men intet gemmes: ingen samtale, "
                    + "version, hændelse eller idempotensnøgle. Svaret er det, registreringen ville have fået: 200 med det indhold, et "
                    + "201 ville have haft, blot uden samtalenummer, registreringstidspunkt og version, som kun en gemt samtale har; "
                    + "eller samme 400, 403 eller 422. En registrering bagefter kan stadig afvises, hvis noget er ændret i mellemtiden.")
    @ApiResponse(responseCode = "200", description = "Registreringen ville blive godkendt; svaret er samtalen, som den ville blive gemt.")
    @ApiResponse(responseCode = "400", description = "Indholdet er ikke gyldig JSON eller har forkerte typer.")
    @ApiResponse(responseCode = "422", description = "En eller flere regler er brudt; se fejl[].kode.")
    ProevetSamtaleSvar proeve(Kald kald,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(description = "Den afholdte samtale, som til en registrering.", required = true,
            content = @Content(mediaType = "application/json", examples = @ExampleObject(value = Eksempler.PROEVE))) @RequestBody SamtaleAnmodningDto anmodning) {
        begrundelse(anmodning.begrundelse(), false);
        return ProevetSamtaleSvar.af(service.proev(kald, anmodning.tilDomaene(kald.kalder().somSagsbehandler())));
    }

    @PostMapping(path = "/muligheder", consumes = "application/json")
    @Operation(summary = "Samtaletyper, der kan registreres",
            description = "De samtaletyper, kalderen kan registrere for borgeren på den danske dag, tidspunktet falder på, efter de samme regler "
                    + "som en registrering: borgerens kontaktgruppe den dag, rask eller syg, lovlige samtaletyper, myndighedsforbehold og at "
                    + "borgeren er kalderens egen den dag. For hver type: tilladte statusser på deltagelse, og om den er nulstillende i hver "
                    + "kontaktform. En a-kasse får kun de typer, den må se. Har borgeren ingen kontaktgruppe den dag, svares 422 "
                    + "INGEN_KONTAKTGRUPPE som ved en registrering. Reglerne om rækkefølge og dubletter afhænger af den enkelte samtale og "
                    + "kontrolleres ved prøve og registrering.")
    @ApiResponse(responseCode = "200", description = "Borgerens kontaktgruppe den dag og de samtaletyper, kalderen kan registrere.")
    @ApiResponse(responseCode = "400", description = "Indholdet er ikke gyldig JSON eller har forkerte typer.")
    @ApiResponse(responseCode = "422", description = "CPR-nummer eller tidspunkt er ugyldigt, eller borgeren har ingen kontaktgruppe den dag; se fejl[].kode.")
    MulighederSvar muligheder(Kald kald,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(description = "Borgeren og tidspunktet.", required = true,
            content = @Content(mediaType = "application/json", examples = @ExampleObject(value = Eksempler.MULIGHEDER))) @RequestBody MulighedsanmodningDto anmodning) {
        return MulighederSvar.af(service.muligheder(kald, anmodning.cpr(), anmodning.afholdt()));
    }

    @PutMapping(path = "/{samtalenummer}", consumes = "application/json")
    @Operation(summary = "Ret en samtale",
            description = "Hele det nye indhold sendes. Alle regler kontrolleres igen, som om den gamle version ikke fandtes. "
                    + "If-Match skal bære den version (ETag), rettelsen bygger på. Rettelsen bliver en ny version; intet overskrives.")
    @ApiResponse(responseCode = "200", description = "Samtalen er rettet; svaret er den nye version.")
    @ApiResponse(responseCode = "412", description = "Der er kommet en nyere version; ETag i svaret er den nuværende.")
    @ApiResponse(responseCode = "428", description = "If-Match mangler.")
    ResponseEntity<SamtaleSvar> ret(Kald kald, @PathVariable long samtalenummer,
            @Parameter(description = "Versionen, rettelsen bygger på: ETag fra GET, f.eks. \"1\".", required = true)
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(description = "Samtalens nye indhold.", required = true,
            content = @Content(mediaType = "application/json", examples = @ExampleObject(value = Eksempler.RETTELSE))) @RequestBody SamtaleAnmodningDto anmodning) {
        int version = Versionsbetingelse.forventetVersion(ifMatch);
        Samtale samtale = service.ret(kald, samtalenummer, version, anmodning.tilDomaene(kald.kalder().somSagsbehandler()), begrundelse(anmodning.begrundelse(), false));
        return svar(samtale);
    }

    @PostMapping(path = "/{samtalenummer}/annullering", consumes = "application/json")
    @Operation(summary = "Annullér en samtale",
            description = "En annulleret samtale tæller ikke længere for nogen regel (rækkefølge, dubletter) eller for kontaktforløbet, "
                    + "men kan stadig læses med status ANNULLERET. If-Match skal bære den version, annulleringen bygger på.")
    @ApiResponse(responseCode = "200", description = "Samtalen er annulleret; svaret er den nye version.")
    ResponseEntity<SamtaleSvar> annuller(Kald kald, @PathVariable long samtalenummer,
            @Parameter(description = "Versionen, annulleringen bygger på: ETag fra GET.", required = true)
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(description = "Begrundelsen. Den ansvarlige sagsbehandler er den, adgangstokenet er udstedt til.", required = true,
            content = @Content(mediaType = "application/json", examples = @ExampleObject(value = Eksempler.ANNULLERING))) @RequestBody AnnulleringDto annullering) {
        int version = Versionsbetingelse.forventetVersion(ifMatch);
        Overtraedelser fejl = new Overtraedelser();
        String begrundelse = Samtaleaendring.begrundelse(annullering.begrundelse(), true, fejl);
        var ansvarlig = AnsvarligSagsbehandlerDto.ellers(annullering.ansvarligSagsbehandler(), kald.kalder().somSagsbehandler());
        AnsvarligSagsbehandler af = AnsvarligSagsbehandlerDto.fortolk(ansvarlig, fejl);
        fejl.kastHvisNogen();
        return svar(service.annuller(kald, samtalenummer, version, new Samtaleaendring(begrundelse, af)));
    }

    @GetMapping("/{samtalenummer}/historik")
    @Operation(summary = "Samtalens historik",
            description = "Hver version med art (OPRETTET, RETTET, ANNULLERET), hvem der lavede den, hvornår, begrundelsen og hvilke felter der ændredes fra hvad til hvad.")
    @ApiResponse(responseCode = "200", description = "Versionerne, ældste først.")
    @ApiResponse(responseCode = "404", description = "Samtalen findes ikke.")
    List<HistorikpostDto> historik(Kald kald, @PathVariable long samtalenummer) {
        return HistorikpostDto.af(service.historik(kald, samtalenummer));
    }

    private static ResponseEntity<SamtaleSvar> svar(Samtale samtale) {
        return ResponseEntity.ok().eTag(Versionsbetingelse.etag(samtale.version())).body(SamtaleSvar.af(samtale));
    }

    private static String begrundelse(String tekst, boolean paakraevet) {
        Overtraedelser fejl = new Overtraedelser();
        String begrundelse = Samtaleaendring.begrundelse(tekst, paakraevet, fejl);
        fejl.kastHvisNogen();
        return begrundelse;
    }

    @GetMapping("/{samtalenummer}")
    @Operation(summary = "Hent en samtale")
    @ApiResponse(responseCode = "200", description = "Samtalen i sin aktuelle version; ETag er versionen.")
    @ApiResponse(responseCode = "404", description = "Samtalen findes ikke.")
    ResponseEntity<SamtaleSvar> hent(Kald kald, @PathVariable long samtalenummer) {
        return svar(service.hent(kald, samtalenummer));
    }

    @PostMapping(path = "/soeg", consumes = "application/json")
    @Operation(summary = "Søg en borgers samtaler", description = "Borgerens samtaler i den rækkefølge, de blev afholdt. fra og til er dage i dansk tid, begge medregnet.")
    List<SamtaleSvar> soeg(Kald kald,
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
        return service.soeg(kald, cpr, fra, til).stream().map(SamtaleSvar::af).toList();
    }
}
