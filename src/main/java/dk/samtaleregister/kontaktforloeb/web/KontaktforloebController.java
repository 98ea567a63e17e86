package dk.samtaleregister.kontaktforloeb.web;

import dk.samtaleregister.adgang.application.Kald;
import dk.samtaleregister.faelles.domain.Cpr;
import dk.samtaleregister.faelles.domain.DanskTid;
import dk.samtaleregister.faelles.domain.Felter;
import dk.samtaleregister.faelles.domain.Overtraedelser;
import dk.samtaleregister.kontaktforloeb.application.KontaktforloebService;
import dk.samtaleregister.kontaktforloeb.domain.Kontaktforloeb;
import dk.samtaleregister.kontaktforloeb.domain.KravResultat;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/v1/kontaktforloeb", produces = "application/json")
@Tag(name = "Kontaktforløb", description = "De lovpligtige kontaktkrav, deres frister, og om de blev opfyldt i tide.")
class KontaktforloebController {

    private static final String EKSEMPEL = """
            {"cpr": "0101901234", "pr": "2024-06-30"}""";

    // Named, since "Anmodning" and "Svar" are also other controllers' record names (see DemoTokenController).
    @Schema(name = "KontaktforloebAnmodning", description = "Hvis kontaktforløb, og pr. hvilken dag. CPR-nummeret sendes i indholdet, aldrig i adressen.")
    record Anmodning(
            @Schema(example = "0101901234") String cpr,
            @Schema(description = "Dagen, der dømmes pr. (dansk dag); udeladt: i dag.", example = "2024-06-30", nullable = true) String pr) {
    }

    record KravSvar(String kode, String beskrivelse, String hjemmel,
                    @Schema(description = "Den offentlige kilde til kravet.") String kilde, String ansvarlig, LocalDate vindueFra,
                    LocalDate frist, int antalKraevet, int antalAfholdt,
                    @Schema(description = "OPFYLDT, IKKE_OPFYLDT, AABEN eller UNDTAGET.") String status,
                    @Schema(description = "Grunden til undtagelsen, når status er UNDTAGET.", nullable = true) String undtagelsesgrund,
                    @Schema(description = "Målet i procent af jobcentrets forløb (lov 1750/2025), for de krav, der har et.", nullable = true)
                    Integer maal,
                    List<Long> talteSamtaler) {
        static KravSvar af(KravResultat k) {
            return new KravSvar(k.kode(), k.beskrivelse(), k.hjemmel(), k.kilde(), k.ansvarlig().name(), k.vindueFra(), k.frist(),
                    k.antalKraevet(), k.antalAfholdt(), k.status().name(), k.undtaget() == null ? null : k.undtaget().name(), k.maal(),
                    k.talteSamtaler());
        }
    }

    record ForloebSvar(int kontaktgruppe, String kontaktgruppenavn, LocalDate start, LocalDate slut, LocalDate naesteFrist,
                       @Schema(description = "Hvorfor forløbet ingen krav har, når det ingen har.", nullable = true) String bemaerkning,
                       List<KravSvar> krav) {
        static ForloebSvar af(Kontaktforloeb f) {
            return new ForloebSvar(f.kontaktgruppe().nummer(), f.kontaktgruppe().navn(), f.start(), f.slut(), f.naesteFrist(),
                    f.bemaerkning(), f.krav().stream().map(KravSvar::af).toList());
        }
    }

    @Schema(name = "KontaktforloebSvar", description = "Borgerens kontaktforløb, hvert med sine krav bedømt pr. dagen.")
    record Svar(String cpr, LocalDate pr, List<ForloebSvar> kontaktforloeb) {
    }

    private final KontaktforloebService service;
    private final Clock ur;

    KontaktforloebController(KontaktforloebService service, Clock ur) {
        this.service = service;
        this.ur = ur;
    }

    @PostMapping(consumes = "application/json")
    @Operation(summary = "Beregn en borgers kontaktforløb",
            description = "Hvert kontaktforløb (et pr. kontaktgruppeperiode; dagpenge tælles i akkumulerede dage) med sine krav: vindue, "
                    + "frist, antal krævet og afholdt, status (OPFYLDT, IKKE_OPFYLDT, AABEN, UNDTAGET), hjemmel og kilde, og de samtaler, der talte; og den næste frist. "
                    + "Resultatet beregnes hver gang af det, der er registreret nu; intet gemmes.")
    Svar beregn(Kald kald, @io.swagger.v3.oas.annotations.parameters.RequestBody(description = "Borgeren og dagen.", required = true,
            content = @Content(mediaType = "application/json", examples = @ExampleObject(value = EKSEMPEL))) @RequestBody Anmodning anmodning) {
        Overtraedelser fejl = new Overtraedelser();
        Cpr cpr = Cpr.fortolk(anmodning.cpr(), "cpr", fejl);
        LocalDate pr = Felter.dato(anmodning.pr(), "pr", fejl);
        fejl.kastHvisNogen();
        LocalDate dag = pr != null ? pr : DanskTid.dag(ur.instant());
        return new Svar(cpr.cifre(), dag, service.beregn(kald, cpr, dag).stream().map(ForloebSvar::af).toList());
    }
}
