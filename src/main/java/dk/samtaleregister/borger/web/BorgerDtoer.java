package dk.samtaleregister.borger.web;

import com.fasterxml.jackson.annotation.JsonInclude.Include;
import com.fasterxml.jackson.annotation.JsonInclude;
import dk.samtaleregister.borger.application.Borgeroverblik;
import dk.samtaleregister.borger.application.RegistreretPeriode;
import dk.samtaleregister.borger.domain.Borgerperiode;
import dk.samtaleregister.borger.domain.KontaktgruppePeriode;
import dk.samtaleregister.borger.domain.Periodeafslutning;
import dk.samtaleregister.borger.domain.Periodeslag;
import dk.samtaleregister.faelles.web.AnsvarligSagsbehandlerDto;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Request and response bodies of the citizen's situation. */
final class BorgerDtoer {

    private BorgerDtoer() {
    }

    // Requests

    /**
     * A period of any kind, registered or corrected. Each kind has one code field, named as {@link Periodeslag#kodefelt()};
     * the others, and a field the operation does not take (cpr in a correction, begrundelse in a registration), are
     * refused as an unknown field is.
     */
    @Schema(description = "En periode i borgerens situation. Hver slags periode har sit eget kodefelt og bruger kun det: "
            + "kontaktgruppeperioder kontaktgruppe, fravaer fravaerstype, jobcentertilknytninger jobcenter, akassemedlemskaber akasse, "
            + "andenaktoer-henvisninger andenAktoer, undtagelser grund. cpr sendes kun ved registrering, begrundelse kun ved rettelse.")
    record PeriodeAnmodning(
            @Schema(description = "Borgerens CPR-nummer; kun ved registrering. Kan ikke rettes.", example = "0101901234", nullable = true)
            String cpr,
            @Schema(description = "Kontaktgruppens nummer (1-28), se /api/v1/referencedata/kontaktgrupper.", example = "1", nullable = true)
            Integer kontaktgruppe,
            @Schema(description = "Fraværstype, se /api/v1/referencedata/fravaerstyper.", example = "SYGDOM_SYGEMELDING", nullable = true)
            String fravaerstype,
            @Schema(description = "Jobcentrets kommunenummer, 3 cifre.", example = "101", nullable = true) String jobcenter,
            @Schema(description = "A-kassens myndighedskode: 1-20 tegn, bogstaver, cifre eller bindestreg.", example = "AK-3F", nullable = true)
            String akasse,
            @Schema(description = "Den anden aktørs myndighedskode: 1-20 tegn, bogstaver, cifre eller bindestreg.", example = "AA-4711",
                    nullable = true)
            String andenAktoer,
            @Schema(description = "Undtagelsesgrund: MINDRE_INTENSIV_INDSATS, SELV_I_JOB, SYGEDAGPENGE_KATEGORI_1 eller SYGEDAGPENGE_13F.",
                    example = "SYGEDAGPENGE_KATEGORI_1", nullable = true)
            String grund,
            @Schema(description = "Første dag.", example = "2024-01-01") String fra,
            @Schema(description = "Sidste dag, eller null for en åben periode.", nullable = true) String til,
            @Schema(description = "Hvorfor perioden rettes (højst 4000 tegn); kun ved rettelse.", nullable = true) String begrundelse,
            @Schema(nullable = true) AnsvarligSagsbehandlerDto ansvarligSagsbehandler) {

        /** Every code field by its JSON name, in the order of {@link Periodeslag#ALLE}; a field not sent is null. */
        Map<String, Object> koder() {
            Map<String, Object> koder = new LinkedHashMap<>();
            koder.put("kontaktgruppe", kontaktgruppe);
            koder.put("fravaerstype", fravaerstype);
            koder.put("jobcenter", jobcenter);
            koder.put("akasse", akasse);
            koder.put("andenAktoer", andenAktoer);
            koder.put("grund", grund);
            return koder;
        }

        /** The fields sent that a period of the kind, registered ({@code registrering}) or corrected, does not take. */
        List<String> fremmedeFelter(Periodeslag<?> slag, boolean registrering) {
            List<String> fremmede = new ArrayList<>();
            if (!registrering && cpr != null) {
                fremmede.add("cpr");
            }
            koder().forEach((felt, kode) -> {
                if (kode != null && !felt.equals(slag.kodefelt())) {
                    fremmede.add(felt);
                }
            });
            if (registrering && begrundelse != null) {
                fremmede.add("begrundelse");
            }
            return fremmede;
        }
    }

    @Schema(description = "Afslutning af en periode: dens sidste dag.")
    record Afslutning(
            @Schema(description = "Periodens sidste dag. Må ikke ligge før periodens første dag.", example = "2024-06-30") String til,
            @Schema(description = "Hvorfor perioden afsluttes (højst 4000 tegn).", nullable = true) String begrundelse,
            @Schema(nullable = true) AnsvarligSagsbehandlerDto ansvarligSagsbehandler) {
    }

    @Schema(description = "Opslag på en borger. CPR-nummeret sendes i indholdet, aldrig i adressen.")
    record OpslagAnmodning(@Schema(example = "0101901234") String cpr) {
    }

    // Responses

    @Schema(description = "En åben periode, som perioden afsluttede.")
    record AfsluttetPeriode(long id, LocalDate til) {
        static List<AfsluttetPeriode> af(List<Periodeafslutning> afslutninger) {
            return afslutninger.stream().map(a -> new AfsluttetPeriode(a.id(), a.sidsteDag())).toList();
        }
    }

    /** A period of any kind as the API answers it: the kind's own code field, the others left out. */
    @Schema(description = "En periode i borgerens situation med sit kodefelt; de andre slags kodefelter udelades.")
    record PeriodeSvar(long id, String cpr,
                       @Schema(description = "Kun kontaktgruppeperioder.", nullable = true) @JsonInclude(Include.NON_NULL) Integer kontaktgruppe,
                       @Schema(description = "Kun kontaktgruppeperioder.", nullable = true) @JsonInclude(Include.NON_NULL) String kontaktgruppenavn,
                       @Schema(description = "Kun fravær.", nullable = true) @JsonInclude(Include.NON_NULL) String fravaerstype,
                       @Schema(description = "Kun jobcentertilknytninger.", nullable = true) @JsonInclude(Include.NON_NULL) String jobcenter,
                       @Schema(description = "Kun a-kassemedlemskaber.", nullable = true) @JsonInclude(Include.NON_NULL) String akasse,
                       @Schema(description = "Kun henvisninger til en anden aktør.", nullable = true) @JsonInclude(Include.NON_NULL)
                       String andenAktoer,
                       @Schema(description = "Kun undtagelser.", nullable = true) @JsonInclude(Include.NON_NULL) String grund,
                       LocalDate fra,
                       @Schema(description = "Sidste dag, eller null for en åben periode.", nullable = true) LocalDate til,
                       @Schema(description = "Periodens version; også dens ETag.") int version,
                       @Schema(description = "De åbne perioder, registreringen afsluttede. Kun de slags, hvor én periode gælder ad gangen.",
                               nullable = true)
                       @JsonInclude(Include.NON_NULL) List<AfsluttetPeriode> afsluttedePerioder) {

        static PeriodeSvar af(RegistreretPeriode<?> registreret) {
            Periodeslag<?> slag = registreret.slag();
            Borgerperiode p = registreret.periode();
            Map<String, Object> felter = p.felter();
            String kontaktgruppenavn = p instanceof KontaktgruppePeriode k ? k.kontaktgruppe().navn() : null;
            return new PeriodeSvar(p.id(), registreret.cpr().cifre(), (Integer) felter.get("kontaktgruppe"), kontaktgruppenavn,
                    (String) felter.get("fravaerstype"), (String) felter.get("jobcenter"), (String) felter.get("akasse"),
                    (String) felter.get("andenAktoer"), (String) felter.get("grund"), p.periode().fra(), p.periode().til(),
                    registreret.version(),
                    slag.enAdGangen() ? AfsluttetPeriode.af(registreret.afsluttede()) : null);
        }
    }

    @Schema(description = "Borgerens situation: alle registrerede perioder af hver slags.")
    record OpslagSvar(String cpr, List<PeriodeSvar> kontaktgruppeperioder, List<PeriodeSvar> fravaer,
                      List<PeriodeSvar> jobcentertilknytninger, List<PeriodeSvar> akassemedlemskaber,
                      List<PeriodeSvar> andenaktoerHenvisninger, List<PeriodeSvar> undtagelser) {
        static OpslagSvar af(Borgeroverblik o) {
            return new OpslagSvar(o.cpr().cifre(), perioder(o, Periodeslag.KONTAKTGRUPPE), perioder(o, Periodeslag.FRAVAER),
                    perioder(o, Periodeslag.JOBCENTERTILKNYTNING), perioder(o, Periodeslag.AKASSEMEDLEMSKAB),
                    perioder(o, Periodeslag.ANDEN_AKTOER_HENVISNING), perioder(o, Periodeslag.UNDTAGELSE));
        }

        private static <P extends Borgerperiode> List<PeriodeSvar> perioder(Borgeroverblik o, Periodeslag<P> slag) {
            return o.perioder(slag).stream()
                    .map(v -> PeriodeSvar.af(new RegistreretPeriode<>(slag, o.cpr(), v.periode(), v.version(), List.of()))).toList();
        }
    }
}
