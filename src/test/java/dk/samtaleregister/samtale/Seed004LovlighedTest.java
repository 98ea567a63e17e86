package dk.samtaleregister.samtale;

import static dk.samtaleregister.test.Samtalebygger.samtale;
import static dk.samtaleregister.test.Testkalder.akasse;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dk.samtaleregister.test.Api.Svar;
import dk.samtaleregister.test.ApiTest;
import dk.samtaleregister.test.Samtalebygger;
import dk.samtaleregister.test.TestCpr;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every cell of seed 004 (kontaktgruppe x rask/syg x samtaletype) through the real API. The oracle is the seed text
 * itself, parsed here, so that the service's own rule file is checked against its source rather than against itself.
 */
class Seed004LovlighedTest extends ApiTest {

    private static final String SEED = "004_d6c75dcdaa99fad6.txt";

    /** Every samtaletype the service knows, including 8, 11 and 19 that seed 004 never names (so never legal). */
    private static final List<Integer> SAMTALETYPER = List.of(4, 5, 7, 8, 9, 10, 11, 12, 13, 15, 16, 17, 18, 19);

    /** Groups with a "Syg" row only; by this project's decision 2 (docs/decisions.md) their list also applies on healthy days. */
    private static final Set<Integer> KUN_SYG_RAEKKE = Set.of(24, 25);

    private static final Pattern TYPE_ID = Pattern.compile("\\((\\d+)\\)");

    private enum Dag {
        RASK, SYG
    }

    private record Seedraekke(int kontaktgruppe, Set<Dag> dage, Set<Integer> lovlige) {
    }

    @TestFactory
    Stream<DynamicTest> every_cell_of_seed_004_is_judged_as_the_seed_says() {
        Map<Integer, Map<Dag, Set<Integer>>> lovlige = lovligeEfterSeedet();
        List<DynamicTest> tilfaelde = new ArrayList<>();
        lovlige.forEach((gruppe, perDag) -> {
            for (Dag dag : Dag.values()) {
                for (int type : SAMTALETYPER) {
                    boolean lovlig = perDag.get(dag).contains(type);
                    String navn = "kontaktgruppe " + gruppe + " " + dag + " samtaletype " + type
                            + (lovlig ? " -> lovlig" : " -> ikke lovlig");
                    tilfaelde.add(DynamicTest.dynamicTest(navn, () -> kontroller(navn, gruppe, dag, type, lovlig)));
                }
            }
        });
        assertThat(tilfaelde).hasSize(27 * 2 * SAMTALETYPER.size());
        return tilfaelde.stream();
    }

    @Test
    void the_copy_in_the_test_resources_is_the_seed_byte_for_byte() throws IOException {
        // Relative to the project dir: CI clones have shared/ beside the repository, a lone clone may not.
        Path original = Path.of("..", "shared", "seeds", SEED);
        Assumptions.assumeTrue(Files.exists(original),
                () -> "No " + original.toAbsolutePath().normalize() + " beside this clone; nothing to compare the copy with");
        byte[] forventet = Files.readAllBytes(original);
        byte[] kopi = seedBytes();
        assertThat(new String(kopi, UTF_8)).as("src/test/resources/seed/" + SEED + " vs " + original)
                .isEqualTo(new String(forventet, UTF_8));
        assertThat(kopi).as("bytes of src/test/resources/seed/" + SEED).isEqualTo(forventet);
    }

    private void kontroller(String navn, int gruppe, Dag dag, int type, boolean lovlig) {
        String cpr = TestCpr.naeste();
        feed.kontaktgruppe(cpr, gruppe, "2024-01-01", null);
        feed.akasse(cpr, "AK12", "2024-01-01", null);
        if (dag == Dag.SYG) {
            feed.fravaer(cpr, "SYGDOM_SYGEMELDING", "2024-02-01", "2024-03-31");
        }
        Samtalebygger samtale = samtale(cpr).type(type);
        if (type == 17 || type == 19) {
            // 17 requires an a-kasse participation status and 19 allows one; without it 17 would fail for that reason.
            samtale.status("A_KASSEN_DELTOG");
        }

        // An a-kasse registers, so that CV- and rådighedssamtale (10, 15) are judged by the table alone, not by the
        // seed's reservation of them for an a-kasse in kontaktgruppe 1 (decision 4, docs/decisions.md; rule 5).
        Svar svar = api.som(akasse("AK12")).registrer(samtale);

        // Surefire reports a dynamic test by its index, not its display name, so the cell goes in the message too.
        String beskrivelse = navn + ": " + svar;
        if (lovlig) {
            assertThat(svar.status()).as(beskrivelse).isEqualTo(201);
        } else {
            assertThat(svar.status()).as(beskrivelse).isEqualTo(422);
            assertThat(svar.fejlkoder()).as(beskrivelse).containsExactly("SAMTALETYPE_IKKE_LOVLIG");
        }
    }

    /** Kontaktgruppe -> RASK/SYG -> legal samtaletype ids, as seed 004 states them (with decision 2 applied). */
    private static Map<Integer, Map<Dag, Set<Integer>>> lovligeEfterSeedet() {
        List<Seedraekke> raekker = seedraekker();
        assertThat(raekker).as("table rows parsed from seed " + SEED).hasSize(28);

        Map<Integer, Map<Dag, Set<Integer>>> lovlige = new TreeMap<>();
        for (Seedraekke raekke : raekker) {
            for (Dag dag : raekke.dage()) {
                Set<Integer> tidligere = lovlige.computeIfAbsent(raekke.kontaktgruppe(), g -> new TreeMap<>())
                        .put(dag, raekke.lovlige());
                assertThat(tidligere).as("second row for kontaktgruppe " + raekke.kontaktgruppe() + " " + dag).isNull();
            }
        }
        assertThat(lovlige.keySet()).as("kontaktgrupper parsed from seed " + SEED).hasSize(27).doesNotContain(9);

        Set<Integer> udenRaskRaekke = new TreeSet<>();
        lovlige.forEach((gruppe, perDag) -> {
            assertThat(perDag).as("kontaktgruppe " + gruppe + " has a row for sick days").containsKey(Dag.SYG);
            if (!perDag.containsKey(Dag.RASK)) {
                udenRaskRaekke.add(gruppe);
                perDag.put(Dag.RASK, perDag.get(Dag.SYG));
            }
        });
        // A group joining or leaving this list would need a fresh decision, not a silent fallback.
        assertThat(udenRaskRaekke).as("kontaktgrupper with only a Syg row").isEqualTo(KUN_SYG_RAEKKE);
        return lovlige;
    }

    /** The table lines: tab-separated, first field the kontaktgruppe number; headings and page footers are skipped. */
    private static List<Seedraekke> seedraekker() {
        List<Seedraekke> raekker = new ArrayList<>();
        for (String linje : new String(seedBytes(), UTF_8).split("\\R")) {
            String[] felter = linje.split("\t", -1);
            if (felter.length < 4 || !felter[0].trim().matches("\\d+")) {
                continue;
            }
            int gruppe = Integer.parseInt(felter[0].trim());
            Set<Integer> typer = new TreeSet<>();
            Matcher id = TYPE_ID.matcher(felter[3]);
            while (id.find()) {
                typer.add(Integer.parseInt(id.group(1)));
            }
            assertThat(typer).as("samtaletyper of kontaktgruppe " + gruppe + ": " + felter[3]).isNotEmpty();
            raekker.add(new Seedraekke(gruppe, dage(felter[2], gruppe), typer));
        }
        return raekker;
    }

    /** The seed spells the column "Rask", "Syg", "Rask/Syg", "Rask/ Syg" and "Rask/ syg". */
    private static Set<Dag> dage(String felt, int gruppe) {
        return switch (felt.replace(" ", "").toUpperCase(Locale.ROOT)) {
            case "RASK" -> Set.of(Dag.RASK);
            case "SYG" -> Set.of(Dag.SYG);
            case "RASK/SYG" -> Set.of(Dag.RASK, Dag.SYG);
            default -> throw new AssertionError("Unknown rask/syg '" + felt + "' for kontaktgruppe " + gruppe);
        };
    }

    private static byte[] seedBytes() {
        try (InputStream ind = Seed004LovlighedTest.class.getResourceAsStream("/seed/" + SEED)) {
            if (ind == null) {
                throw new AssertionError("Missing test resource /seed/" + SEED);
            }
            return ind.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
