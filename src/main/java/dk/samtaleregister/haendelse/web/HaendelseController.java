package dk.samtaleregister.haendelse.web;

import dk.samtaleregister.adgang.application.Kald;
import dk.samtaleregister.faelles.domain.Afvist;
import dk.samtaleregister.faelles.domain.Fejlkode;
import dk.samtaleregister.faelles.domain.Overtraedelser;
import dk.samtaleregister.haendelse.application.Haendelser;
import dk.samtaleregister.haendelse.domain.Haendelsesside;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/v1/haendelser", produces = "application/json")
@Tag(name = "Hændelser", description = "Hver ændring af en borgers oplysninger som en hændelse, i rækkefølge, til sagssystemer.")
class HaendelseController {

    @Schema(name = "Haendelsesside", description = "Hændelserne efter den position, der blev spurgt fra, som kalderen må se, i positionsorden.")
    record Side(List<HaendelseSvar> haendelser,
                @Schema(description = "Spørg herfra næste gang (efter=...): den sidste position, læsningen dækkede, også når kalderen "
                        + "ikke måtte se dens hændelse.") long naesteEfter,
                @Schema(description = "Strømmens sidste position lige nu; naesteEfter = sidstePosition betyder, at læseren er à jour.")
                long sidstePosition) {
    }

    private final Haendelser haendelser;

    HaendelseController(Haendelser haendelser) {
        this.haendelser = haendelser;
    }

    @GetMapping
    @Operation(summary = "Læs hændelsesstrømmen",
            description = "Hændelserne efter position efter, højst max, i den rækkefølge de blev registreret; positionerne vokser og har "
                    + "ingen huller, og en læser, der har læst til position P, får aldrig senere en ny hændelse på P eller før. Én borgers "
                    + "hændelser kommer i den rækkefølge, ændringerne skete. STAR ser alle; et jobcenter, en a-kasse og en anden aktør ser "
                    + "hændelserne om de borgere, der er deres i dag, og en a-kasse kun de samtaletyper, den må se. Hver læsning logges "
                    + "som én post i adgangsloggen med de positioner, den dækkede.")
    @ApiResponse(responseCode = "200", description = "Hændelserne og positionen, der spørges fra næste gang.")
    @ApiResponse(responseCode = "400", description = "TAL_UDEN_FOR_GRAENSER: efter eller max er ikke et helt tal inden for grænserne.")
    Side laes(Kald kald,
              @Parameter(description = "Den sidste position, læseren har; 0 (standard) fra begyndelsen.", example = "0")
              @RequestParam(required = false) String efter,
              @Parameter(description = "Højst så mange hændelser, 1-" + Haendelser.MAKS + "; standard " + Haendelser.STANDARD + ".",
                      example = "100") @RequestParam(required = false) String max) {
        Overtraedelser fejl = new Overtraedelser();
        long fra = heltal(efter, "efter", 0, 0, Long.MAX_VALUE, fejl);
        long antal = heltal(max, "max", Haendelser.STANDARD, 1, Haendelser.MAKS, fejl);
        if (!fejl.ingen()) {
            throw new Afvist(fejl.liste());
        }
        Haendelsesside side = haendelser.laes(kald, fra, (int) antal);
        return new Side(side.haendelser().stream().map(HaendelseSvar::af).toList(), side.naesteEfter(), side.sidstePosition());
    }

    /** The parameter as a whole number within mindst..hoejst; {@code standard} if it is left out. */
    private static long heltal(String vaerdi, String navn, long standard, long mindst, long hoejst, Overtraedelser fejl) {
        if (vaerdi == null) {
            return standard;
        }
        try {
            long tal = Long.parseLong(vaerdi);
            if (tal >= mindst && tal <= hoejst) {
                return tal;
            }
        } catch (NumberFormatException ikkeTal) {
            // reported below, as a number out of bounds is
        }
        fejl.tilfoej(Fejlkode.TAL_UDEN_FOR_GRAENSER, navn, mindst, hoejst);
        return standard;
    }
}
