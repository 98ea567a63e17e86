package dk.samtaleregister.samtale.domain;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import dk.samtaleregister.borger.domain.BorgerSituation;
import dk.samtaleregister.borger.domain.Fravaer;
import dk.samtaleregister.borger.domain.Jobcentertilknytning;
import dk.samtaleregister.borger.domain.KontaktgruppePeriode;
import dk.samtaleregister.faelles.domain.AnsvarligSagsbehandler;
import dk.samtaleregister.faelles.domain.Cpr;
import dk.samtaleregister.faelles.domain.DanskTid;
import dk.samtaleregister.faelles.domain.Fejlkode;
import dk.samtaleregister.faelles.domain.Myndighed;
import dk.samtaleregister.faelles.domain.Myndighedstype;
import dk.samtaleregister.faelles.domain.Overtraedelse;
import dk.samtaleregister.faelles.domain.Overtraedelser;
import dk.samtaleregister.faelles.domain.Periode;
import dk.samtaleregister.faelles.domain.Regelbrud;
import dk.samtaleregister.regler.domain.Deltagelsesstatus;
import dk.samtaleregister.regler.domain.Fravaerstype;
import dk.samtaleregister.regler.domain.Kontaktform;
import dk.samtaleregister.regler.domain.Kontaktgruppe;
import dk.samtaleregister.regler.domain.Regelbog;
import dk.samtaleregister.regler.domain.Samtaletype;
import java.io.InputStreamReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The named rules 3-9 one at a time, their sum in Registreringspolitik, and rules 1-2 in Registreringsindlaesning.
 * The rule tables of rules 5 and 6 and of nulstillende are judged here cell by cell, by the rule classes over the
 * shipped rule files, against the tables as their sources state them; the legality table of seed 004 is judged cell
 * by cell through HTTP (Seed004LovlighedTest).
 */
class RegistreringspolitikTest {

    private static final Regelbog REGLER = Regelbog.laes(
            name -> new InputStreamReader(RegistreringspolitikTest.class.getClassLoader().getResourceAsStream(name), UTF_8));

    private static final Registreringspolitik POLITIK = new Registreringspolitik(REGLER);

    private static final Myndighed AKASSE = new Myndighed(Myndighedstype.AKASSE, "AK12");
    private static final Myndighed JOBCENTER_101 = new Myndighed(Myndighedstype.JOBCENTER, "101");
    private static final Myndighed JOBCENTER_147 = new Myndighed(Myndighedstype.JOBCENTER, "147");

    private static final LocalDate NYTAAR_2024 = LocalDate.of(2024, 1, 1);

    // ---- the rule tables as their sources state them: the oracles of the cell-by-cell cases ----

    /**
     * Rule 5: seed 004 (004_d6c75dcdaa99fad6.txt), kontaktgruppe 1: "CV- og rådighedssamtale kan kun registreres af
     * a-kasse" (this project's decision 4, docs/decisions.md). Nothing else is reserved for anyone.
     */
    private static final Map<Kontaktgruppe, Set<Samtaletype>> FORBEHOLDT_AKASSE = Map.of(
            Kontaktgruppe.DAGPENGEMODTAGER, Set.of(Samtaletype.CV_SAMTALE, Samtaletype.RAADIGHEDSSAMTALE));

    private static final Set<Deltagelsesstatus> AKASSE_STATUSSER = Set.of(Deltagelsesstatus.A_KASSEN_DELTOG,
            Deltagelsesstatus.BORGER_OENSKEDE_IKKE_A_KASSENS_DELTAGELSE, Deltagelsesstatus.A_KASSEN_HAR_VALGT_IKKE_AT_DELTAGE,
            Deltagelsesstatus.A_KASSEN_UDEBLEV);

    /**
     * Rule 6: the a-kasse statuses belong to 17 and 19, the two rehabilitation statuses to 18, and no other type takes
     * a status (this project's decision 5, docs/decisions.md).
     */
    private static final Map<Samtaletype, Set<Deltagelsesstatus>> STATUSFAMILIER = Map.of(
            Samtaletype.JOBSAMTALE_MED_AKASSE, AKASSE_STATUSSER,
            Samtaletype.FAELLES_JOBSAMTALE_MED_DAGPENGEMODTAGER, AKASSE_STATUSSER,
            Samtaletype.SAMTALE_I_REHABILITERINGSTEAM, Set.of(Deltagelsesstatus.BORGER_DELTOG_I_REHABILITERINGSSAMTALE,
                    Deltagelsesstatus.BORGER_DELTOG_IKKE_I_REHABILITERINGSSAMTALE));

    /** Rule 6: type 17 needs a status even with one authority (decision 5). */
    private static final Set<Samtaletype> STATUS_KRAEVET = Set.of(Samtaletype.JOBSAMTALE_MED_AKASSE);

    /**
     * Nulstillende: samtaletype 4, 5, 7, 10, 15, 16, 17, 18 or 19 held in a direct kontaktform (this project's
     * decision 1, docs/decisions.md; docs/registration-rules.md, "Nulstillende").
     */
    private static final Set<Integer> NULSTILLENDE_TYPER = Set.of(4, 5, 7, 10, 15, 16, 17, 18, 19);

    private static final Set<Kontaktform> DIREKTE_KONTAKT = Set.of(Kontaktform.PERSONLIGT_FREMMOEDE, Kontaktform.TELEFONISK,
            Kontaktform.DIGITALT_MOEDE, Kontaktform.MOEDE_DIREKTE_PAA_ARBEJDE);

    static Stream<Arguments> kontaktgrupperOgSamtaletyper() {
        return Arrays.stream(Kontaktgruppe.values())
                .flatMap(gruppe -> Arrays.stream(Samtaletype.values()).map(type -> Arguments.of(gruppe, type)));
    }

    static Stream<Arguments> samtaletyperOgStatusser() {
        return Arrays.stream(Samtaletype.values())
                .flatMap(type -> Arrays.stream(Deltagelsesstatus.values()).map(status -> Arguments.of(type, status)));
    }

    static Stream<Arguments> samtaletyperOgKontaktformer() {
        return Arrays.stream(Samtaletype.values())
                .flatMap(type -> Arrays.stream(Kontaktform.values()).map(form -> Arguments.of(type, form)));
    }

    /** An authority of this kind with a valid kode. */
    private static Myndighed myndighed(Myndighedstype type) {
        return switch (type) {
            case JOBCENTER -> JOBCENTER_101;
            case AKASSE -> AKASSE;
            case ANDEN_AKTOER -> new Myndighed(Myndighedstype.ANDEN_AKTOER, "AA7");
            case STAR -> new Myndighed(Myndighedstype.STAR, Myndighedstype.STAR_KODE);
        };
    }

    // ---- fixture language ----

    private static Instant dansk(String lokalTid) {
        return LocalDateTime.parse(lokalTid).atZone(DanskTid.ZONE).toInstant();
    }

    private static Periode fraOgMed(LocalDate fra) {
        return new Periode(fra, null);
    }

    /** A registration valid for a dagpengemodtager on 2024-03-01: a jobsamtale in person, registered by an a-kasse. */
    private static final class Bygger {
        private Instant afholdt = dansk("2024-03-01T10:00");
        private Samtaletype type = Samtaletype.JOBSAMTALE;
        private Kontaktform form = Kontaktform.PERSONLIGT_FREMMOEDE;
        private boolean flereMyndigheder;
        private Deltagelsesstatus status;
        private Myndighed myndighed = AKASSE;

        Bygger afholdt(Instant tidspunkt) {
            afholdt = tidspunkt;
            return this;
        }

        Bygger type(Samtaletype samtaletype) {
            type = samtaletype;
            return this;
        }

        Bygger form(Kontaktform kontaktform) {
            form = kontaktform;
            return this;
        }

        Bygger flereMyndigheder() {
            flereMyndigheder = true;
            return this;
        }

        Bygger status(Deltagelsesstatus deltagelsesstatus) {
            status = deltagelsesstatus;
            return this;
        }

        Bygger af(Myndighed registrerende) {
            myndighed = registrerende;
            return this;
        }

        Registrering registrering() {
            return new Registrering(Cpr.afLagret("0101901234"), afholdt, type, form, "Aftalt jobsoegning.",
                    flereMyndigheder, status, null, new AnsvarligSagsbehandler("sbh-1", myndighed), null, null);
        }
    }

    private static Bygger samtale() {
        return new Bygger();
    }

    private static BorgerSituation situation(Kontaktgruppe gruppe) {
        return new BorgerSituation(
                List.of(new KontaktgruppePeriode(1, gruppe, fraOgMed(NYTAAR_2024))),
                List.of(),
                List.of(new Jobcentertilknytning(2, "101", fraOgMed(NYTAAR_2024))),
                List.of(),
                List.of());
    }

    private static BorgerSituation syg(BorgerSituation situation, Periode sygdom) {
        return new BorgerSituation(situation.kontaktgrupper(),
                List.of(new Fravaer(3, Fravaerstype.SYGDOM_SYGEMELDING, sygdom)), situation.jobcentertilknytninger(), List.of(), List.of());
    }

    private static final BorgerSituation DAGPENGEMODTAGER = situation(Kontaktgruppe.DAGPENGEMODTAGER);

    private static List<Overtraedelse> kontroller(Registreringsregel regel, Bygger samtale, BorgerSituation situation,
                                                  TidligereSamtale... tidligere) {
        Registrering registrering = samtale.registrering();
        var kontekst = new Registreringskontekst(registrering, situation, List.of(tidligere), Set.of(), REGLER,
                POLITIK.erNulstillende(registrering));
        Overtraedelser fejl = new Overtraedelser();
        regel.kontroller(kontekst, fejl);
        return fejl.liste();
    }

    private static TidligereSamtale tidligere(Samtaletype type, Instant afholdt, boolean nulstillende) {
        return new TidligereSamtale(99, type, afholdt, nulstillende);
    }

    // ---- rule 3 ----

    @Nested
    class KontaktgruppePaaDagenRule {

        private final Registreringsregel regel = new KontaktgruppePaaDagen();

        @Test
        void a_citizen_with_a_kontaktgruppe_on_the_day_passes() {
            assertThat(kontroller(regel, samtale(), DAGPENGEMODTAGER)).isEmpty();
        }

        @Test
        void a_citizen_without_a_kontaktgruppe_on_the_day_fails() {
            var udenGruppe = new BorgerSituation(
                    List.of(new KontaktgruppePeriode(1, Kontaktgruppe.DAGPENGEMODTAGER,
                            new Periode(NYTAAR_2024, LocalDate.of(2024, 2, 29)))), List.of(), List.of(), List.of(), List.of());

            assertThat(kontroller(regel, samtale(), udenGruppe))
                    .extracting(Overtraedelse::kode, Overtraedelse::felt)
                    .containsExactly(tuple(Fejlkode.INGEN_KONTAKTGRUPPE, "afholdt"));
        }

        @Test
        void the_day_is_the_danish_day_of_the_held_time() {
            var tilOgMedFebruar = new BorgerSituation(
                    List.of(new KontaktgruppePeriode(1, Kontaktgruppe.DAGPENGEMODTAGER,
                            new Periode(NYTAAR_2024, LocalDate.of(2024, 2, 29)))), List.of(), List.of(), List.of(), List.of());
            Instant kvartOverMidnatDansk = Instant.parse("2024-02-29T23:15:00Z");

            assertThat(kontroller(regel, samtale().afholdt(kvartOverMidnatDansk), tilOgMedFebruar))
                    .extracting(Overtraedelse::kode).containsExactly(Fejlkode.INGEN_KONTAKTGRUPPE);
            assertThat(kontroller(regel, samtale().afholdt(Instant.parse("2024-02-29T22:45:00Z")), tilOgMedFebruar)).isEmpty();
        }
    }

    // ---- rule 4 ----

    @Nested
    class LovligSamtaletypeRule {

        private final Registreringsregel regel = new LovligSamtaletype();

        @Test
        void a_jobsamtale_for_a_healthy_dagpengemodtager_passes() {
            assertThat(kontroller(regel, samtale(), DAGPENGEMODTAGER)).isEmpty();
        }

        @Test
        void an_opfoelgningssamtale_for_a_healthy_dagpengemodtager_fails() {
            assertThat(kontroller(regel, samtale().type(Samtaletype.OPFOELGNINGSSAMTALE), DAGPENGEMODTAGER))
                    .singleElement().satisfies(o -> {
                        assertThat(o.kode()).isEqualTo(Fejlkode.SAMTALETYPE_IKKE_LOVLIG);
                        assertThat(o.felt()).isEqualTo("samtaletype");
                        assertThat(o.besked()).contains("Opfølgningssamtale (4)", "1 Dagpengemodtager", "rask", "2024-03-01");
                    });
        }

        @Test
        void an_opfoelgningssamtale_for_a_dagpengemodtager_sick_on_the_day_passes() {
            var sygemeldt = syg(DAGPENGEMODTAGER, new Periode(LocalDate.of(2024, 2, 20), LocalDate.of(2024, 3, 1)));

            assertThat(kontroller(regel, samtale().type(Samtaletype.OPFOELGNINGSSAMTALE), sygemeldt)).isEmpty();
        }

        @Test
        void an_absence_other_than_sickness_does_not_make_the_day_sick() {
            var paaFerie = new BorgerSituation(DAGPENGEMODTAGER.kontaktgrupper(),
                    List.of(new Fravaer(3, Fravaerstype.FERIE, fraOgMed(NYTAAR_2024))), List.of(), List.of(), List.of());

            assertThat(kontroller(regel, samtale().type(Samtaletype.OPFOELGNINGSSAMTALE), paaFerie))
                    .extracting(Overtraedelse::kode).containsExactly(Fejlkode.SAMTALETYPE_IKKE_LOVLIG);
        }

        @Test
        void without_a_kontaktgruppe_it_leaves_the_verdict_to_rule_3() {
            assertThat(kontroller(regel, samtale().type(Samtaletype.HENVISNING), BorgerSituation.UKENDT)).isEmpty();
        }
    }

    // ---- rule 5 ----

    @Nested
    class MyndighedsforbeholdsregelRule {

        private final Registreringsregel regel = new Myndighedsforbeholdsregel();

        @Test
        void a_cv_samtale_in_group_1_registered_by_an_akasse_passes() {
            assertThat(kontroller(regel, samtale().type(Samtaletype.CV_SAMTALE).af(AKASSE), DAGPENGEMODTAGER)).isEmpty();
        }

        @Test
        void a_raadighedssamtale_in_group_1_registered_by_a_jobcenter_fails() {
            assertThat(kontroller(regel, samtale().type(Samtaletype.RAADIGHEDSSAMTALE).af(JOBCENTER_101), DAGPENGEMODTAGER))
                    .singleElement().satisfies(o -> {
                        assertThat(o.kode()).isEqualTo(Fejlkode.SAMTALETYPE_KUN_FOR_MYNDIGHED);
                        assertThat(o.felt()).isEqualTo("ansvarligSagsbehandler.myndighed.type");
                        assertThat(o.besked()).contains("a-kasse");
                    });
        }

        @Test
        void a_cv_samtale_outside_group_1_may_be_registered_by_a_jobcenter() {
            assertThat(kontroller(regel, samtale().type(Samtaletype.CV_SAMTALE).af(JOBCENTER_101),
                    situation(Kontaktgruppe.FLEKSJOBVISITERET))).isEmpty();
        }

        /** One case per cell of kontaktgruppe x samtaletype, registered by each kind of authority in turn. */
        @ParameterizedTest(name = "kontaktgruppe {0}, {1}")
        @MethodSource("dk.samtaleregister.samtale.domain.RegistreringspolitikTest#kontaktgrupperOgSamtaletyper")
        void every_cell_of_the_reservation_table(Kontaktgruppe gruppe, Samtaletype type) {
            boolean forbeholdt = FORBEHOLDT_AKASSE.getOrDefault(gruppe, Set.of()).contains(type);
            for (Myndighedstype registrerende : Myndighedstype.values()) {
                List<Overtraedelse> fejl = kontroller(regel, samtale().type(type).af(myndighed(registrerende)), situation(gruppe));
                if (forbeholdt && registrerende != Myndighedstype.AKASSE) {
                    assertThat(fejl).as("registered by " + registrerende).extracting(Overtraedelse::kode, Overtraedelse::felt)
                            .containsExactly(tuple(Fejlkode.SAMTALETYPE_KUN_FOR_MYNDIGHED, "ansvarligSagsbehandler.myndighed.type"));
                } else {
                    assertThat(fejl).as("registered by " + registrerende).isEmpty();
                }
            }
        }
    }

    // ---- rule 6 ----

    @Nested
    class DeltagelsesstatusregelRule {

        private final Registreringsregel regel = new Deltagelsesstatusregel();

        @Test
        void type_17_with_an_akasse_status_passes() {
            assertThat(kontroller(regel, samtale().type(Samtaletype.JOBSAMTALE_MED_AKASSE).status(Deltagelsesstatus.A_KASSEN_DELTOG),
                    DAGPENGEMODTAGER)).isEmpty();
        }

        @Test
        void type_17_without_a_status_fails_even_with_one_authority() {
            assertThat(kontroller(regel, samtale().type(Samtaletype.JOBSAMTALE_MED_AKASSE), DAGPENGEMODTAGER))
                    .extracting(Overtraedelse::kode, Overtraedelse::felt)
                    .containsExactly(tuple(Fejlkode.DELTAGELSESSTATUS_MANGLER, "deltagelsesstatus"));
        }

        @Test
        void several_authorities_without_a_status_fails() {
            assertThat(kontroller(regel, samtale().type(Samtaletype.FAELLES_JOBSAMTALE_MED_DAGPENGEMODTAGER).flereMyndigheder(),
                    DAGPENGEMODTAGER))
                    .extracting(Overtraedelse::kode).containsExactly(Fejlkode.DELTAGELSESSTATUS_MANGLER);
        }

        @Test
        void a_type_19_with_one_authority_needs_no_status() {
            assertThat(kontroller(regel, samtale().type(Samtaletype.FAELLES_JOBSAMTALE_MED_DAGPENGEMODTAGER), DAGPENGEMODTAGER))
                    .isEmpty();
        }

        @Test
        void a_status_of_the_wrong_family_fails() {
            assertThat(kontroller(regel, samtale().type(Samtaletype.SAMTALE_I_REHABILITERINGSTEAM)
                    .status(Deltagelsesstatus.A_KASSEN_DELTOG), DAGPENGEMODTAGER))
                    .singleElement().satisfies(o -> {
                        assertThat(o.kode()).isEqualTo(Fejlkode.DELTAGELSESSTATUS_PASSER_IKKE);
                        assertThat(o.besked()).contains("A_KASSEN_DELTOG", "Samtale i rehabiliteringsteam (18)");
                    });
        }

        @Test
        void a_status_on_a_type_that_takes_none_fails() {
            assertThat(kontroller(regel, samtale().status(Deltagelsesstatus.A_KASSEN_UDEBLEV), DAGPENGEMODTAGER))
                    .extracting(Overtraedelse::kode).containsExactly(Fejlkode.DELTAGELSESSTATUS_PASSER_IKKE);
        }

        /** One case per cell of samtaletype x status, with one authority and with several: the status decides alone. */
        @ParameterizedTest(name = "{0} with status {1}")
        @MethodSource("dk.samtaleregister.samtale.domain.RegistreringspolitikTest#samtaletyperOgStatusser")
        void every_cell_of_the_status_table(Samtaletype type, Deltagelsesstatus status) {
            boolean hoererTil = STATUSFAMILIER.getOrDefault(type, Set.of()).contains(status);
            for (boolean flere : new boolean[] {false, true}) {
                Bygger samtale = samtale().type(type).status(status);
                if (flere) {
                    samtale.flereMyndigheder();
                }
                List<Overtraedelse> fejl = kontroller(regel, samtale, DAGPENGEMODTAGER);
                if (hoererTil) {
                    assertThat(fejl).as("flereMyndigheder " + flere).isEmpty();
                } else {
                    assertThat(fejl).as("flereMyndigheder " + flere).extracting(Overtraedelse::kode, Overtraedelse::felt)
                            .containsExactly(tuple(Fejlkode.DELTAGELSESSTATUS_PASSER_IKKE, "deltagelsesstatus"));
                }
            }
        }

        /**
         * One case per samtaletype without a status: with one authority only a type that needs a status fails; with
         * several every type fails, and a type that takes no status names the field flereMyndigheder, as no status
         * could make it right.
         */
        @ParameterizedTest(name = "{0} without a status")
        @EnumSource(Samtaletype.class)
        void every_samtaletype_without_a_status(Samtaletype type) {
            List<Overtraedelse> alene = kontroller(regel, samtale().type(type), DAGPENGEMODTAGER);
            if (STATUS_KRAEVET.contains(type)) {
                assertThat(alene).extracting(Overtraedelse::kode, Overtraedelse::felt)
                        .containsExactly(tuple(Fejlkode.DELTAGELSESSTATUS_MANGLER, "deltagelsesstatus"));
            } else {
                assertThat(alene).isEmpty();
            }

            String felt = STATUSFAMILIER.containsKey(type) ? "deltagelsesstatus" : "flereMyndigheder";
            assertThat(kontroller(regel, samtale().type(type).flereMyndigheder(), DAGPENGEMODTAGER))
                    .extracting(Overtraedelse::kode, Overtraedelse::felt).containsExactly(tuple(Fejlkode.DELTAGELSESSTATUS_MANGLER, felt));
        }
    }

    // ---- rule 7 ----

    @Nested
    class KronologiRule {

        private final Registreringsregel regel = new Kronologi();
        private final Instant senesteNulstillende = dansk("2024-03-01T10:00");

        @Test
        void a_conversation_after_the_latest_nulstillende_passes() {
            assertThat(kontroller(regel, samtale().afholdt(dansk("2024-03-01T10:01")), DAGPENGEMODTAGER,
                    tidligere(Samtaletype.JOBSAMTALE, senesteNulstillende, true))).isEmpty();
        }

        @Test
        void a_conversation_before_the_latest_nulstillende_fails() {
            assertThat(kontroller(regel, samtale().afholdt(dansk("2024-03-01T09:59")).form(Kontaktform.BREV), DAGPENGEMODTAGER,
                    tidligere(Samtaletype.JOBSAMTALE, dansk("2024-02-01T10:00"), true),
                    tidligere(Samtaletype.JOBSAMTALE, senesteNulstillende, true)))
                    .singleElement().satisfies(o -> {
                        assertThat(o.kode()).isEqualTo(Fejlkode.FOER_SENESTE_NULSTILLENDE);
                        assertThat(o.felt()).isEqualTo("afholdt");
                        assertThat(o.besked()).contains("2024-03-01 10:00");
                    });
        }

        @Test
        void a_nulstillende_conversation_less_than_a_minute_after_the_latest_fails() {
            assertThat(kontroller(regel, samtale().afholdt(dansk("2024-03-01T10:00:59")), DAGPENGEMODTAGER,
                    tidligere(Samtaletype.CV_SAMTALE, senesteNulstillende, true)))
                    .extracting(Overtraedelse::kode).containsExactly(Fejlkode.NULSTILLENDE_FOR_TAET);
        }

        @Test
        void a_nulstillende_conversation_at_the_same_time_as_the_latest_fails() {
            assertThat(kontroller(regel, samtale().afholdt(senesteNulstillende), DAGPENGEMODTAGER,
                    tidligere(Samtaletype.CV_SAMTALE, senesteNulstillende, true)))
                    .extracting(Overtraedelse::kode).containsExactly(Fejlkode.NULSTILLENDE_FOR_TAET);
        }

        @Test
        void a_conversation_that_does_not_reset_may_share_the_latest_nulstillende_time() {
            assertThat(kontroller(regel, samtale().afholdt(senesteNulstillende).form(Kontaktform.BREV), DAGPENGEMODTAGER,
                    tidligere(Samtaletype.CV_SAMTALE, senesteNulstillende, true))).isEmpty();
        }

        @Test
        void later_conversations_that_did_not_reset_do_not_count() {
            assertThat(kontroller(regel, samtale().afholdt(dansk("2024-03-01T10:05")), DAGPENGEMODTAGER,
                    tidligere(Samtaletype.JOBSAMTALE, senesteNulstillende, true),
                    tidligere(Samtaletype.INFORMATIONSMOEDE, dansk("2024-03-05T10:00"), false))).isEmpty();
        }
    }

    // ---- rule 8 ----

    @Nested
    class DubletregelRule {

        private final Registreringsregel regel = new Dubletregel();

        @Test
        void another_type_in_the_same_minute_passes() {
            assertThat(kontroller(regel, samtale().afholdt(dansk("2024-03-01T10:00:30")), DAGPENGEMODTAGER,
                    tidligere(Samtaletype.CV_SAMTALE, dansk("2024-03-01T10:00"), false))).isEmpty();
        }

        @Test
        void the_same_type_in_the_next_minute_passes() {
            assertThat(kontroller(regel, samtale().afholdt(dansk("2024-03-01T10:01")), DAGPENGEMODTAGER,
                    tidligere(Samtaletype.JOBSAMTALE, dansk("2024-03-01T10:00:59"), false))).isEmpty();
        }

        @Test
        void the_same_type_in_the_same_minute_fails() {
            assertThat(kontroller(regel, samtale().afholdt(dansk("2024-03-01T10:00:45")), DAGPENGEMODTAGER,
                    tidligere(Samtaletype.JOBSAMTALE, dansk("2024-03-01T10:00:05"), false)))
                    .singleElement().satisfies(o -> {
                        assertThat(o.kode()).isEqualTo(Fejlkode.DUBLET);
                        assertThat(o.felt()).isEqualTo("afholdt");
                        assertThat(o.besked()).contains("Jobsamtale (7)", "2024-03-01 10:00");
                    });
        }
    }

    // ---- all rules together ----

    @Nested
    class ThePolicy {

        @Test
        void a_valid_registration_is_approved_and_a_jobsamtale_in_person_resets() {
            Registreringspolitik.Vurdering vurdering = POLITIK.vurder(samtale().registrering(), DAGPENGEMODTAGER, List.of(), Set.of());

            assertThat(vurdering.godkendt()).isTrue();
            assertThat(vurdering.nulstillende()).isTrue();
        }

        @Test
        void a_letter_does_not_reset() {
            assertThat(POLITIK.erNulstillende(samtale().form(Kontaktform.BREV).registrering())).isFalse();
        }

        /** One case per cell of samtaletype x kontaktform. */
        @ParameterizedTest(name = "{0} held {1}")
        @MethodSource("dk.samtaleregister.samtale.domain.RegistreringspolitikTest#samtaletyperOgKontaktformer")
        void every_cell_of_the_nulstillende_table(Samtaletype type, Kontaktform form) {
            boolean nulstillende = NULSTILLENDE_TYPER.contains(type.id()) && DIREKTE_KONTAKT.contains(form);

            assertThat(POLITIK.erNulstillende(samtale().type(type).form(form).registrering())).isEqualTo(nulstillende);
        }

        @Test
        void every_broken_rule_is_reported_together() {
            Registrering registrering = samtale().type(Samtaletype.RAADIGHEDSSAMTALE).af(JOBCENTER_147)
                    .status(Deltagelsesstatus.A_KASSEN_DELTOG).afholdt(dansk("2024-03-01T10:00")).registrering();
            List<TidligereSamtale> tidligere = List.of(
                    tidligere(Samtaletype.RAADIGHEDSSAMTALE, dansk("2024-03-01T10:00"), false),
                    tidligere(Samtaletype.JOBSAMTALE, dansk("2024-03-02T09:00"), true));

            Registreringspolitik.Vurdering vurdering = POLITIK.vurder(registrering, DAGPENGEMODTAGER, tidligere, Set.of());

            assertThat(vurdering.godkendt()).isFalse();
            assertThat(vurdering.overtraedelser()).extracting(Overtraedelse::kode).containsExactlyInAnyOrder(
                    Fejlkode.SAMTALETYPE_KUN_FOR_MYNDIGHED,
                    Fejlkode.DELTAGELSESSTATUS_PASSER_IKKE,
                    Fejlkode.FOER_SENESTE_NULSTILLENDE,
                    Fejlkode.DUBLET);
        }

        @Test
        void a_citizen_without_a_kontaktgruppe_gets_one_violation_for_it_not_one_per_table() {
            Registreringspolitik.Vurdering vurdering = POLITIK.vurder(samtale().registrering(), BorgerSituation.UKENDT, List.of(), Set.of());

            assertThat(vurdering.overtraedelser()).extracting(Overtraedelse::kode)
                    .containsExactly(Fejlkode.INGEN_KONTAKTGRUPPE);
        }
    }

    // ---- rules 1 and 2 ----

    @Nested
    class Indlaesning {

        private final Instant nu = Instant.parse("2024-07-01T12:00:00Z");

        private Samtaleanmodning anmodning(String afholdt, String samtaleinformation) {
            return new Samtaleanmodning("010190-1234", afholdt, 7, "PERSONLIGT_FREMMOEDE", samtaleinformation, false,
                    null, "booking-17", "sbh-1", "JOBCENTER", "101", "aftale-3", "samtykke-9");
        }

        private Samtaleanmodning anmodning(String afholdt) {
            return anmodning(afholdt, "Aftalt jobsoegning.");
        }

        private List<Overtraedelse> fejlVed(Samtaleanmodning anmodning) {
            Regelbrud brud = catchThrowableOfType(Regelbrud.class, () -> Registreringsindlaesning.fortolk(anmodning, nu));
            assertThat(brud).as("a Regelbrud").isNotNull();
            return brud.overtraedelser();
        }

        @Test
        void a_fully_valid_request_becomes_a_registration() {
            Registrering registrering = Registreringsindlaesning.fortolk(anmodning("2024-07-01T10:00"), nu);

            assertThat(registrering.cpr().cifre()).isEqualTo("0101901234");
            assertThat(registrering.afholdt()).isEqualTo(Instant.parse("2024-07-01T08:00:00Z"));
            assertThat(registrering.samtaletype()).isEqualTo(Samtaletype.JOBSAMTALE);
            assertThat(registrering.kontaktform()).isEqualTo(Kontaktform.PERSONLIGT_FREMMOEDE);
            assertThat(registrering.samtaleinformation()).isEqualTo("Aftalt jobsoegning.");
            assertThat(registrering.flereMyndigheder()).isFalse();
            assertThat(registrering.deltagelsesstatus()).isNull();
            assertThat(registrering.planlagtSamtale()).isEqualTo("booking-17");
            assertThat(registrering.ansvarligSagsbehandler())
                    .isEqualTo(new AnsvarligSagsbehandler("sbh-1", new Myndighed(Myndighedstype.JOBCENTER, "101")));
            assertThat(registrering.aftalenummer()).isEqualTo("aftale-3");
            assertThat(registrering.samtykkeloebenummer()).isEqualTo("samtykke-9");
        }

        @Test
        void flere_myndigheder_left_out_means_false_and_a_status_is_read() {
            var anmodning = new Samtaleanmodning("0101901234", "2024-07-01T10:00", 17, "TELEFONISK", null, null,
                    "A_KASSEN_DELTOG", null, "sbh-1", "AKASSE", "AK12", null, null);

            Registrering registrering = Registreringsindlaesning.fortolk(anmodning, nu);

            assertThat(registrering.flereMyndigheder()).isFalse();
            assertThat(registrering.deltagelsesstatus()).isEqualTo(Deltagelsesstatus.A_KASSEN_DELTOG);
            assertThat(registrering.samtaleinformation()).isNull();
        }

        @Test
        void a_request_with_many_faults_reports_all_of_them_at_once() {
            String forLang = "x".repeat(Registreringsindlaesning.MAKS_REFERENCE + 1);
            var anmodning = new Samtaleanmodning("12345", "i gaar", 6, "SMS",
                    "x".repeat(Registreringsindlaesning.MAKS_SAMTALEINFORMATION + 1), true, "MAASKE", forLang, null,
                    "KOMMUNE", null, forLang, forLang);

            assertThat(fejlVed(anmodning)).extracting(Overtraedelse::felt, Overtraedelse::kode).containsExactlyInAnyOrder(
                    tuple("cpr", Fejlkode.CPR_UGYLDIGT_FORMAT),
                    tuple("afholdt", Fejlkode.UGYLDIGT_TIDSPUNKT),
                    tuple("samtaletype", Fejlkode.UKENDT_KODE),
                    tuple("kontaktform", Fejlkode.UKENDT_KODE),
                    tuple("samtaleinformation", Fejlkode.FOR_LANG),
                    tuple("deltagelsesstatus", Fejlkode.UKENDT_KODE),
                    tuple("planlagtSamtale", Fejlkode.FOR_LANG),
                    tuple("ansvarligSagsbehandler.ident", Fejlkode.FELT_MANGLER),
                    tuple("ansvarligSagsbehandler.myndighed.type", Fejlkode.UKENDT_KODE),
                    tuple("ansvarligSagsbehandler.myndighed.kode", Fejlkode.FELT_MANGLER),
                    tuple("aftalenummer", Fejlkode.FOR_LANG),
                    tuple("samtykkeloebenummer", Fejlkode.FOR_LANG));
        }

        @Test
        void an_empty_request_lists_every_required_field() {
            var tom = new Samtaleanmodning(null, null, null, null, null, null, null, null, null, null, null, null, null);

            assertThat(fejlVed(tom)).extracting(Overtraedelse::felt, Overtraedelse::kode).containsExactlyInAnyOrder(
                    tuple("cpr", Fejlkode.FELT_MANGLER),
                    tuple("afholdt", Fejlkode.FELT_MANGLER),
                    tuple("samtaletype", Fejlkode.FELT_MANGLER),
                    tuple("kontaktform", Fejlkode.FELT_MANGLER),
                    tuple("ansvarligSagsbehandler.ident", Fejlkode.FELT_MANGLER),
                    tuple("ansvarligSagsbehandler.myndighed.type", Fejlkode.FELT_MANGLER),
                    tuple("ansvarligSagsbehandler.myndighed.kode", Fejlkode.FELT_MANGLER));
        }

        @Test
        void afholdt_without_an_offset_is_danish_summer_time() {
            assertThat(Registreringsindlaesning.fortolk(anmodning("2024-07-01T10:00"), nu).afholdt())
                    .isEqualTo(Instant.parse("2024-07-01T08:00:00Z"));
        }

        @Test
        void afholdt_without_an_offset_is_danish_winter_time() {
            assertThat(Registreringsindlaesning.fortolk(anmodning("2024-01-15T10:00"), nu).afholdt())
                    .isEqualTo(Instant.parse("2024-01-15T09:00:00Z"));
        }

        @Test
        void afholdt_with_an_offset_keeps_that_offset() {
            assertThat(Registreringsindlaesning.fortolk(anmodning("2024-07-01T10:00:00+00:00"), nu).afholdt())
                    .isEqualTo(Instant.parse("2024-07-01T10:00:00Z"));
            assertThat(Registreringsindlaesning.fortolk(anmodning("2024-07-01T10:00Z"), nu).afholdt())
                    .isEqualTo(Instant.parse("2024-07-01T10:00:00Z"));
            assertThat(Registreringsindlaesning.fortolk(anmodning("2024-07-01T08:00-03:00"), nu).afholdt())
                    .isEqualTo(Instant.parse("2024-07-01T11:00:00Z"));
        }

        @Test
        void afholdt_is_kept_to_the_second() {
            assertThat(Registreringsindlaesning.fortolk(anmodning("2024-07-01T10:00:30.999"), nu).afholdt())
                    .isEqualTo(Instant.parse("2024-07-01T08:00:30Z"));
        }

        @Test
        void afholdt_that_is_not_a_time_is_refused() {
            assertThat(fejlVed(anmodning("2024-07-01"))).extracting(Overtraedelse::felt, Overtraedelse::kode)
                    .containsExactly(tuple("afholdt", Fejlkode.UGYLDIGT_TIDSPUNKT));
        }

        @Test
        void afholdt_more_than_a_minute_after_now_is_in_the_future() {
            // nu is 14:00 Danish time; 14:01:01 is one second past the allowed clock drift
            assertThat(fejlVed(anmodning("2024-07-01T14:01:01"))).extracting(Overtraedelse::felt, Overtraedelse::kode)
                    .containsExactly(tuple("afholdt", Fejlkode.AFHOLDT_I_FREMTIDEN));
            assertThat(fejlVed(anmodning("2024-07-02T09:00+02:00"))).extracting(Overtraedelse::kode)
                    .containsExactly(Fejlkode.AFHOLDT_I_FREMTIDEN);
        }

        @Test
        void afholdt_up_to_a_minute_after_now_is_accepted_for_clock_drift() {
            assertThat(Registreringsindlaesning.fortolk(anmodning("2024-07-01T14:01:00"), nu).afholdt())
                    .isEqualTo(Instant.parse("2024-07-01T12:01:00Z"));
        }

        @Test
        void samtaleinformation_of_4000_code_points_is_accepted() {
            // each emoji is one code point but two Java chars: the limit counts what the user sees
            String tekst = "\uD83D\uDE00".repeat(4000);
            assertThat(tekst.length()).isEqualTo(8000);

            assertThat(Registreringsindlaesning.fortolk(anmodning("2024-07-01T10:00", tekst), nu).samtaleinformation())
                    .isEqualTo(tekst);
        }

        @Test
        void samtaleinformation_of_4001_code_points_is_too_long() {
            String tekst = "æ".repeat(4001);

            assertThat(fejlVed(anmodning("2024-07-01T10:00", tekst))).singleElement().satisfies(o -> {
                assertThat(o.felt()).isEqualTo("samtaleinformation");
                assertThat(o.kode()).isEqualTo(Fejlkode.FOR_LANG);
                assertThat(o.besked()).contains("4000");
            });
        }

        @Test
        void a_jobcenter_code_must_be_three_digits() {
            var anmodning = new Samtaleanmodning("0101901234", "2024-07-01T10:00", 7, "TELEFONISK", null, false,
                    null, null, "sbh-1", "JOBCENTER", "1010", null, null);

            assertThat(fejlVed(anmodning)).extracting(Overtraedelse::felt, Overtraedelse::kode)
                    .containsExactly(tuple("ansvarligSagsbehandler.myndighed.kode", Fejlkode.UGYLDIG_MYNDIGHEDSKODE));
        }
    }
}
