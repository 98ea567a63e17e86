package dk.samtaleregister.borger.web;

import dk.samtaleregister.adgang.application.Adgangskontrol;
import dk.samtaleregister.adgang.application.Kald;
import dk.samtaleregister.borger.application.BorgerService;
import dk.samtaleregister.borger.application.RegistreretPeriode;
import dk.samtaleregister.borger.domain.Aendring;
import dk.samtaleregister.borger.domain.Borgerperiode;
import dk.samtaleregister.borger.domain.Periodeslag;
import dk.samtaleregister.borger.web.BorgerDtoer.Afslutning;
import dk.samtaleregister.borger.web.BorgerDtoer.PeriodeAnmodning;
import dk.samtaleregister.borger.web.BorgerDtoer.PeriodeSvar;
import dk.samtaleregister.faelles.domain.AdgangNaegtet;
import dk.samtaleregister.faelles.domain.Afvist;
import dk.samtaleregister.faelles.domain.Cpr;
import dk.samtaleregister.faelles.domain.Fejlkode;
import dk.samtaleregister.faelles.domain.Felter;
import dk.samtaleregister.faelles.domain.Overtraedelse;
import dk.samtaleregister.faelles.domain.Overtraedelser;
import dk.samtaleregister.faelles.domain.Periode;
import dk.samtaleregister.faelles.web.AnsvarligSagsbehandlerDto;
import dk.samtaleregister.faelles.web.HistorikpostDto;
import dk.samtaleregister.faelles.web.Versionsbetingelse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Every kind of period in the citizen's situation, on its collection's path ({@link Periodeslag#samling()}): register,
 * read, correct, end and history. What differs between the kinds is in {@link Periodeslag}; the version is the ETag,
 * every change needs If-Match, and an unknown id, or one the caller may not see, is 404. The OpenAPI document shows
 * each kind on its own paths ({@link PeriodestierIOpenApi}).
 */
@RestController
@RequestMapping(path = PeriodeController.SAMLING, produces = "application/json")
@Tag(name = "Borgerens situation")
class PeriodeController {

    /** The collections of {@link Periodeslag#ALLE}; any other path is not one of ours (404). Checked at start-up. */
    static final String SAMLINGER = "kontaktgruppeperioder|fravaer|jobcentertilknytninger|akassemedlemskaber|andenaktoer-henvisninger"
            + "|undtagelser";

    static final String SAMLING = "/api/v1/{periodeslag:" + SAMLINGER + "}";

    private final BorgerService service;
    private final Adgangskontrol adgang;

    PeriodeController(BorgerService service, Adgangskontrol adgang) {
        List<String> samlinger = Periodeslag.ALLE.stream().map(Periodeslag::samling).toList();
        if (!Arrays.asList(SAMLINGER.split("\\|")).equals(samlinger)) {
            throw new IllegalStateException("The period paths " + SAMLINGER + " are not the collections of Periodeslag.ALLE " + samlinger);
        }
        this.service = service;
        this.adgang = adgang;
    }

    @PostMapping(consumes = "application/json")
    @Operation(summary = "Registrér en periode",
            description = "Kontaktgruppeperioder, jobcentertilknytninger og a-kassemedlemskaber gælder én ad gangen: en ny periode, der starter "
                    + "inde i en åben, afslutter den dagen før (en version med art AFSLUTTET, nævnt i afsluttedePerioder); ethvert andet "
                    + "overlap afvises. Fravær, henvisninger og undtagelser må overlappe. SYGDOM_SYGEMELDING gør borgeren syg de dage, "
                    + "det dækker.")
    @ApiResponse(responseCode = "201", description = "Registreret. ETag er version 1.")
    @ApiResponse(responseCode = "403", description = "KRAEVER_ROLLE: kun rollen SYSTEM skriver borgerens situation.")
    @ApiResponse(responseCode = "422", description = "Felter eller overlap; se fejl[].kode.")
    ResponseEntity<PeriodeSvar> opret(Kald kald, @PathVariable String periodeslag,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(description = "Perioden med sit slags kodefelt.", required = true,
            content = @Content(mediaType = "application/json", examples = {
                    @ExampleObject(name = "kontaktgruppeperioder", value = Eksempler.KONTAKTGRUPPEPERIODE),
                    @ExampleObject(name = "fravaer", value = Eksempler.FRAVAER),
                    @ExampleObject(name = "jobcentertilknytninger", value = Eksempler.JOBCENTERTILKNYTNING),
                    @ExampleObject(name = "akassemedlemskaber", value = Eksempler.AKASSEMEDLEMSKAB),
                    @ExampleObject(name = "andenaktoer-henvisninger", value = Eksempler.ANDENAKTOER_HENVISNING),
                    @ExampleObject(name = "undtagelser", value = Eksempler.UNDTAGELSE)}))
            @RequestBody PeriodeAnmodning anmodning) {
        return opret(kald, slag(periodeslag), anmodning);
    }

    @GetMapping("/{id}")
    @Operation(summary = "Hent perioden", description = "Den aktuelle version. ETag er versionen; send den i If-Match ved rettelse og afslutning.")
    @ApiResponse(responseCode = "404", description = "PERIODE_FINDES_IKKE.")
    ResponseEntity<PeriodeSvar> hent(Kald kald, @PathVariable String periodeslag, @PathVariable long id) {
        Periodeslag<?> slag = slag(periodeslag);
        RegistreretPeriode<?> periode = fundet(id, service.hent(slag, id));
        kraevSynlig(kald, periode);
        return medVersion(periode);
    }

    @PutMapping(path = "/{id}", consumes = "application/json")
    @Operation(summary = "Ret en periode",
            description = "Nyt indhold bygget på versionen i If-Match. Kontrolleres igen, som var det en ny periode, mod borgerens øvrige perioder. "
                    + "Giver en ny version; den gamle bevares i historikken. Allerede registrerede samtaler ændres ikke.")
    @ApiResponse(responseCode = "200", description = "Rettet. ETag er den nye version.")
    @ApiResponse(responseCode = "403", description = "KRAEVER_ROLLE: kun rollen SYSTEM ændrer borgerens situation.")
    @ApiResponse(responseCode = "404", description = "PERIODE_FINDES_IKKE.")
    @ApiResponse(responseCode = "412", description = "VERSION_FORAELDET: der er kommet en nyere version. ETag er den aktuelle.")
    @ApiResponse(responseCode = "422", description = "Felter eller overlap; se fejl[].kode. Intet er ændret.")
    @ApiResponse(responseCode = "428", description = "IF_MATCH_MANGLER.")
    ResponseEntity<PeriodeSvar> ret(Kald kald, @PathVariable String periodeslag, @PathVariable long id,
            @Parameter(description = "Versionen, rettelsen bygger på (ETag fra GET), f.eks. \"1\".", required = true)
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(description = "Det nye indhold. CPR-nummeret kan ikke ændres.", required = true,
            content = @Content(mediaType = "application/json", examples = {
                    @ExampleObject(name = "kontaktgruppeperioder", value = Eksempler.KONTAKTGRUPPEPERIODE_RETTELSE),
                    @ExampleObject(name = "fravaer", value = Eksempler.FRAVAER_RETTELSE),
                    @ExampleObject(name = "jobcentertilknytninger", value = Eksempler.JOBCENTERTILKNYTNING_RETTELSE),
                    @ExampleObject(name = "akassemedlemskaber", value = Eksempler.AKASSEMEDLEMSKAB_RETTELSE),
                    @ExampleObject(name = "andenaktoer-henvisninger", value = Eksempler.ANDENAKTOER_HENVISNING_RETTELSE),
                    @ExampleObject(name = "undtagelser", value = Eksempler.UNDTAGELSE_RETTELSE)}))
            @RequestBody PeriodeAnmodning rettelse) {
        return ret(kald, slag(periodeslag), id, ifMatch, rettelse);
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
    ResponseEntity<PeriodeSvar> afslut(Kald kald, @PathVariable String periodeslag, @PathVariable long id,
            @Parameter(description = "Versionen, afslutningen bygger på (ETag fra GET), f.eks. \"1\".", required = true)
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(description = "Periodens sidste dag.", required = true,
            content = @Content(mediaType = "application/json", examples = @ExampleObject(value = Eksempler.AFSLUTNING)))
            @RequestBody Afslutning afslutning) {
        Periodeslag<?> slag = slag(periodeslag);
        adgang.kraevRolle(kald, null, slag.skrivesAf());
        int forventet = Versionsbetingelse.forventetVersion(ifMatch);
        Overtraedelser fejl = new Overtraedelser();
        LocalDate til = Felter.dato(Felter.paakraevet(afslutning.til(), "til", fejl), "til", fejl);
        Aendring aendring = aendring(afslutning.begrundelse(), afslutning.ansvarligSagsbehandler(), fejl);
        fejl.kastHvisNogen();
        RegistreretPeriode<?> afsluttet = fundet(id, service.afslut(kald, slag, id, forventet, til, medKalder(aendring, kald)));
        kald.noter(afsluttet.cpr());
        return medVersion(afsluttet);
    }

    @GetMapping("/{id}/historik")
    @Operation(summary = "Periodens historik",
            description = "Alle versioner, ældste først: art (OPRETTET, RETTET, AFSLUTTET), hvem, hvornår, hvorfor, og hvilke felter der ændredes.")
    @ApiResponse(responseCode = "404", description = "PERIODE_FINDES_IKKE.")
    List<HistorikpostDto> historik(Kald kald, @PathVariable String periodeslag, @PathVariable long id) {
        Periodeslag<?> slag = slag(periodeslag);
        kraevSynlig(kald, fundet(id, service.hent(slag, id)));
        return HistorikpostDto.af(fundet(id, service.historik(slag, id)));
    }

    /** Written by the feed (role SYSTEM) only; the version names the body's caseworker, or else the token's. */
    private <P extends Borgerperiode> ResponseEntity<PeriodeSvar> opret(Kald kald, Periodeslag<P> slag, PeriodeAnmodning anmodning) {
        kunEgneFelter(anmodning, slag, true);
        Overtraedelser fejl = new Overtraedelser();
        Cpr cpr = Cpr.fortolk(anmodning.cpr(), "cpr", fejl);
        String kode = slag.laesKode(anmodning.koder().get(slag.kodefelt()), fejl);
        Periode periode = Felter.periode(anmodning.fra(), anmodning.til(), fejl);
        Aendring aendring = new Aendring(AnsvarligSagsbehandlerDto.fortolk(anmodning.ansvarligSagsbehandler(), fejl), null);
        fejl.kastHvisNogen();
        adgang.kraevRolle(kald, cpr, slag.skrivesAf());
        RegistreretPeriode<P> gemt = service.registrer(kald, slag, cpr, slag.af(0, kode, periode), medKalder(aendring, kald));
        return ResponseEntity.created(URI.create("/api/v1/" + slag.samling() + "/" + gemt.periode().id()))
                .eTag(Versionsbetingelse.etag(gemt.version())).body(PeriodeSvar.af(gemt));
    }

    /**
     * If-Match is judged before the body's content, so that a change without a version is 428 whatever it says, and the
     * role before the period is looked up, so that a refusal tells nothing of which periods exist.
     */
    private <P extends Borgerperiode> ResponseEntity<PeriodeSvar> ret(Kald kald, Periodeslag<P> slag, long id, String ifMatch,
                                                                     PeriodeAnmodning rettelse) {
        kunEgneFelter(rettelse, slag, false);
        int forventet = Versionsbetingelse.forventetVersion(ifMatch);
        Overtraedelser fejl = new Overtraedelser();
        String kode = slag.laesKode(rettelse.koder().get(slag.kodefelt()), fejl);
        Periode periode = Felter.periode(rettelse.fra(), rettelse.til(), fejl);
        Aendring aendring = aendring(rettelse.begrundelse(), rettelse.ansvarligSagsbehandler(), fejl);
        fejl.kastHvisNogen();
        adgang.kraevRolle(kald, null, slag.skrivesAf());
        RegistreretPeriode<P> rettet = fundet(id, service.ret(kald, slag, id, forventet, slag.af(id, kode, periode), medKalder(aendring, kald)));
        kald.noter(rettet.cpr());
        return medVersion(rettet);
    }

    /** A field of another kind, or one the operation does not take, is refused as an unknown field is: 400 UKENDT_FELT. */
    private static void kunEgneFelter(PeriodeAnmodning anmodning, Periodeslag<?> slag, boolean registrering) {
        List<String> fremmede = anmodning.fremmedeFelter(slag, registrering);
        if (!fremmede.isEmpty()) {
            throw new Afvist(fremmede.stream().map(felt -> Overtraedelse.af(Fejlkode.UKENDT_FELT, felt)).toList());
        }
    }

    /** Who makes the change and why; both optional. */
    private static Aendring aendring(String begrundelse, AnsvarligSagsbehandlerDto ansvarlig, Overtraedelser fejl) {
        return new Aendring(AnsvarligSagsbehandlerDto.fortolk(ansvarlig, fejl), Aendring.begrundelse(begrundelse, fejl));
    }

    private static Aendring medKalder(Aendring aendring, Kald kald) {
        return aendring.ansvarlig() != null ? aendring : new Aendring(kald.kalder().somSagsbehandler(), aendring.begrundelse());
    }

    /** A caller who may not see the citizen's situation is told the period was not found, as if it did not exist. */
    private void kraevSynlig(Kald kald, RegistreretPeriode<?> periode) {
        if (!adgang.kanLaeseSituation(kald, periode.cpr())) {
            throw AdgangNaegtet.somIkkeFundet(Fejlkode.PERIODE_FINDES_IKKE, periode.periode().id());
        }
    }

    private static ResponseEntity<PeriodeSvar> medVersion(RegistreretPeriode<?> periode) {
        return ResponseEntity.ok().eTag(Versionsbetingelse.etag(periode.version())).body(PeriodeSvar.af(periode));
    }

    private static <T> T fundet(long id, Optional<T> resultat) {
        return resultat.orElseThrow(() -> Afvist.af(Fejlkode.PERIODE_FINDES_IKKE, id));
    }

    /** The path's pattern admits only the collections of {@link Periodeslag#ALLE}. */
    private static Periodeslag<?> slag(String samling) {
        return Periodeslag.medSamling(samling).orElseThrow();
    }
}
