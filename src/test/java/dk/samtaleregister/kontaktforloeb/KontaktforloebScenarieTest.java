package dk.samtaleregister.kontaktforloeb;

import static org.assertj.core.api.Assertions.assertThat;

import dk.samtaleregister.test.TestCpr;
import dk.samtaleregister.test.Testkalder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/**
 * One scenario per row of the table "The krav as encoded" in docs/kontaktforloeb.md, through HTTP: a citizen whose
 * forløb starts inside the row's period in one of its groups, conversations registered by their authority, and the
 * answer of {@code POST /api/v1/kontaktforloeb} judged with {@code pr}. Per row: (a) met on the last day of the window
 * with exactly the count, (b) the last needed conversation one day after the frist, (c) the last one of the wrong
 * samtaletype, of the wrong form, not nulstillende, or held by the wrong authority, and for a window that begins
 * after the start, (d) the first one the day before the window. Every date is worked out by hand from the window
 * rules of "How a krav is judged" (nU ends on start + 7N days, nUS on start + 7N - 1, nM on start + N months - 1,
 * a window from 3M or 6M begins on start + 3 or 6 months) and written into the scenario.
 *
 * <p>The rows are written down from the docs table, not read from {@code regler/kontaktforloeb-krav.csv}:
 * {@link #the_rows_are_those_of_the_docs_table_and_each_has_one_scenario} checks only that the copy is still the
 * page's.
 *
 * <p>Three rows cannot be met on, or missed by one day after, their frist by the real calendar yet: a registration held
 * after now is refused ({@code AFHOLDT_I_FREMTIDEN}, registration rule 2), and the 6-month windows of forløb under lov
 * 1750/2025 (from 2026-07-01) end on 2026-12-31 at the earliest. Here, for those rows (JOBSAMTALER_6M for groups 2 3 7
 * and for 4 5 11 ..., JOBCENTER_DAGPENGE_3M_6M from 2026-07-01), the last conversation is held on 2026-11-30 and the
 * frist is shown by {@code pr} alone: one short is AABEN on the frist and IKKE_OPFYLDT the day after
 * ({@link #with_the_frist_after_today_one_short_is_open_on_the_frist_and_not_met_the_day_after});
 * {@link Kontaktforloeb2026ScenarieTest} meets and misses them on the day, with the registry's clock on 2027-03-01.
 */
class KontaktforloebScenarieTest extends KontaktforloebScenarier {

    /** docs/kontaktforloeb.md, "The krav as encoded", as the page has it. */
    static final List<String> TABELLEN = List.of(
            "| `JOBSAMTALER_6M` | 2020-01-01 – 2023-12-31 | 1 2 3 4 5 7 11 12 13 26 27 28 | 0-6M | 4 | 7 | jobcenter | any | | LBL § 31 stk. 1 (LBK 701/2022) |",
            "| `JOBSAMTALER_6M` | 2024-01-01 – 2026-06-30 | 2 3 4 5 7 11 12 13 26 27 28 | 0-6M | 4 | 7 | jobcenter | any | | LBL § 31 stk. 3 (LBK 280/2024) |",
            "| `JOBSAMTALER_6M` | 2026-07-01 – | 2 3 7 | 0-6M | 4 | 7 | jobcenter | any | 75 % | LBL § 31 stk. 3 (LBK 280/2024) og lov 1750/2025 |",
            "| `JOBSAMTALER_6M` | 2026-07-01 – | 4 5 11 12 13 26 27 28 | 0-6M | 4 | 7 | jobcenter | any | | LBL § 31 stk. 3 (LBK 280/2024) |",
            "| `FOERSTE_JOBSAMTALE_1U` | 2020-01-01 – 2023-12-31 | 2 3 12 26 27 28 | 0-1U | 1 | 7 | jobcenter | any | | LBL § 31 stk. 3 (LBK 701/2022) |",
            "| `FOERSTE_JOBSAMTALE_1U` | 2024-01-01 – | 2 3 12 26 27 28 | 0-1U | 1 | 7 | jobcenter | in person | | LBL § 31 stk. 5 og § 33 (LBK 280/2024) |",
            "| `FAELLES_AKASSE_3M_6M` | 2020-01-01 – 2023-12-31 | 1 | 3M-6M | 1 | 17 19 | jobcenter | any | | LBL § 31 stk. 2 nr. 2 (LBK 701/2022) |",
            "| `FAELLES_16M` | 2020-01-01 – | 1 | 6M-16M | 1 | 17 19 | jobcenter | any | | LBL § 32 stk. 2 |",
            "| `AKASSE_FOERSTE_2U` | 2024-01-01 – | 1 | 0-2U | 1 | 7 | a-kasse | in person | | LBL § 31 stk. 4 og § 33 (LBK 280/2024) |",
            "| `AKASSE_3M` | 2024-01-01 – 2026-06-30 | 1 | 0-3M | 3 | 7 | a-kasse | any | | LBL § 31 stk. 1 (LBK 280/2024) |",
            "| `AKASSE_3M` | 2026-07-01 – | 1 | 0-3M | 2 | 7 | a-kasse | any | 75 % | LBL § 31 stk. 1 og lov 1750/2025 |",
            "| `JOBCENTER_DAGPENGE_3M_6M` | 2024-01-01 – 2026-06-30 | 1 | 3M-6M | 3 | 7 17 19 | jobcenter | any | | LBL § 31 stk. 1 (LBK 280/2024) |",
            "| `JOBCENTER_DAGPENGE_3M_6M` | 2026-07-01 – | 1 | 3M-6M | 2 | 7 17 19 | jobcenter | any | 75 % | LBL § 31 stk. 1 og lov 1750/2025 |",
            "| `FOERSTE_OPFOELGNING_8US` | 2020-01-01 – | 6 24 25 | 0-8US | 1 | 4 | jobcenter | in person | | Sygedagpengeloven § 13 b |",
            "| `OPFOELGNING_6M` | 2020-01-01 – | 6 24 25 | 0-6M | 4 | 4 | jobcenter | any | | Sygedagpengeloven § 13 b |");

    static final List<Kravrad> RAEKKER = TABELLEN.stream().map(Kravrad::fraDocs).toList();

    /** The latest day a conversation is held on for the rows whose frist lies after today (see the class comment). */
    private static final String SENEST_MULIGE = "2026-11-30";

    /**
     * One scenario per row, in the table's order: row, kontaktgruppe, start, the window worked out by hand (vindueFra,
     * frist), and a samtaletype that is legal for the group (seed 004, regler/lovlige-samtaletyper.csv) and
     * nulstillende but not one of the row's.
     */
    static final List<Scenarie> SCENARIER = List.of(
            // The forløb starts on the first day of the row. 2020-01-01 + 6 months - 1 day. Wrong type: the joint
            // conversation (17), which comes "ud over" the jobcenter's four in 2020-2023 (docs, "How a krav is judged").
            Scenarie.af(0, 1, "2020-01-01", "2020-01-01", "2020-06-30", 17),
            // 2025-05-31 + 6 months is 2025-11-30 (November has 30 days); minus 1: 2025-11-29.
            Scenarie.af(1, 13, "2025-05-31", "2025-05-31", "2025-11-29", 16),
            // 2026-07-01 + 6 months - 1 day: 2026-12-31, after today.
            Scenarie.forude(2, 7, "2026-07-01", "2026-07-01", "2026-12-31", 10),
            // 2026-07-15 + 6 months - 1 day: 2027-01-14, after today.
            Scenarie.forude(3, 11, "2026-07-15", "2026-07-15", "2027-01-14", 18),
            // The last start day of the 2020-2023 version: its window (any form) runs into 2024. 2023-12-31 + 7 days.
            Scenarie.af(4, 26, "2023-12-31", "2023-12-31", "2024-01-07", 16),
            // The row has no end: a forløb under lov 1750/2025 still gets its first jobsamtale in person. 2026-11-02 + 7.
            Scenarie.af(5, 28, "2026-11-02", "2026-11-02", "2026-11-09", 16),
            // From 3M: 2022-11-30 + 3 months is 2023-02-28; to 6M: 2023-05-30 - 1 day. Type 19 is legal in no group
            // (docs/decisions.md), so only 17 can be registered.
            Scenarie.af(6, 1, "2022-11-30", "2023-02-28", "2023-05-29", 7),
            // From 6M: 2024-09-15; to 16M: 2025-07-15 - 1 day.
            Scenarie.af(7, 1, "2024-03-15", "2024-09-15", "2025-07-14", 7),
            // 2026-08-17 + 14 days. Wrong type: the rådighedssamtale (15), which only an a-kasse registers in group 1.
            Scenarie.af(8, 1, "2026-08-17", "2026-08-17", "2026-08-31", 15),
            // 2024-11-30 + 3 months is 2025-02-28; minus 1: 2025-02-27. Wrong type: the a-kasse's CV-samtale (10).
            Scenarie.af(9, 1, "2024-11-30", "2024-11-30", "2025-02-27", 10),
            // 2026-07-01 + 3 months - 1 day.
            Scenarie.af(10, 1, "2026-07-01", "2026-07-01", "2026-09-30", 16),
            // From 3M: 2025-01-31 + 3 months is 2025-04-30; to 6M: 2025-07-31 - 1 day.
            Scenarie.af(11, 1, "2025-01-31", "2025-04-30", "2025-07-30", 16),
            // From 3M: 2026-10-01; to 6M: 2026-12-31, after today.
            Scenarie.forude(12, 1, "2026-07-01", "2026-10-01", "2026-12-31", 16),
            // By the end of week 8: 2020-02-29 + 7 * 8 - 1 days, across March. Wrong type: Fleksjobopfølgningssamtale (5).
            Scenarie.af(13, 24, "2020-02-29", "2020-02-29", "2020-04-24", 5),
            // 2025-08-31 + 6 months is 2026-02-28; minus 1: 2026-02-27.
            Scenarie.af(14, 25, "2025-08-31", "2025-08-31", "2026-02-27", 16));

    // ---- the rows ----

    /**
     * One row of the docs table: the columns as the page names them. {@code fra} and {@code til} are the window's
     * two ends as written ("0-6M" is fra 0, til 6M); {@code maal} is null where the row has no target.
     */
    record Kravrad(String kode, LocalDate gyldigFra, LocalDate gyldigTil, Set<Integer> grupper, String vindue, int antal,
                   List<Integer> typer, String ansvarlig, boolean personligt, Integer maal, String hjemmel) {

        static Kravrad fraDocs(String linje) {
            String[] c = Arrays.stream(linje.split("\\|", -1)).map(String::trim).toArray(String[]::new);
            String[] gyldighed = c[2].split("–", -1);
            String til = gyldighed[1].trim();
            return new Kravrad(c[1].replace("`", ""), LocalDate.parse(gyldighed[0].trim()), til.isEmpty() ? null : LocalDate.parse(til),
                    tal(c[3]).collect(Collectors.toCollection(TreeSet::new)), c[4], Integer.parseInt(c[5]),
                    tal(c[6]).toList(), switch (c[7]) {
                        case "jobcenter" -> "JOBCENTER";
                        case "a-kasse" -> "AKASSE";
                        default -> throw new IllegalArgumentException("held by " + c[7]);
                    }, switch (c[8]) {
                        case "in person" -> true;
                        case "any" -> false;
                        default -> throw new IllegalArgumentException("form " + c[8]);
                    }, c[9].isEmpty() ? null : Integer.parseInt(c[9].replace("%", "").trim()), c[10]);
        }

        private static Stream<Integer> tal(String tekst) {
            return Arrays.stream(tekst.split(" ")).map(Integer::valueOf);
        }

        /** Whether this version governs a forløb in the group that starts on the day. */
        boolean gaelder(LocalDate start, int gruppe) {
            return grupper.contains(gruppe) && !start.isBefore(gyldigFra) && (gyldigTil == null || !start.isAfter(gyldigTil));
        }

        /** The hjemmel column's parts: the page writes "LBL § 31 stk. 5, § 33 (LBK 280/2024)"; each part must be named. */
        List<String> hjemmeldele() {
            return List.of(hjemmel.split(", "));
        }

        /**
         * The public source, by the page's "Sources" paragraph: lov 1750/2025 as STAR explains it, LBL § 31 as in
         * LBK 701/2022 or LBK 280/2024, § 32, and sygedagpengeloven § 13 b.
         */
        String kilde() {
            if (hjemmel.contains("lov 1750/2025")) {
                return "https://star.dk/implementering/beskaeftigelsesreform/generelle-spoergsmaal-og-svar-om-reformen";
            }
            if (hjemmel.contains("LBK 701/2022")) {
                return "https://elov.dk/lov-om-en-aktiv-beskaeftigelsesindsats/paragraf/31/";
            }
            if (hjemmel.startsWith("Sygedagpengeloven § 13 b")) {
                return "https://www.elov.dk/sygedagpengeloven/paragraf/13b/";
            }
            if (hjemmel.startsWith("LBL § 32")) {
                return "https://www.elov.dk/lov-om-en-aktiv-beskaeftigelsesindsats/paragraf/32/";
            }
            return "https://www.elov.dk/lov-om-en-aktiv-beskaeftigelsesindsats/paragraf/31/";
        }

        /** The row's types that can be registered at all: seed 004 allows 19 in no kontaktgruppe (docs/decisions.md). */
        List<Integer> registrerbareTyper() {
            return typer.stream().filter(t -> t != 19).toList();
        }

        @Override
        public String toString() {
            return kode + " " + gyldigFra + " – " + (gyldigTil == null ? "" : gyldigTil);
        }
    }

    /**
     * A row's scenario: a citizen in {@code gruppe} from {@code start}; the window worked out by hand; {@code sidste},
     * the day the last needed conversation is held on (the frist, or {@link #SENEST_MULIGE} where the frist lies after
     * today); and a wrong samtaletype for (c).
     */
    record Scenarie(Kravrad rad, int gruppe, LocalDate start, LocalDate vindueFra, LocalDate frist, LocalDate sidste, int forkertType) {

        Scenarie {
            if (!rad.gaelder(start, gruppe)) {
                throw new IllegalArgumentException(rad + " does not govern a forløb in group " + gruppe + " from " + start);
            }
        }

        static Scenarie af(int raekke, int gruppe, String start, String vindueFra, String frist, int forkertType) {
            return new Scenarie(RAEKKER.get(raekke), gruppe, d(start), d(vindueFra), d(frist), d(frist), forkertType);
        }

        static Scenarie forude(int raekke, int gruppe, String start, String vindueFra, String frist, int forkertType) {
            return new Scenarie(RAEKKER.get(raekke), gruppe, d(start), d(vindueFra), d(frist), d(SENEST_MULIGE), forkertType);
        }

        boolean fristenNaas() {
            return sidste.equals(frist);
        }

        int antal() {
            return rad.antal();
        }

        /** The days of the needed conversations: the first ones from the window's first day on, the last on {@link #sidste}. */
        List<LocalDate> dage() {
            List<LocalDate> dage = new ArrayList<>();
            for (int i = 0; i < antal() - 1; i++) {
                dage.add(vindueFra.plusDays(i));
            }
            dage.add(sidste);
            return dage;
        }

        /** The i-th needed conversation's type: the row's registrable types in turn (7, 17, 7 for "7 17 19"). */
        int type(int i) {
            List<Integer> typer = rad.registrerbareTyper();
            return typer.get(i % typer.size());
        }

        /** In person where the row says so; otherwise the direct forms in turn, to show that any of them counts. */
        String form(int i) {
            List<String> former = List.of(TELEFON, VIDEO, PAA_ARBEJDE, FREMMOEDE);
            return rad.personligt() ? FREMMOEDE : former.get(i % former.size());
        }

        Testkalder holdtAf() {
            return rad.ansvarlig().equals("JOBCENTER") ? JOBCENTRET : AKASSEN;
        }

        /** What (c) varies: the last conversation as it should be, but for one thing. */
        List<Afvigelse> afvigelser() {
            int sidst = antal() - 1;
            List<Afvigelse> afvigelser = new ArrayList<>();
            afvigelser.add(new Afvigelse("samtaletype " + forkertType, forkertType, form(sidst), holdtAf()));
            if (rad.personligt()) {
                afvigelser.add(new Afvigelse("by phone, not in person", type(sidst), TELEFON, holdtAf()));
            }
            afvigelser.add(new Afvigelse("by letter, not nulstillende", type(sidst), BREV, holdtAf()));
            if (holdtAf() == JOBCENTRET) {
                afvigelser.add(new Afvigelse("held by a-kasse AK12", type(sidst), form(sidst), AKASSEN));
            } else {
                afvigelser.add(new Afvigelse("held by jobcenter 101", type(sidst), form(sidst), JOBCENTRET));
                // The anden aktør stands in the jobcenter's place only (docs, "How a krav is judged").
                afvigelser.add(new Afvigelse("held by anden aktør AA7, referred", type(sidst), form(sidst), AKTOEREN));
            }
            return afvigelser;
        }

        @Override
        public String toString() {
            return rad + ", group " + gruppe + " from " + start + ", window " + vindueFra + " – " + frist
                    + (fristenNaas() ? "" : " (after today: the last held on " + sidste + ")");
        }
    }

    record Afvigelse(String hvad, int type, String form, Testkalder kalder) {
        @Override
        public String toString() {
            return hvad;
        }
    }

    static Stream<Scenarie> raekkerne() {
        return SCENARIER.stream();
    }

    static Stream<Scenarie> raekkerMedFristIFortiden() {
        return SCENARIER.stream().filter(Scenarie::fristenNaas);
    }

    static Stream<Scenarie> raekkerMedFristForude() {
        return SCENARIER.stream().filter(s -> !s.fristenNaas());
    }

    static Stream<Scenarie> raekkerMedVindueEfterStart() {
        return SCENARIER.stream().filter(s -> s.vindueFra().isAfter(s.start()));
    }

    static Stream<Arguments> afvigelserne() {
        return SCENARIER.stream().flatMap(s -> s.afvigelser().stream().map(a -> Arguments.of(s, a)));
    }

    // ---- helpers ----

    /** Registers the needed conversations on the days given, each as the scenario says, and gives their numbers. */
    private List<Long> registrerAlle(String cpr, Scenarie s, List<LocalDate> dage) {
        List<Long> numre = new ArrayList<>();
        for (int i = 0; i < dage.size(); i++) {
            numre.add(registrer(cpr, s.holdtAf(), dage.get(i), s.type(i), s.form(i)));
        }
        return numre;
    }

    private static void somRaekken(JsonNode krav, Scenarie s) {
        assertThat(dato(krav, "vindueFra")).as("vindueFra").isEqualTo(s.vindueFra());
        assertThat(dato(krav, "frist")).as("frist").isEqualTo(s.frist());
        assertThat(krav.get("antalKraevet").asInt()).as("antalKraevet").isEqualTo(s.antal());
        assertThat(krav.get("ansvarlig").asString()).as("ansvarlig").isEqualTo(s.rad().ansvarlig());
        assertThat(maal(krav)).as("maal").isEqualTo(s.rad().maal());
        assertThat(krav.get("hjemmel").asString()).as("hjemmel").contains(s.rad().hjemmeldele());
        assertThat(krav.get("kilde").asString()).as("kilde").isEqualTo(s.rad().kilde());
    }

    // ---- (a) met ----

    @ParameterizedTest(name = "{0}")
    @MethodSource("raekkerne")
    void exactly_the_count_with_the_last_on_the_frist_is_met(Scenarie s) {
        String cpr = borger(s.gruppe(), s.start());
        List<Long> numre = registrerAlle(cpr, s, s.dage());

        JsonNode forloeb = etForloeb(cpr, s.frist().plusDays(1));

        assertThat(forloeb.get("kontaktgruppe").asInt()).isEqualTo(s.gruppe());
        assertThat(dato(forloeb, "start")).isEqualTo(s.start());
        JsonNode krav = krav(forloeb, s.rad().kode());
        somRaekken(krav, s);
        assertThat(krav.get("antalAfholdt").asInt()).isEqualTo(s.antal());
        assertThat(talte(krav)).containsExactlyElementsOf(numre);
        assertThat(status(krav)).as(krav.toString()).isEqualTo("OPFYLDT");
    }

    // ---- (b) one day late ----

    @ParameterizedTest(name = "{0}")
    @MethodSource("raekkerMedFristIFortiden")
    void the_last_needed_one_day_after_the_frist_is_not_met(Scenarie s) {
        String cpr = borger(s.gruppe(), s.start());
        List<LocalDate> dage = new ArrayList<>(s.dage());
        dage.set(dage.size() - 1, s.frist().plusDays(1));
        List<Long> numre = registrerAlle(cpr, s, dage);

        JsonNode paaFristen = krav(cpr, s.frist(), s.rad().kode());
        JsonNode dagenEfter = krav(cpr, s.frist().plusDays(1), s.rad().kode());

        assertThat(status(paaFristen)).as("on the frist the window is still open: %s", paaFristen).isEqualTo("AABEN");
        somRaekken(dagenEfter, s);
        assertThat(dagenEfter.get("antalAfholdt").asInt()).isEqualTo(s.antal() - 1);
        assertThat(talte(dagenEfter)).containsExactlyElementsOf(numre.subList(0, numre.size() - 1));
        assertThat(status(dagenEfter)).as(dagenEfter.toString()).isEqualTo("IKKE_OPFYLDT");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("raekkerMedFristForude")
    void with_the_frist_after_today_one_short_is_open_on_the_frist_and_not_met_the_day_after(Scenarie s) {
        String cpr = borger(s.gruppe(), s.start());
        List<LocalDate> dage = s.dage();
        List<Long> numre = registrerAlle(cpr, s, dage.subList(0, dage.size() - 1));

        JsonNode paaFristen = krav(cpr, s.frist(), s.rad().kode());
        JsonNode dagenEfter = krav(cpr, s.frist().plusDays(1), s.rad().kode());

        somRaekken(paaFristen, s);
        assertThat(paaFristen.get("antalAfholdt").asInt()).isEqualTo(s.antal() - 1);
        assertThat(status(paaFristen)).as(paaFristen.toString()).isEqualTo("AABEN");
        assertThat(talte(dagenEfter)).containsExactlyElementsOf(numre);
        assertThat(status(dagenEfter)).as(dagenEfter.toString()).isEqualTo("IKKE_OPFYLDT");
    }

    // ---- (c) the wrong type, form or authority ----

    @ParameterizedTest(name = "{0}: the last {1}")
    @MethodSource("afvigelserne")
    void the_last_needed_one_does_not_count_when_it_differs_in_one_respect(Scenarie s, Afvigelse afvigelse) {
        String cpr = borger(s.gruppe(), s.start());
        List<LocalDate> dage = s.dage();
        List<Long> numre = registrerAlle(cpr, s, dage.subList(0, dage.size() - 1));
        long forkert = registrer(cpr, afvigelse.kalder(), s.sidste(), afvigelse.type(), afvigelse.form());

        JsonNode krav = krav(cpr, s.frist().plusDays(1), s.rad().kode());

        somRaekken(krav, s);
        assertThat(talte(krav)).doesNotContain(forkert).containsExactlyElementsOf(numre);
        assertThat(krav.get("antalAfholdt").asInt()).isEqualTo(s.antal() - 1);
        assertThat(status(krav)).as(krav.toString()).isEqualTo("IKKE_OPFYLDT");
    }

    // ---- (d) before the window ----

    @ParameterizedTest(name = "{0}")
    @MethodSource("raekkerMedVindueEfterStart")
    void a_conversation_the_day_before_the_window_does_not_count(Scenarie s) {
        String cpr = borger(s.gruppe(), s.start());
        List<LocalDate> dage = new ArrayList<>(s.dage());
        dage.set(0, s.vindueFra().minusDays(1));
        List<Long> numre = registrerAlle(cpr, s, dage);

        JsonNode krav = krav(cpr, s.frist().plusDays(1), s.rad().kode());

        somRaekken(krav, s);
        assertThat(talte(krav)).doesNotContain(numre.get(0)).containsExactlyElementsOf(numre.subList(1, numre.size()));
        assertThat(status(krav)).as(krav.toString()).isEqualTo("IKKE_OPFYLDT");
    }

    // ---- which rows govern a forløb ----

    static Stream<LocalDate> startdage() {
        // The first day of the table, and both sides of the two days the rules change.
        return Stream.of("2020-01-01", "2023-12-31", "2024-01-01", "2026-06-30", "2026-07-01").map(LocalDate::parse);
    }

    /**
     * Every kontaktgruppe (seed 004 has 1-28 without 9) gets exactly the krav of the rows whose period covers the start
     * of its forløb and whose groups name it, each with the row's count, target, authority, hjemmel and kilde; a group
     * that no row names gets none, and a bemaerkning in Danish.
     */
    @ParameterizedTest(name = "forløb starting {0}")
    @MethodSource("startdage")
    void every_kontaktgruppe_gets_the_krav_of_exactly_the_rows_that_govern_its_start(LocalDate start) {
        SoftAssertions soft = new SoftAssertions();
        for (int gruppe : IntStream.rangeClosed(1, 28).filter(g -> g != 9).toArray()) {
            String cpr = TestCpr.naeste();
            feed.kontaktgruppe(cpr, gruppe, start.toString(), null);
            JsonNode forloeb = etForloeb(cpr, start);
            int g = gruppe;
            List<Kravrad> gaeldende = RAEKKER.stream().filter(r -> r.gaelder(start, g)).toList();

            soft.assertThat(kravkoder(forloeb)).as("krav of group %d", gruppe)
                    .containsExactlyInAnyOrderElementsOf(gaeldende.stream().map(Kravrad::kode).toList());
            for (Kravrad rad : gaeldende) {
                forloeb.get("krav").valueStream().filter(k -> k.get("kode").asString().equals(rad.kode())).findFirst().ifPresent(k -> {
                    soft.assertThat(k.get("antalKraevet").asInt()).as("%s antalKraevet, group %d", rad.kode(), g).isEqualTo(rad.antal());
                    soft.assertThat(maal(k)).as("%s maal, group %d", rad.kode(), g).isEqualTo(rad.maal());
                    soft.assertThat(k.get("ansvarlig").asString()).as("%s ansvarlig, group %d", rad.kode(), g).isEqualTo(rad.ansvarlig());
                    soft.assertThat(k.get("hjemmel").asString()).as("%s hjemmel, group %d", rad.kode(), g).contains(rad.hjemmeldele());
                    soft.assertThat(k.get("kilde").asString()).as("%s kilde, group %d", rad.kode(), g).isEqualTo(rad.kilde());
                });
            }
            JsonNode bemaerkning = forloeb.get("bemaerkning");
            if (gaeldende.isEmpty()) {
                soft.assertThat(bemaerkning == null || bemaerkning.isNull() ? null : bemaerkning.asString()).as("bemaerkning of group %d", gruppe)
                        .contains("Kontaktgruppe " + gruppe, "ingen krav");
            } else {
                soft.assertThat(bemaerkning == null || bemaerkning.isNull()).as("no bemaerkning for group %d: %s", gruppe, bemaerkning).isTrue();
            }
        }
        soft.assertAll();
    }

    /** The copy above is the page's table, and every row of it has exactly one scenario, in the table's order. */
    @Test
    void the_rows_are_those_of_the_docs_table_and_each_has_one_scenario() throws IOException {
        List<String> side = Files.readAllLines(Path.of("docs/kontaktforloeb.md"), StandardCharsets.UTF_8);
        int fra = side.indexOf("## The krav as encoded");
        assertThat(fra).isNotNegative();
        List<String> tabellen = new ArrayList<>();
        for (String linje : side.subList(fra + 1, side.size())) {
            if (linje.startsWith("## ")) {
                break;
            }
            if (linje.startsWith("| `")) {
                tabellen.add(linje);
            }
        }

        assertThat(tabellen).containsExactlyElementsOf(TABELLEN);
        assertThat(SCENARIER).extracting(Scenarie::rad).containsExactlyElementsOf(RAEKKER);
    }
}
