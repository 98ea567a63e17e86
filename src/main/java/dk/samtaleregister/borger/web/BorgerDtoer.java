package dk.samtaleregister.borger.web;

import dk.samtaleregister.borger.application.Borgeroverblik;
import dk.samtaleregister.borger.application.RegistreretPeriode;
import dk.samtaleregister.borger.domain.Akassemedlemskab;
import dk.samtaleregister.borger.domain.AndenAktoerHenvisning;
import dk.samtaleregister.borger.domain.Borgerperiode;
import dk.samtaleregister.borger.domain.Fravaer;
import dk.samtaleregister.borger.domain.Jobcentertilknytning;
import dk.samtaleregister.borger.domain.KontaktgruppePeriode;
import dk.samtaleregister.borger.domain.Periodeafslutning;
import dk.samtaleregister.borger.domain.Versioneret;
import dk.samtaleregister.faelles.web.AnsvarligSagsbehandlerDto;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;

/** Request and response bodies of the citizen's situation. */
final class BorgerDtoer {

    private BorgerDtoer() {
    }

    // Requests

    @Schema(description = "En kontaktgruppeperiode. En periode, der starter inde i en åben periode, afslutter den dagen før.")
    record KontaktgruppeperiodeAnmodning(
            @Schema(example = "0101901234") String cpr,
            @Schema(description = "Kontaktgruppens nummer (1-28), se /api/v1/referencedata/kontaktgrupper.", example = "1") Integer kontaktgruppe,
            @Schema(description = "Første dag.", example = "2024-01-01") String fra,
            @Schema(description = "Sidste dag, eller null for en åben periode.", nullable = true) String til,
            @Schema(nullable = true) AnsvarligSagsbehandlerDto ansvarligSagsbehandler) {
    }

    @Schema(description = "En kontaktgruppeperiodes nye indhold. Perioden bliver hos sin borger; den kontrolleres igen, som var den ny.")
    record KontaktgruppeperiodeRettelse(
            @Schema(description = "Kontaktgruppens nummer (1-28).", example = "2") Integer kontaktgruppe,
            @Schema(description = "Første dag.", example = "2024-01-01") String fra,
            @Schema(description = "Sidste dag, eller null for en åben periode.", nullable = true) String til,
            @Schema(description = "Hvorfor perioden rettes (højst 4000 tegn).", nullable = true) String begrundelse,
            @Schema(nullable = true) AnsvarligSagsbehandlerDto ansvarligSagsbehandler) {
    }

    @Schema(description = "Et fravær. Fravær må overlappe hinanden.")
    record FravaerAnmodning(
            @Schema(example = "0101901234") String cpr,
            @Schema(description = "Fraværstype, se /api/v1/referencedata/fravaerstyper.", example = "SYGDOM_SYGEMELDING") String fravaerstype,
            @Schema(example = "2024-02-01") String fra,
            @Schema(example = "2024-02-14", nullable = true) String til,
            @Schema(nullable = true) AnsvarligSagsbehandlerDto ansvarligSagsbehandler) {
    }

    @Schema(description = "Et fraværs nye indhold. Fraværet bliver hos sin borger.")
    record FravaerRettelse(
            @Schema(description = "Fraværstype.", example = "FERIE") String fravaerstype,
            @Schema(example = "2024-02-01") String fra,
            @Schema(example = "2024-02-10", nullable = true) String til,
            @Schema(description = "Hvorfor fraværet rettes (højst 4000 tegn).", nullable = true) String begrundelse,
            @Schema(nullable = true) AnsvarligSagsbehandlerDto ansvarligSagsbehandler) {
    }

    @Schema(description = "Borgerens tilknytning til et jobcenter. En ny tilknytning, der starter inde i en åben, afslutter den dagen før.")
    record JobcentertilknytningAnmodning(
            @Schema(example = "0101901234") String cpr,
            @Schema(description = "Jobcentrets kommunenummer, 3 cifre.", example = "101") String jobcenter,
            @Schema(example = "2024-01-01") String fra,
            @Schema(nullable = true) String til,
            @Schema(nullable = true) AnsvarligSagsbehandlerDto ansvarligSagsbehandler) {
    }

    @Schema(description = "En jobcentertilknytnings nye indhold. Tilknytningen bliver hos sin borger; den kontrolleres igen, som var den ny.")
    record JobcentertilknytningRettelse(
            @Schema(description = "Jobcentrets kommunenummer, 3 cifre.", example = "751") String jobcenter,
            @Schema(example = "2024-01-01") String fra,
            @Schema(nullable = true) String til,
            @Schema(description = "Hvorfor tilknytningen rettes (højst 4000 tegn).", nullable = true) String begrundelse,
            @Schema(nullable = true) AnsvarligSagsbehandlerDto ansvarligSagsbehandler) {
    }

    @Schema(description = "Borgerens medlemskab af en a-kasse. Et nyt medlemskab, der starter inde i et åbent, afslutter det dagen før.")
    record AkassemedlemskabAnmodning(
            @Schema(example = "0101901234") String cpr,
            @Schema(description = "A-kassens myndighedskode: 1-20 tegn, bogstaver, cifre eller bindestreg.", example = "AK-3F") String akasse,
            @Schema(example = "2024-01-01") String fra,
            @Schema(nullable = true) String til,
            @Schema(nullable = true) AnsvarligSagsbehandlerDto ansvarligSagsbehandler) {
    }

    @Schema(description = "Et a-kassemedlemskabs nye indhold. Medlemskabet bliver hos sin borger; det kontrolleres igen, som var det nyt.")
    record AkassemedlemskabRettelse(
            @Schema(description = "A-kassens myndighedskode.", example = "AK-HK") String akasse,
            @Schema(example = "2024-01-01") String fra,
            @Schema(nullable = true) String til,
            @Schema(description = "Hvorfor medlemskabet rettes (højst 4000 tegn).", nullable = true) String begrundelse,
            @Schema(nullable = true) AnsvarligSagsbehandlerDto ansvarligSagsbehandler) {
    }

    @Schema(description = "Borgerens henvisning til en anden aktør. Henvisninger må overlappe hinanden.")
    record AndenAktoerHenvisningAnmodning(
            @Schema(example = "0101901234") String cpr,
            @Schema(description = "Den anden aktørs myndighedskode: 1-20 tegn, bogstaver, cifre eller bindestreg.", example = "AA-4711")
            String andenAktoer,
            @Schema(example = "2024-03-01") String fra,
            @Schema(example = "2024-05-31", nullable = true) String til,
            @Schema(nullable = true) AnsvarligSagsbehandlerDto ansvarligSagsbehandler) {
    }

    @Schema(description = "En henvisnings nye indhold. Henvisningen bliver hos sin borger.")
    record AndenAktoerHenvisningRettelse(
            @Schema(description = "Den anden aktørs myndighedskode.", example = "AA-4711") String andenAktoer,
            @Schema(example = "2024-03-01") String fra,
            @Schema(example = "2024-06-30", nullable = true) String til,
            @Schema(description = "Hvorfor henvisningen rettes (højst 4000 tegn).", nullable = true) String begrundelse,
            @Schema(nullable = true) AnsvarligSagsbehandlerDto ansvarligSagsbehandler) {
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

    record KontaktgruppeperiodeSvar(long id, String cpr, int kontaktgruppe, String kontaktgruppenavn, LocalDate fra, LocalDate til,
                                    @Schema(description = "Periodens version; også dens ETag.") int version,
                                    List<AfsluttetPeriode> afsluttedePerioder) {
        static KontaktgruppeperiodeSvar af(RegistreretPeriode<KontaktgruppePeriode> r) {
            KontaktgruppePeriode p = r.periode();
            return new KontaktgruppeperiodeSvar(p.id(), r.cpr().cifre(), p.kontaktgruppe().nummer(), p.kontaktgruppe().navn(),
                    p.periode().fra(), p.periode().til(), r.version(), AfsluttetPeriode.af(r.afsluttede()));
        }
    }

    record FravaerSvar(long id, String cpr, String fravaerstype, LocalDate fra, LocalDate til,
                       @Schema(description = "Fraværets version; også dets ETag.") int version) {
        static FravaerSvar af(RegistreretPeriode<Fravaer> r) {
            Fravaer f = r.periode();
            return new FravaerSvar(f.id(), r.cpr().cifre(), f.fravaerstype().name(), f.periode().fra(), f.periode().til(), r.version());
        }
    }

    record JobcentertilknytningSvar(long id, String cpr, String jobcenter, LocalDate fra, LocalDate til,
                                    @Schema(description = "Tilknytningens version; også dens ETag.") int version,
                                    List<AfsluttetPeriode> afsluttedePerioder) {
        static JobcentertilknytningSvar af(RegistreretPeriode<Jobcentertilknytning> r) {
            Jobcentertilknytning j = r.periode();
            return new JobcentertilknytningSvar(j.id(), r.cpr().cifre(), j.jobcenter(), j.periode().fra(), j.periode().til(), r.version(),
                    AfsluttetPeriode.af(r.afsluttede()));
        }
    }

    record AkassemedlemskabSvar(long id, String cpr, String akasse, LocalDate fra, LocalDate til,
                                @Schema(description = "Medlemskabets version; også dets ETag.") int version,
                                List<AfsluttetPeriode> afsluttedePerioder) {
        static AkassemedlemskabSvar af(RegistreretPeriode<Akassemedlemskab> r) {
            Akassemedlemskab m = r.periode();
            return new AkassemedlemskabSvar(m.id(), r.cpr().cifre(), m.akasse(), m.periode().fra(), m.periode().til(), r.version(),
                    AfsluttetPeriode.af(r.afsluttede()));
        }
    }

    record AndenAktoerHenvisningSvar(long id, String cpr, String andenAktoer, LocalDate fra, LocalDate til,
                                     @Schema(description = "Henvisningens version; også dens ETag.") int version) {
        static AndenAktoerHenvisningSvar af(RegistreretPeriode<AndenAktoerHenvisning> r) {
            AndenAktoerHenvisning h = r.periode();
            return new AndenAktoerHenvisningSvar(h.id(), r.cpr().cifre(), h.andenAktoer(), h.periode().fra(), h.periode().til(), r.version());
        }
    }

    @Schema(description = "Borgerens situation: alle registrerede perioder af hver slags.")
    record OpslagSvar(String cpr, List<KontaktgruppeperiodeSvar> kontaktgruppeperioder, List<FravaerSvar> fravaer,
                      List<JobcentertilknytningSvar> jobcentertilknytninger, List<AkassemedlemskabSvar> akassemedlemskaber,
                      List<AndenAktoerHenvisningSvar> andenaktoerHenvisninger) {
        static OpslagSvar af(Borgeroverblik o) {
            return new OpslagSvar(o.cpr().cifre(),
                    o.kontaktgrupper().stream().map(v -> KontaktgruppeperiodeSvar.af(registreret(o, v))).toList(),
                    o.fravaer().stream().map(v -> FravaerSvar.af(registreret(o, v))).toList(),
                    o.jobcentertilknytninger().stream().map(v -> JobcentertilknytningSvar.af(registreret(o, v))).toList(),
                    o.akassemedlemskaber().stream().map(v -> AkassemedlemskabSvar.af(registreret(o, v))).toList(),
                    o.andenaktoerHenvisninger().stream().map(v -> AndenAktoerHenvisningSvar.af(registreret(o, v))).toList());
        }

        private static <P extends Borgerperiode> RegistreretPeriode<P> registreret(Borgeroverblik o, Versioneret<P> v) {
            return new RegistreretPeriode<>(o.cpr(), v.periode(), v.version(), List.of());
        }
    }
}
