package dk.samtaleregister.samtale.domain;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dk.samtaleregister.borger.domain.BorgerSituation;
import dk.samtaleregister.borger.domain.Fravaer;
import dk.samtaleregister.borger.domain.KontaktgruppePeriode;
import dk.samtaleregister.faelles.domain.AnsvarligSagsbehandler;
import dk.samtaleregister.faelles.domain.Cpr;
import dk.samtaleregister.faelles.domain.DanskTid;
import dk.samtaleregister.faelles.domain.Fejlkode;
import dk.samtaleregister.faelles.domain.Myndighed;
import dk.samtaleregister.faelles.domain.Myndighedstype;
import dk.samtaleregister.faelles.domain.Overtraedelse;
import dk.samtaleregister.faelles.domain.Periode;
import dk.samtaleregister.faelles.domain.Regelbrud;
import dk.samtaleregister.regler.domain.Deltagelsesregler;
import dk.samtaleregister.regler.domain.Deltagelsesstatus;
import dk.samtaleregister.regler.domain.Fravaerstype;
import dk.samtaleregister.regler.domain.Kontaktform;
import dk.samtaleregister.regler.domain.Kontaktgruppe;
import dk.samtaleregister.regler.domain.RaskSyg;
import dk.samtaleregister.regler.domain.Regelbog;
import dk.samtaleregister.regler.domain.Samtaletype;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The samtaletyper open on a day (Registreringspolitik.muligheder) against the registrations themselves: for every
 * kontaktgruppe, rask and syg, and every kind of registering authority, a samtaletype is among the muligheder exactly
 * when a registration of it on that day passes every rule. The HTTP path to them is SamtalemulighederApiTest in
 * dk.samtaleregister.samtale.
 */
class SamtalemulighederTest {

    private static final Function<String, Reader> FILER = navn -> new InputStreamReader(
            SamtalemulighederTest.class.getClassLoader().getResourceAsStream(navn), UTF_8);

    private static final Registreringspolitik POLITIK = new Registreringspolitik(Regelbog.laes(FILER));

    private static final Cpr CPR = Cpr.afLagret("0101901234");
    private static final LocalDate NYTAAR_2024 = LocalDate.of(2024, 1, 1);
    private static final Instant AFHOLDT = dansk("2024-03-01T10:00");

    private static Instant dansk(String lokalTid) {
        return LocalDateTime.parse(lokalTid).atZone(DanskTid.ZONE).toInstant();
    }

    private static AnsvarligSagsbehandler registrerende(Myndighedstype type) {
        String kode = switch (type) {
            case JOBCENTER -> "101";
            case AKASSE -> "AK12";
            case ANDEN_AKTOER -> "AA7";
            case STAR -> Myndighedstype.STAR_KODE;
        };
        return new AnsvarligSagsbehandler("sbh-1", new Myndighed(type, kode));
    }

    private static BorgerSituation situation(Kontaktgruppe gruppe, RaskSyg dag) {
        List<Fravaer> fravaer = dag == RaskSyg.SYG
                ? List.of(new Fravaer(2, Fravaerstype.SYGDOM_SYGEMELDING, new Periode(LocalDate.of(2024, 2, 20), LocalDate.of(2024, 3, 5))))
                : List.of();
        return new BorgerSituation(List.of(new KontaktgruppePeriode(1, gruppe, new Periode(NYTAAR_2024, null))), fravaer,
                List.of(), List.of(), List.of());
    }

    /** A registration of the type that gives rule 6 nothing to refuse: a status where the type requires one, else none. */
    private static Registrering registrering(Samtaletype type, Kontaktform form, AnsvarligSagsbehandler af) {
        Deltagelsesregler.Regel regel = Regelbog.laes(FILER).deltagelse(LocalDate.of(2024, 3, 1)).orElseThrow().regel(type);
        Deltagelsesstatus status = regel.kraevet() ? regel.tilladte().iterator().next() : null;
        return new Registrering(CPR, AFHOLDT, type, form, null, false, status, null, af, null, null);
    }

    static Stream<Arguments> dage() {
        return Arrays.stream(Kontaktgruppe.values()).flatMap(gruppe -> Arrays.stream(RaskSyg.values())
                .flatMap(dag -> Stream.of(Myndighedstype.JOBCENTER, Myndighedstype.AKASSE, Myndighedstype.ANDEN_AKTOER)
                        .map(myndighed -> Arguments.of(gruppe, dag, myndighed))));
    }

    @ParameterizedTest(name = "kontaktgruppe {0} {1}, registered by {2}")
    @MethodSource("dage")
    void a_samtaletype_is_open_exactly_when_a_registration_of_it_passes_every_rule(Kontaktgruppe gruppe, RaskSyg dag,
                                                                                   Myndighedstype myndighed) {
        BorgerSituation situation = situation(gruppe, dag);
        AnsvarligSagsbehandler af = registrerende(myndighed);

        Samtalemuligheder muligheder = POLITIK.muligheder(new Mulighedsforespoergsel(CPR, AFHOLDT), af, situation);

        List<Samtaletype> godkendte = Arrays.stream(Samtaletype.values())
                .filter(type -> POLITIK.vurder(registrering(type, Kontaktform.PERSONLIGT_FREMMOEDE, af), situation, List.of(), java.util.Set.of())
                        .godkendt())
                .toList();
        assertThat(muligheder.samtaletyper()).extracting(Samtalemulighed::samtaletype).isEqualTo(godkendte);
        assertThat(muligheder.kontaktgruppe()).isEqualTo(gruppe);
        assertThat(muligheder.raskSyg()).isEqualTo(dag);
        assertThat(muligheder.dag()).isEqualTo(LocalDate.of(2024, 3, 1));
    }

    @Test
    void in_kontaktgruppe_1_cv_and_raadighedssamtale_are_open_to_an_akasse_only() {
        BorgerSituation dagpengemodtager = situation(Kontaktgruppe.DAGPENGEMODTAGER, RaskSyg.RASK);
        var forespoergsel = new Mulighedsforespoergsel(CPR, AFHOLDT);

        assertThat(POLITIK.muligheder(forespoergsel, registrerende(Myndighedstype.AKASSE), dagpengemodtager).samtaletyper())
                .extracting(m -> m.samtaletype().id()).containsExactly(7, 9, 10, 12, 13, 15, 16, 17);
        assertThat(POLITIK.muligheder(forespoergsel, registrerende(Myndighedstype.JOBCENTER), dagpengemodtager).samtaletyper())
                .extracting(m -> m.samtaletype().id()).containsExactly(7, 9, 12, 13, 16, 17);
    }

    @Test
    void each_type_carries_its_statuses_and_its_nulstillende_kontaktformer_as_a_registration_would_judge_them() {
        BorgerSituation situation = situation(Kontaktgruppe.DAGPENGEMODTAGER, RaskSyg.SYG);
        AnsvarligSagsbehandler af = registrerende(Myndighedstype.AKASSE);
        Deltagelsesregler regler = Regelbog.laes(FILER).deltagelse(LocalDate.of(2024, 3, 1)).orElseThrow();

        List<Samtalemulighed> muligheder = POLITIK.muligheder(new Mulighedsforespoergsel(CPR, AFHOLDT), af, situation).samtaletyper();

        assertThat(muligheder).isNotEmpty();
        for (Samtalemulighed mulighed : muligheder) {
            assertThat(mulighed.deltagelse()).as(mulighed.samtaletype().visning()).isEqualTo(regler.regel(mulighed.samtaletype()));
            for (Kontaktform form : Kontaktform.values()) {
                boolean registreret = POLITIK.vurder(registrering(mulighed.samtaletype(), form, af), situation, List.of(), java.util.Set.of())
                        .nulstillende();
                assertThat(mulighed.erNulstillende(form)).as(mulighed.samtaletype().visning() + " " + form).isEqualTo(registreret);
            }
        }
        Samtalemulighed jobsamtaleMedAkasse = muligheder.stream().filter(m -> m.samtaletype() == Samtaletype.JOBSAMTALE_MED_AKASSE)
                .findFirst().orElseThrow();
        assertThat(jobsamtaleMedAkasse.deltagelse().kraevet()).isTrue();
        assertThat(jobsamtaleMedAkasse.deltagelse().tilladte()).hasSize(4);
        Samtalemulighed anden = muligheder.stream().filter(m -> m.samtaletype() == Samtaletype.ANDEN_SAMTALE).findFirst().orElseThrow();
        assertThat(anden.nulstillendeFormer()).isEmpty();
    }

    @Test
    void without_a_kontaktgruppe_on_the_day_the_answer_is_the_registrations_refusal() {
        BorgerSituation udenGruppe = new BorgerSituation(List.of(new KontaktgruppePeriode(1, Kontaktgruppe.DAGPENGEMODTAGER,
                new Periode(NYTAAR_2024, LocalDate.of(2024, 2, 29)))), List.of(), List.of(), List.of(), List.of());
        AnsvarligSagsbehandler af = registrerende(Myndighedstype.JOBCENTER);

        Regelbrud brud = catchThrowableOfType(Regelbrud.class,
                () -> POLITIK.muligheder(new Mulighedsforespoergsel(CPR, AFHOLDT), af, udenGruppe));

        List<Overtraedelse> registreringens = POLITIK.vurder(registrering(Samtaletype.JOBSAMTALE, Kontaktform.TELEFONISK, af), udenGruppe,
                List.of(), java.util.Set.of()).overtraedelser();
        assertThat(registreringens).extracting(Overtraedelse::kode).containsExactly(Fejlkode.INGEN_KONTAKTGRUPPE);
        assertThat(brud.overtraedelser()).isEqualTo(registreringens);
    }

    @Test
    void on_a_day_no_rule_set_covers_the_answer_is_the_registrations_refusal() {
        // The shipped legality table, ended on 2025-12-31: no version covers 2026.
        Registreringspolitik afsluttet = new Registreringspolitik(Regelbog.laes(navn -> Regelbog.LOVLIGHED.equals(navn)
                ? new StringReader(tekst(navn).replace("2017-03-01;;", "2017-03-01;2025-12-31;")) : FILER.apply(navn)));
        Instant nytaar2026 = dansk("2026-01-02T10:00");
        AnsvarligSagsbehandler af = registrerende(Myndighedstype.JOBCENTER);
        BorgerSituation situation = situation(Kontaktgruppe.KONTANTHJAELPSMODTAGER, RaskSyg.RASK);

        Regelbrud brud = catchThrowableOfType(Regelbrud.class,
                () -> afsluttet.muligheder(new Mulighedsforespoergsel(CPR, nytaar2026), af, situation));

        Registrering registrering = new Registrering(CPR, nytaar2026, Samtaletype.JOBSAMTALE, Kontaktform.TELEFONISK, null, false, null,
                null, af, null, null);
        List<Overtraedelse> registreringens = afsluttet.vurder(registrering, situation, List.of(), java.util.Set.of()).overtraedelser();
        assertThat(registreringens).extracting(Overtraedelse::kode).containsExactly(Fejlkode.INGEN_REGLER);
        assertThat(brud.overtraedelser()).isEqualTo(registreringens);
        assertThat(afsluttet.muligheder(new Mulighedsforespoergsel(CPR, dansk("2025-12-31T10:00")), af, situation).samtaletyper())
                .as("the last day the table covers").isNotEmpty();
    }

    @Test
    void the_cpr_number_and_the_time_are_refused_as_a_registrations_are() {
        Instant nu = dansk("2024-06-01T12:00");
        List<String[]> tilfaelde = List.of(
                new String[] {null, null},
                new String[] {"12345", "2024-03-01T10:00"},
                new String[] {"3102901234", "1. marts 2024"},
                new String[] {"0101901234", "2024-06-01T12:02"},
                new String[] {"010190-1234", "2024-06-01T12:01"});
        for (String[] felter : tilfaelde) {
            List<Overtraedelse> registreringens = overtraedelser(() -> Registreringsindlaesning.fortolk(new Samtaleanmodning(felter[0],
                    felter[1], 7, "TELEFONISK", null, null, null, null, "sbh-1", "JOBCENTER", "101", null, null), nu));
            List<Overtraedelse> mulighedernes = overtraedelser(() -> Mulighedsforespoergsel.fortolk(felter[0], felter[1], nu));

            assertThat(mulighedernes).as(Arrays.toString(felter)).isEqualTo(registreringens);
        }
        assertThat(overtraedelser(() -> Mulighedsforespoergsel.fortolk(null, "2024-06-01T12:02", nu)))
                .extracting(Overtraedelse::kode, Overtraedelse::felt)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Fejlkode.FELT_MANGLER, "cpr"),
                        org.assertj.core.groups.Tuple.tuple(Fejlkode.AFHOLDT_I_FREMTIDEN, "afholdt"));
        assertThat(Mulighedsforespoergsel.fortolk("010190-1234", "2024-03-01T00:30", nu))
                .isEqualTo(new Mulighedsforespoergsel(CPR, dansk("2024-03-01T00:30")));
    }

    private static List<Overtraedelse> overtraedelser(Runnable fortolkning) {
        try {
            fortolkning.run();
            return List.of();
        } catch (Regelbrud brud) {
            return brud.overtraedelser();
        }
    }

    private static String tekst(String navn) {
        try (InputStream ind = SamtalemulighederTest.class.getClassLoader().getResourceAsStream(navn)) {
            return new String(ind.readAllBytes(), UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
