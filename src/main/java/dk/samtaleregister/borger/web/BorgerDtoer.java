package dk.samtaleregister.borger.web;

import dk.samtaleregister.borger.application.Borgeroverblik;
import dk.samtaleregister.borger.application.RegistreretPeriode;
import dk.samtaleregister.borger.domain.Fravaer;
import dk.samtaleregister.borger.domain.Jobcentertilknytning;
import dk.samtaleregister.borger.domain.KontaktgruppePeriode;
import dk.samtaleregister.borger.domain.Periodeafslutning;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;

/** Request and response bodies of the citizen's situation. */
final class BorgerDtoer {

    private BorgerDtoer() {
    }

    @Schema(description = "En kontaktgruppeperiode. En periode, der starter inde i en åben periode, afslutter den dagen før.")
    record KontaktgruppeperiodeAnmodning(
            @Schema(example = "0101901234") String cpr,
            @Schema(description = "Kontaktgruppens nummer (1-28), se /api/v1/referencedata/kontaktgrupper.", example = "1") Integer kontaktgruppe,
            @Schema(description = "Første dag.", example = "2024-01-01") String fra,
            @Schema(description = "Sidste dag, eller null for en åben periode.", nullable = true) String til) {
    }

    @Schema(description = "Et fravær. Fravær må overlappe hinanden.")
    record FravaerAnmodning(
            @Schema(example = "0101901234") String cpr,
            @Schema(description = "Fraværstype, se /api/v1/referencedata/fravaerstyper.", example = "SYGDOM_SYGEMELDING") String fravaerstype,
            @Schema(example = "2024-02-01") String fra,
            @Schema(example = "2024-02-14", nullable = true) String til) {
    }

    @Schema(description = "Borgerens tilknytning til et jobcenter. En ny tilknytning, der starter inde i en åben, afslutter den dagen før.")
    record JobcentertilknytningAnmodning(
            @Schema(example = "0101901234") String cpr,
            @Schema(description = "Jobcentrets kommunenummer, 3 cifre.", example = "101") String jobcenter,
            @Schema(example = "2024-01-01") String fra,
            @Schema(nullable = true) String til) {
    }

    @Schema(description = "Opslag på en borger. CPR-nummeret sendes i indholdet, aldrig i adressen.")
    record OpslagAnmodning(@Schema(example = "0101901234") String cpr) {
    }

    @Schema(description = "En åben periode, som den nye periode afsluttede.")
    record AfsluttetPeriode(long id, LocalDate til) {
        static List<AfsluttetPeriode> af(List<Periodeafslutning> afslutninger) {
            return afslutninger.stream().map(a -> new AfsluttetPeriode(a.id(), a.sidsteDag())).toList();
        }
    }

    record KontaktgruppeperiodeSvar(long id, int kontaktgruppe, String kontaktgruppenavn, LocalDate fra, LocalDate til,
                                    List<AfsluttetPeriode> afsluttedePerioder) {
        static KontaktgruppeperiodeSvar af(KontaktgruppePeriode p, List<Periodeafslutning> afsluttede) {
            return new KontaktgruppeperiodeSvar(p.id(), p.kontaktgruppe().nummer(), p.kontaktgruppe().navn(),
                    p.periode().fra(), p.periode().til(), AfsluttetPeriode.af(afsluttede));
        }

        static KontaktgruppeperiodeSvar af(RegistreretPeriode<KontaktgruppePeriode> r) {
            return af(r.periode(), r.afsluttede());
        }
    }

    record FravaerSvar(long id, String fravaerstype, LocalDate fra, LocalDate til) {
        static FravaerSvar af(Fravaer f) {
            return new FravaerSvar(f.id(), f.fravaerstype().name(), f.periode().fra(), f.periode().til());
        }
    }

    record JobcentertilknytningSvar(long id, String jobcenter, LocalDate fra, LocalDate til, List<AfsluttetPeriode> afsluttedePerioder) {
        static JobcentertilknytningSvar af(Jobcentertilknytning j, List<Periodeafslutning> afsluttede) {
            return new JobcentertilknytningSvar(j.id(), j.jobcenter(), j.periode().fra(), j.periode().til(), AfsluttetPeriode.af(afsluttede));
        }

        static JobcentertilknytningSvar af(RegistreretPeriode<Jobcentertilknytning> r) {
            return af(r.periode(), r.afsluttede());
        }
    }

    @Schema(description = "Borgerens situation: alle registrerede perioder af hver slags.")
    record OpslagSvar(String cpr, List<KontaktgruppeperiodeSvar> kontaktgruppeperioder, List<FravaerSvar> fravaer,
                      List<JobcentertilknytningSvar> jobcentertilknytninger) {
        static OpslagSvar af(Borgeroverblik overblik) {
            var s = overblik.situation();
            return new OpslagSvar(overblik.cpr().cifre(),
                    s.kontaktgrupper().stream().map(p -> KontaktgruppeperiodeSvar.af(p, List.of())).toList(),
                    s.fravaer().stream().map(FravaerSvar::af).toList(),
                    s.jobcentertilknytninger().stream().map(j -> JobcentertilknytningSvar.af(j, List.of())).toList());
        }
    }
}
