package dk.samtaleregister.adgangslog.web;

import dk.samtaleregister.adgang.application.Adgangskontrol;
import dk.samtaleregister.adgang.application.Kald;
import dk.samtaleregister.adgangslog.application.Adgangslog;
import dk.samtaleregister.adgangslog.domain.Logpost;
import dk.samtaleregister.adgangslog.domain.Logsoegning;
import dk.samtaleregister.faelles.domain.AnsvarligSagsbehandler;
import dk.samtaleregister.faelles.domain.Cpr;
import dk.samtaleregister.faelles.domain.DanskTid;
import dk.samtaleregister.faelles.domain.Fejlkode;
import dk.samtaleregister.faelles.domain.Felter;
import dk.samtaleregister.faelles.domain.Overtraedelser;
import dk.samtaleregister.faelles.web.Svarformat;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

@RestController
@RequestMapping(path = "/api/v1/audit")
@Tag(name = "Adgangslog", description = "Hvem har set og ændret hvilke borgeres oplysninger. Kun for STAR.")
class AdgangslogController {

    /** A JSON answer holds at most this many records; more is what the CSV export is for. */
    static final int MAKS_JSON = 10_000;
    static final int MAKS_CSV = 5_000_000;

    private static final String EKSEMPEL = """
            {"cpr": "0101901234", "ident": null, "fra": "2026-11-01", "til": "2026-11-30"}""";
    private static final String CSV_OVERSKRIFT = "tidspunkt;korrelationsId;ident;myndighedstype;myndighedskode;cpr;handling;udfald;status;"
            + "foerstePosition;sidstePosition\r\n";

    // Named, since "Soegning", "Svar" and the like are also other controllers' record names (see DemoTokenController).
    @Schema(name = "AdgangslogSoegning", description = "Hvad der søges efter; alle felter kan udelades. fra og til er dage i dansk tid, begge medregnet.")
    record Soegning(@Schema(example = "0101901234", nullable = true) String cpr,
                    @Schema(example = "jc101-mhan", nullable = true) String ident,
                    @Schema(example = "2026-11-01", nullable = true) String fra,
                    @Schema(example = "2026-11-30", nullable = true) String til) {
    }

    @Schema(name = "AdgangslogMyndighed", description = "Kalderens myndighed.")
    record MyndighedSvar(String type, String kode) {
    }

    @Schema(name = "AdgangslogPositioner", description = "De positioner i hændelsesstrømmen, en læsning dækkede, begge medregnet.")
    record PositionerSvar(long foerste, long sidste) {
    }

    @Schema(name = "AdgangslogPost", description = "Én forespørgsel: hvornår, hvem, hvilken borger (null, hvis ingen), hvad, udfald og HTTP-status. "
            + "En læsning af hændelsesstrømmen er én post uden borger, med de positioner, den dækkede; en søgning på en borger finder de "
            + "læsninger, der bar borgerens hændelser.")
    record PostSvar(long id, Instant tidspunkt, String korrelationsId, String ident, MyndighedSvar myndighed, String cpr,
                    String handling, String udfald, int status,
                    @Schema(nullable = true, description = "Kun læsninger af hændelsesstrømmen.") PositionerSvar positioner) {
        static PostSvar af(Logpost p) {
            return new PostSvar(p.id(), p.tidspunkt(), p.korrelationsId(), p.ident(),
                    new MyndighedSvar(p.myndighed().type().name(), p.myndighed().kode()), p.cpr() == null ? null : p.cpr().cifre(),
                    p.handling(), p.udfald().name(), p.status(),
                    p.positioner() == null ? null : new PositionerSvar(p.positioner().foerste(), p.positioner().sidste()));
        }
    }

    @Schema(name = "AdgangslogSvar", description = "Posterne, ældste først. afkortet er true, når der var flere end " + MAKS_JSON + "; hent dem som CSV eller i mindre perioder.")
    record Svar(int antal, boolean afkortet, List<PostSvar> poster) {
    }

    private final Adgangslog adgangslog;
    private final Adgangskontrol adgang;
    private final JsonMapper json;

    AdgangslogController(Adgangslog adgangslog, Adgangskontrol adgang, JsonMapper json) {
        this.adgangslog = adgangslog;
        this.adgang = adgang;
        this.json = json;
    }

    @PostMapping(path = "/soeg", consumes = "application/json", produces = {MediaType.APPLICATION_JSON_VALUE, "text/csv"})
    @Operation(summary = "Søg i adgangsloggen",
            description = "Kun STAR. Hver forespørgsel på en borgers oplysninger, tilladt eller ej: hvornår, hvem (ident og myndighed), "
                    + "hvilken borger, hvad (metode og adresse), udfald (GODKENDT, NAEGTET, AFVIST, FEJL), HTTP-status og korrelations-id. "
                    + "Med Accept: text/csv fås alle poster som CSV (semikolon, UTF-8) til eksport; JSON rummer højst " + MAKS_JSON + " poster. "
                    + "Søgningen logges selv, med den søgte borger.")
    @ApiResponse(responseCode = "200", description = "Posterne som JSON eller CSV.", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = Svar.class)),
            @Content(mediaType = "text/csv", schema = @Schema(type = "string",
                    description = "Semikolonsepareret med kolonneoverskrifter: " + "tidspunkt;korrelationsId;ident;myndighedstype;myndighedskode;cpr;handling;udfald;status;foerstePosition;sidstePosition"))})
    @ApiResponse(responseCode = "403", description = "INGEN_ADGANG: kun STAR må søge i loggen.")
    @ApiResponse(responseCode = "422", description = "Felterne; alle fejl på én gang.")
    void soeg(Kald kald,
              @io.swagger.v3.oas.annotations.parameters.RequestBody(description = "Borgeren, sagsbehandleren og dagene.", required = true,
              content = @Content(mediaType = "application/json", examples = @ExampleObject(value = EKSEMPEL))) @RequestBody Soegning soegning,
              @Parameter(hidden = true) @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept,
              HttpServletRequest anmodning, HttpServletResponse svar) throws IOException {
        Logsoegning kriterier = kriterier(soegning);
        kald.noter(kriterier.cpr());
        adgang.kraevStar(kald);
        // Logged before the first record leaves: the answer streams, so the outcome is known now or never.
        adgangslog.noter(kald, AdgangslogFilter.handling(anmodning), HttpServletResponse.SC_OK, false);
        svar.setStatus(HttpServletResponse.SC_OK);
        if (Svarformat.vilHaveCsv(accept)) {
            svar.setContentType(Svarformat.CSV.toString());
            svar.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"adgangslog.csv\"");
            Writer ud = new BufferedWriter(new OutputStreamWriter(svar.getOutputStream(), StandardCharsets.UTF_8), 1 << 16);
            ud.write(CSV_OVERSKRIFT);
            adgangslog.soeg(kriterier, MAKS_CSV, post -> skriv(ud, post));
            ud.flush();
            return;
        }
        List<PostSvar> poster = new ArrayList<>();
        adgangslog.soeg(kriterier, MAKS_JSON + 1L, post -> poster.add(PostSvar.af(post)));
        boolean afkortet = poster.size() > MAKS_JSON;
        List<PostSvar> vist = afkortet ? poster.subList(0, MAKS_JSON) : poster;
        svar.setContentType(MediaType.APPLICATION_JSON_VALUE);
        json.writeValue(svar.getOutputStream(), new Svar(vist.size(), afkortet, vist));
    }

    private static Logsoegning kriterier(Soegning soegning) {
        Overtraedelser fejl = new Overtraedelser();
        Cpr cpr = soegning.cpr() == null ? null : Cpr.fortolk(soegning.cpr(), "cpr", fejl);
        String ident = soegning.ident() == null ? null : Felter.tekst(soegning.ident(), AnsvarligSagsbehandler.MAKS_IDENT, "ident", fejl);
        LocalDate fra = Felter.dato(soegning.fra(), "fra", fejl);
        LocalDate til = Felter.dato(soegning.til(), "til", fejl);
        if (fra != null && til != null && til.isBefore(fra)) {
            fejl.tilfoej(Fejlkode.TIL_FOER_FRA, "til");
        }
        fejl.kastHvisNogen();
        return new Logsoegning(cpr, ident, fra == null ? null : fra.atStartOfDay(DanskTid.ZONE).toInstant(),
                til == null ? null : til.plusDays(1).atStartOfDay(DanskTid.ZONE).toInstant());
    }

    private static void skriv(Writer ud, Logpost p) {
        try {
            ud.write(p.tidspunkt().toString());
            ud.write(';');
            ud.write(p.korrelationsId());
            ud.write(';');
            ud.write(csvFelt(p.ident()));
            ud.write(';');
            ud.write(p.myndighed().type().name());
            ud.write(';');
            ud.write(csvFelt(p.myndighed().kode()));
            ud.write(';');
            ud.write(p.cpr() == null ? "" : p.cpr().cifre());
            ud.write(';');
            ud.write(csvFelt(p.handling()));
            ud.write(';');
            ud.write(p.udfald().name());
            ud.write(';');
            ud.write(Integer.toString(p.status()));
            ud.write(';');
            ud.write(p.positioner() == null ? ";" : p.positioner().foerste() + ";" + p.positioner().sidste());
            ud.write("\r\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Quoted when it holds a separator, quote or line break (RFC 4180). */
    static String csvFelt(String vaerdi) {
        if (vaerdi.indexOf(';') < 0 && vaerdi.indexOf('"') < 0 && vaerdi.indexOf('\n') < 0 && vaerdi.indexOf('\r') < 0) {
            return vaerdi;
        }
        return '"' + vaerdi.replace("\"", "\"\"") + '"';
    }
}
