package dk.samtaleregister.eksport.web;

import dk.samtaleregister.adgang.application.Kald;
import dk.samtaleregister.borger.domain.Periodeslag;
import dk.samtaleregister.eksport.application.EksportService;
import dk.samtaleregister.faelles.domain.Afvist;
import dk.samtaleregister.faelles.domain.Fejlkode;
import dk.samtaleregister.faelles.domain.Felter;
import dk.samtaleregister.faelles.domain.Overtraedelser;
import dk.samtaleregister.faelles.web.Svarformat;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.DisconnectedClientHelper;

/**
 * The bulk export as CSV: the conversations, and each kind of period on the path of its collection
 * ({@link Periodeslag#samling()}); the OpenAPI document shows each kind on its own path, as it does the periods' own
 * endpoints. The answer streams: it is opened only once the days are checked, the caller's rows decided and the audit
 * record written, so a refusal is an ordinary problem answer and nothing of the file has left.
 */
@RestController
@RequestMapping(path = EksportController.STI, produces = "text/csv")
@Tag(name = "Eksport", description = "Alt, hvad kalderen må se af én slags, som CSV til masseudtræk og genindlæsning.")
class EksportController {

    static final String STI = "/api/v1/eksport";

    private static final String SAMTALER = "samtaler";

    private static final String SAMTALEKOLONNER = "samtalenummer;cpr;afholdt;samtaletype;kontaktform;samtaleinformation;flereMyndigheder;"
            + "deltagelsesstatus;planlagtSamtale;ansvarligSagsbehandler.ident;ansvarligSagsbehandler.myndighed.type;"
            + "ansvarligSagsbehandler.myndighed.kode;aftalenummer;samtykkeloebenummer;nulstillende;status;registreringstidspunkt;version";

    private static final String CSV = "Semikolonsepareret, UTF-8, linjeskift LF, med kolonneoverskrifter; tomt felt for null, "
            + "anførselstegn om værdier med semikolon, anførselstegn eller linjeskift. Værdierne skrives, som API'ets JSON skriver dem "
            + "(tidspunkter ISO-8601 i dansk tid med forskydning, true/false). ";

    private static final String DAGE = "fra og til er dage (yyyy-mm-dd), begge medregnet; til ikke før fra. ";

    private static final String FRA = "Første dag (yyyy-mm-dd).";

    private static final String TIL = "Sidste dag (yyyy-mm-dd), ikke før fra.";

    private static final String ADGANG = "STAR får alle borgeres; et jobcenter, en a-kasse og en anden aktør de borgeres, der er deres i dag. "
            + "Hvert udtræk logges som én post i adgangsloggen med kalderen, slagsen og dagene, før den første række sendes.";

    private static final String AFVIST = "FELT_MANGLER, UGYLDIG_DATO eller TIL_FOER_FRA; alle fejl på én gang, og intet er udtrukket.";

    /** A day as ISO-8601 writes one with four digits for the year: what PostgreSQL's date can hold, from 0001. */
    private static final Pattern DAG = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private static final Logger LOG = LoggerFactory.getLogger(EksportController.class);

    private final EksportService service;

    EksportController(EksportService service) {
        this.service = service;
    }

    @GetMapping("/" + SAMTALER)
    @Operation(summary = "Udtræk afholdte samtaler som CSV",
            description = "Samtalerne afholdt på dagene [fra, til] (dansk tid), også annullerede (status ANNULLERET), i den rækkefølge de "
                    + "blev afholdt. Kolonnerne er felterne i svaret på GET /api/v1/samtaler/{samtalenummer} med deres JSON-navne, de "
                    + "indlejrede med punktum. " + DAGE + ADGANG + " En a-kasse får kun de samtaletyper, den må se.")
    @ApiResponse(responseCode = "200", description = "Samtalerne som CSV; filnavnet i Content-Disposition.",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = "string", description = CSV + "Kolonner: " + SAMTALEKOLONNER)))
    @ApiResponse(responseCode = "422", description = AFVIST)
    void samtaler(Kald kald,
                  @Parameter(description = FRA, required = true, example = "2024-01-01") @RequestParam(required = false) String fra,
                  @Parameter(description = TIL, required = true, example = "2024-12-31") @RequestParam(required = false) String til,
                  HttpServletResponse svar) throws IOException {
        Dage dage = Dage.fortolk(fra, til);
        stroem(SAMTALER, dage,
                () -> service.samtaler(kald, dage.fra(), dage.til(), handling(SAMTALER, dage), csv(svar, SAMTALER, dage)));
    }

    @GetMapping("/{periodeslag}")
    @Operation(summary = "Udtræk perioder i borgerens situation som CSV",
            description = "Perioderne af denne slags, der overlapper dagene [fra, til], i den rækkefølge de begynder. Kolonnerne er "
                    + "felterne i svaret på GET af perioden med deres JSON-navne, med slagsens eget kodefelt: id, cpr, kodefeltet, fra, "
                    + "til, version. " + DAGE + ADGANG + " En kalder med rollen SYSTEM (DFDG-feedet) får alle borgeres perioder, "
                    + "som den kan læse enhver borgers situation.")
    @ApiResponse(responseCode = "200", description = "Perioderne som CSV; filnavnet i Content-Disposition.",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = "string", description = CSV + "Kolonner: id;cpr;kodefeltet;"
                    + "fra;til;version, hvor kodefeltet er kontaktgruppe, fravaerstype, jobcenter, akasse, andenAktoer eller grund.")))
    @ApiResponse(responseCode = "422", description = AFVIST)
    void perioder(Kald kald, @PathVariable String periodeslag,
                  @Parameter(description = FRA, required = true, example = "2024-01-01") @RequestParam(required = false) String fra,
                  @Parameter(description = TIL, required = true, example = "2024-12-31") @RequestParam(required = false) String til,
                  HttpServletResponse svar) throws IOException {
        Periodeslag<?> slag = Periodeslag.medSamling(periodeslag).orElseThrow(() -> Afvist.af(Fejlkode.RESSOURCE_FINDES_IKKE));
        Dage dage = Dage.fortolk(fra, til);
        stroem(slag.samling(), dage,
                () -> service.perioder(kald, slag, dage.fra(), dage.til(), handling(slag.samling(), dage), csv(svar, slag.samling(), dage)));
    }

    /** The days asked for, both included. */
    private record Dage(LocalDate fra, LocalDate til) {

        /** Both required, each a day with a four-digit year, til not before fra; every fault at once. */
        static Dage fortolk(String fra, String til) {
            Overtraedelser fejl = new Overtraedelser();
            LocalDate start = dag(Felter.paakraevet(fra, "fra", fejl), "fra", fejl);
            LocalDate slut = dag(Felter.paakraevet(til, "til", fejl), "til", fejl);
            if (start != null && slut != null && slut.isBefore(start)) {
                fejl.tilfoej(Fejlkode.TIL_FOER_FRA, "til");
            }
            fejl.kastHvisNogen();
            return new Dage(start, slut);
        }

        private static LocalDate dag(String tekst, String felt, Overtraedelser fejl) {
            if (tekst == null) {
                return null;
            }
            if (!DAG.matcher(tekst).matches()) {
                fejl.tilfoej(Fejlkode.UGYLDIG_DATO, felt);
                return null;
            }
            LocalDate dag = Felter.dato(tekst, felt, fejl);
            if (dag != null && dag.getYear() == 0) {
                fejl.tilfoej(Fejlkode.UGYLDIG_DATO, felt);
                return null;
            }
            return dag;
        }
    }

    /** What the audit record says was done: the path with the days as checked, never the text the caller sent. */
    private static String handling(String samling, Dage dage) {
        return "GET " + STI + "/" + samling + "?fra=" + dage.fra() + "&til=" + dage.til();
    }

    /** Opens the answer as the CSV file; until then it can still be a problem answer. */
    private static EksportService.Modtager csv(HttpServletResponse svar, String samling, Dage dage) {
        return () -> {
            svar.setStatus(HttpServletResponse.SC_OK);
            svar.setContentType(Svarformat.CSV.toString());
            String filnavn = samling + "-" + dage.fra() + "-" + dage.til() + ".csv";
            svar.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + filnavn + "\"");
            return svar.getOutputStream();
        };
    }

    @FunctionalInterface
    private interface Udtraek {
        void koer() throws IOException;
    }

    /** A client that goes away in the middle is no fault of the service's: logged as such, not as an error. */
    private static void stroem(String samling, Dage dage, Udtraek udtraek) throws IOException {
        try {
            udtraek.koer();
        } catch (IOException fejl) {
            if (!DisconnectedClientHelper.isClientDisconnectedException(fejl)) {
                throw fejl;
            }
            LOG.info("The client went away during the export of {} {}..{}", samling, dage.fra(), dage.til());
        }
    }
}
