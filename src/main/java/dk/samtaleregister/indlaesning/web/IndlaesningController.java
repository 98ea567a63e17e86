package dk.samtaleregister.indlaesning.web;

import dk.samtaleregister.adgang.application.Adgangskontrol;
import dk.samtaleregister.adgang.application.Kald;
import dk.samtaleregister.adgang.domain.Rolle;
import dk.samtaleregister.faelles.domain.Afvist;
import dk.samtaleregister.faelles.domain.Fejlkode;
import dk.samtaleregister.faelles.domain.Overtraedelse;
import dk.samtaleregister.faelles.domain.Overtraedelser;
import dk.samtaleregister.faelles.web.Problemer;
import dk.samtaleregister.faelles.web.Svarformat;
import dk.samtaleregister.indlaesning.application.Indlaesning;
import dk.samtaleregister.indlaesning.domain.Afvisning;
import dk.samtaleregister.indlaesning.domain.Importart;
import dk.samtaleregister.indlaesning.domain.Importrapport;
import dk.samtaleregister.indlaesning.domain.Overskrift;
import dk.samtaleregister.indlaesning.persistence.Importstaging.UlaeseligLinje;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/v1/import")
@Tag(name = "Indlæsning", description = "Masseindlæsning af historik fra CSV-filer. Kun rollen SYSTEM.")
class IndlaesningController {

    /** The arts of {@link Importart#alle()}; checked at start-up. */
    static final String ARTER = "samtaler|kontaktgruppeperioder|fravaer|jobcentertilknytninger|akassemedlemskaber|andenaktoer-henvisninger"
            + "|undtagelser";

    private static final String EKSEMPEL = "cpr;afholdt;samtaletype;kontaktform;samtaleinformation;flereMyndigheder;deltagelsesstatus;"
            + "planlagtSamtale;ansvarligSagsbehandler.ident;ansvarligSagsbehandler.myndighed.type;ansvarligSagsbehandler.myndighed.kode\n"
            + "0101901234;2021-03-01T10:00;7;PERSONLIGT_FREMMOEDE;Aftalt jobsøgning.;false;;;jc101-mhan;JOBCENTER;101\n";

    /** The header line is read before the rows stream on; a longer one is no header of ours. */
    private static final int MAKS_OVERSKRIFT = 4096;

    @Schema(name = "ImportFejl", description = "En række, der ikke blev indlæst: dens linje (overskriften er linje 1) og hver grund.")
    record AfvistRaekke(long linje, List<Problemer.Fejl> fejl) {
        static AfvistRaekke af(Afvisning a) {
            return new AfvistRaekke(a.linje(), a.fejl().stream().map(Problemer.Fejl::af).toList());
        }
    }

    @Schema(name = "ImportRapport", description = "Hvad indlæsningen gjorde: filens rækker, hvor mange der blev indlæst, og hver afvist række.")
    record Rapport(long raekker, long indlaest, long afvist, List<AfvistRaekke> afviste) {
        static Rapport af(Importrapport r) {
            return new Rapport(r.raekker(), r.indlaest(), r.afviste().size(), r.afviste().stream().map(AfvistRaekke::af).toList());
        }
    }

    private final Indlaesning indlaesning;
    private final Adgangskontrol adgang;

    IndlaesningController(Indlaesning indlaesning, Adgangskontrol adgang) {
        if (!List.of(ARTER.split("\\|")).equals(Importart.alle().stream().map(Importart::navn).toList())) {
            throw new IllegalStateException("The import paths " + ARTER + " are not the arts of Importart.alle()");
        }
        this.indlaesning = indlaesning;
        this.adgang = adgang;
    }

    @PostMapping(path = "/{art:" + ARTER + "}", consumes = "text/csv", produces = {MediaType.APPLICATION_JSON_VALUE, "text/csv"})
    @Operation(summary = "Indlæs en CSV-fil",
            description = "Filen er UTF-8 med semikolon mellem felterne og en overskrift, der navngiver kolonnerne med de samme navne som "
                    + "felterne i den enkelte POST (indlejrede med punktum: ansvarligSagsbehandler.myndighed.kode). Hver række bedømmes efter "
                    + "de samme regler som API'et: samtaler i den rækkefølge, de blev afholdt, pr. borger, mod perioderne i registret og "
                    + "tidligere i filen; en samtale skal navngive sin ansvarlige sagsbehandler og myndighed. En borgers rækker indlæses "
                    + "samlet eller slet ikke; med alleEllerIngen=true gælder det hele filen. Svaret tæller rækkerne og giver hver afvist "
                    + "række med linjenummer og fejlkoder (som CSV med Accept: text/csv). Med Idempotency-Key indlæses en gentaget fil "
                    + "ikke to gange. Hver indlæst række giver sin hændelse og logges som enhver anden skrivning.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, description = "CSV-filen: UTF-8, semikolon, overskrift først.",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = "string"),
                    examples = @ExampleObject(value = EKSEMPEL)))
    @ApiResponse(responseCode = "200", description = "Filen er læst; se indlaest og afviste.", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = Rapport.class)),
            @Content(mediaType = "text/csv", schema = @Schema(type = "string", description = "De afviste rækker: linje;kode;felt;besked."))})
    @ApiResponse(responseCode = "400", description = "FIL_UDEN_OVERSKRIFT, UKENDT_FELT, KOLONNE_GENTAGET eller CSV_UGYLDIG: filen kan ikke læses. Intet er indlæst.")
    @ApiResponse(responseCode = "403", description = "KRAEVER_ROLLE: kun rollen SYSTEM indlæser.")
    @ApiResponse(responseCode = "422", description = "FIL_AFVIST: med alleEllerIngen=true er en række afvist, og intet er indlæst; afviste lister dem.")
    ResponseEntity<?> indlaes(Kald kald,
            @Parameter(description = "Hvad filen indlæser: den enkelte POSTs sidste led.", example = "samtaler") @PathVariable String art,
            @Parameter(description = "true: hele filen indlæses samlet eller slet ikke. Standard false: hver borger for sig.")
            @RequestParam(required = false) String alleEllerIngen,
            @Parameter(hidden = true) @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept,
            HttpServletRequest anmodning) throws IOException {
        adgang.kraevRolle(kald, null, Rolle.SYSTEM);
        Importart importart = Importart.medNavn(art).orElseThrow();
        Overtraedelser fejl = new Overtraedelser();
        boolean samlet = sandhed(alleEllerIngen, fejl);
        InputStream krop = anmodning.getInputStream();
        List<String> kolonner = Overskrift.fortolk(overskrift(krop), importart, fejl);
        if (!fejl.ingen()) {
            throw new Afvist(fejl.liste());
        }
        Importrapport rapport;
        try {
            rapport = indlaesning.indlaes(kald, importart, kolonner, krop, samlet);
        } catch (UlaeseligLinje ulaeselig) {
            throw Afvist.af(Fejlkode.CSV_UGYLDIG, ulaeselig.linje(), kolonner.size());
        } catch (Indlaesning.FilAfvist afvist) {
            ResponseEntity<Object> problem = Problemer.svar(Overtraedelse.af(Fejlkode.FIL_AFVIST, null, afvist.rapport().afviste().size()));
            Rapport r = Rapport.af(afvist.rapport());
            ProblemDetail detaljer = (ProblemDetail) problem.getBody();
            detaljer.setDetail(afvist.rapport().afviste().size() + " rækker er afvist. Intet er indlæst.");
            detaljer.setProperty("raekker", r.raekker());
            detaljer.setProperty("indlaest", r.indlaest());
            detaljer.setProperty("afvist", r.afvist());
            detaljer.setProperty("afviste", r.afviste());
            return problem;
        }
        if (Svarformat.vilHaveCsv(accept)) {
            return ResponseEntity.ok().contentType(Svarformat.CSV).body(csv(rapport));
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(Rapport.af(rapport));
    }

    /** The rejected rows, one line per violation. */
    static String csv(Importrapport rapport) {
        StringBuilder csv = new StringBuilder("linje;kode;felt;besked\r\n");
        for (Afvisning a : rapport.afviste()) {
            for (Overtraedelse o : a.fejl()) {
                csv.append(a.linje()).append(';').append(o.kode().name()).append(';').append(o.felt() == null ? "" : felt(o.felt()))
                        .append(';').append(felt(o.besked())).append("\r\n");
            }
        }
        return csv.toString();
    }

    /** Quoted when it holds a separator, quote or line break (RFC 4180). */
    private static String felt(String tekst) {
        if (tekst.indexOf(';') < 0 && tekst.indexOf('"') < 0 && tekst.indexOf('\n') < 0 && tekst.indexOf('\r') < 0) {
            return tekst;
        }
        return '"' + tekst.replace("\"", "\"\"") + '"';
    }

    /** The first line, read byte by byte so that nothing of the rows after it is taken from the stream; without a BOM. */
    private static String overskrift(InputStream krop) throws IOException {
        ByteArrayOutputStream linje = new ByteArrayOutputStream(256);
        for (int b = krop.read(); b != -1 && b != '\n'; b = krop.read()) {
            if (linje.size() >= MAKS_OVERSKRIFT) {
                return null;
            }
            linje.write(b);
        }
        String tekst = linje.toString(StandardCharsets.UTF_8);
        if (tekst.startsWith("\uFEFF")) {
            tekst = tekst.substring(1);
        }
        return tekst.endsWith("\r") ? tekst.substring(0, tekst.length() - 1) : tekst;
    }

    private static boolean sandhed(String vaerdi, Overtraedelser fejl) {
        if (vaerdi == null || vaerdi.equals("false")) {
            return false;
        }
        if (vaerdi.equals("true")) {
            return true;
        }
        fejl.tilfoej(Fejlkode.UGYLDIG_PARAMETER, "alleEllerIngen");
        return false;
    }
}
