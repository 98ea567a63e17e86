package dk.samtaleregister.regler.web;

import dk.samtaleregister.faelles.domain.Kode;
import dk.samtaleregister.faelles.domain.Myndighedstype;
import dk.samtaleregister.regler.application.Kontaktforloebsregler;
import dk.samtaleregister.regler.domain.Deltagelsesstatus;
import dk.samtaleregister.regler.domain.Fravaerstype;
import dk.samtaleregister.regler.domain.Kontaktform;
import dk.samtaleregister.regler.domain.Kontaktgruppe;
import dk.samtaleregister.regler.domain.RaskSyg;
import dk.samtaleregister.regler.domain.Regelbog;
import dk.samtaleregister.regler.domain.Samtaletype;
import dk.samtaleregister.regler.domain.Tidsbestemt;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/v1/referencedata", produces = "application/json")
@Tag(name = "Referencedata", description = "Kodelister og de regelsæt, registret dømmer efter.")
class ReferencedataController {

    record IdKode(int id, String navn) {
    }

    record TekstKode(String kode, String navn) {
    }

    record Fravaerskode(String kode, int id, String navn) {
    }

    record Gruppelovlighed(int kontaktgruppe, String navn, List<Integer> rask, List<Integer> syg) {
    }

    record TypeNulstillende(int samtaletype, List<String> kontaktformer) {
    }

    record Forbehold(int kontaktgruppe, int samtaletype, String myndighedstype) {
    }

    record TypeDeltagelse(int samtaletype, List<String> tilladte, boolean kraevet) {
    }

    record Version<T>(LocalDate gyldigFra, LocalDate gyldigTil, List<T> regler) {
    }

    record Regelsaet(List<Version<Gruppelovlighed>> lovlighed, List<Version<TypeNulstillende>> nulstillende,
                     List<Version<Forbehold>> myndighedsforbehold, List<Version<TypeDeltagelse>> deltagelsesstatus,
                     List<Version<Integer>> akassensSamtaletyper,
                     @Schema(description = "Kontaktforløbets krav, én række pr. version, dateret efter forløbets start, med hjemmel og kilde.")
                     List<Kontaktforloebsregler.Kravversion> kontaktforloebskrav,
                     @Schema(description = "Hvilke krav hver undtagelsesgrund gælder for, dateret efter fristen, med hjemmel og kilde.")
                     List<Kontaktforloebsregler.Undtagelsesregel> undtagelser) {
    }

    private final Regelbog regelbog;
    private final Kontaktforloebsregler kontaktforloeb;

    ReferencedataController(Regelbog regelbog, Kontaktforloebsregler kontaktforloeb) {
        this.regelbog = regelbog;
        this.kontaktforloeb = kontaktforloeb;
    }

    @GetMapping("/samtaletyper")
    @Operation(summary = "Samtaletyper med DFDG-id")
    List<IdKode> samtaletyper() {
        return Arrays.stream(Samtaletype.values()).map(t -> new IdKode(t.id(), t.navn())).toList();
    }

    @GetMapping("/kontaktgrupper")
    @Operation(summary = "Kontaktgrupper 1-28 (der er ingen 9)")
    List<IdKode> kontaktgrupper() {
        return Arrays.stream(Kontaktgruppe.values()).map(g -> new IdKode(g.nummer(), g.navn())).toList();
    }

    @GetMapping("/kontaktformer")
    @Operation(summary = "Kontaktformer")
    List<TekstKode> kontaktformer() {
        return tekstkoder(Kontaktform.values());
    }

    @GetMapping("/deltagelsesstatus")
    @Operation(summary = "Status på deltagelse")
    List<TekstKode> deltagelsesstatus() {
        return tekstkoder(Deltagelsesstatus.values());
    }

    @GetMapping("/myndighedstyper")
    @Operation(summary = "Myndighedstyper")
    List<TekstKode> myndighedstyper() {
        return tekstkoder(Myndighedstype.values());
    }

    @GetMapping("/fravaerstyper")
    @Operation(summary = "Fraværstyper med DFDG-id")
    List<Fravaerskode> fravaerstyper() {
        return Arrays.stream(Fravaerstype.values()).map(f -> new Fravaerskode(f.name(), f.id(), f.navn())).toList();
    }

    @GetMapping("/regelsaet")
    @Operation(summary = "Regelsættene som indlæst",
            description = "Lovlige samtaletyper pr. kontaktgruppe og rask/syg (seed 004), den nulstillende tabel, myndighedsforbehold, status på deltagelse og de samtaletyper, en a-kasse må se, hver med gyldighedsperiode; og kontaktforløbets krav og undtagelsesregler med hjemmel og kilde.")
    Regelsaet regelsaet() {
        return new Regelsaet(
                versioner(regelbog.lovlighedsversioner(), tabel -> Arrays.stream(Kontaktgruppe.values())
                        .map(g -> new Gruppelovlighed(g.nummer(), g.navn(), ider(tabel.lovlige(g, RaskSyg.RASK)), ider(tabel.lovlige(g, RaskSyg.SYG))))
                        .toList()),
                versioner(regelbog.nulstillendeversioner(), tabel -> tabel.somKort().entrySet().stream()
                        .map(e -> new TypeNulstillende(e.getKey().id(), e.getValue().stream().map(Enum::name).toList())).toList()),
                versioner(regelbog.myndighedsforbeholdversioner(), forbehold -> forbehold.somListe().stream()
                        .map(f -> new Forbehold(f.kontaktgruppe().nummer(), f.samtaletype().id(), f.myndighedstype().name())).toList()),
                versioner(regelbog.deltagelsesversioner(), regler -> regler.somKort().entrySet().stream()
                        .map(e -> new TypeDeltagelse(e.getKey().id(), e.getValue().tilladte().stream().map(Enum::name).toList(),
                                e.getValue().kraevet())).toList()),
                versioner(regelbog.akasseSynlighedsversioner(), synlighed -> ider(synlighed.synlige())),
                kontaktforloeb.krav(), kontaktforloeb.undtagelser());
    }

    private static <T, R> List<Version<R>> versioner(Tidsbestemt<T> tabel, Function<T, List<R>> regler) {
        return tabel.versioner().stream().map(v -> new Version<>(v.gyldighed().fra(), v.gyldighed().til(), regler.apply(v.indhold()))).toList();
    }

    private static List<Integer> ider(Collection<Samtaletype> typer) {
        return typer.stream().map(Samtaletype::id).toList();
    }

    private static <E extends Enum<E> & Kode> List<TekstKode> tekstkoder(E[] koder) {
        return Arrays.stream(koder).map(k -> new TekstKode(k.name(), k.navn())).toList();
    }
}
