package dk.samtaleregister.arkitektur;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Each table belongs to one capability, which alone writes it. Where another capability reads it for speed (the single
 * query a registration is judged from, the one pass of the national report), that read is a named read model: a class
 * in that capability's {@code persistence} whose name ends in {@code ReadModel}, whose class comment says "Read model:"
 * and names each foreign table it reads, and which writes none of them. A hidden join fails here.
 *
 * <p>{@code borger} (a citizen's id and CPR number) is the key every capability's rows refer to, so a join on it to
 * answer with the CPR number is not a read of another capability's data.
 */
class ReadModelTest {

    private static final Path KILDER = Path.of("src/main/java/dk/samtaleregister");

    private static final Path MIGRERINGER = Path.of("src/main/resources/db/migration");

    /** Every table and the capability that owns it. A new table must be placed here. */
    private static final Map<String, String> EJER = Map.ofEntries(
            Map.entry("kontaktgruppeperiode", "borger"), Map.entry("kontaktgruppeperiode_version", "borger"),
            Map.entry("fravaer", "borger"), Map.entry("fravaer_version", "borger"),
            Map.entry("jobcentertilknytning", "borger"), Map.entry("jobcentertilknytning_version", "borger"),
            Map.entry("akassemedlemskab", "borger"), Map.entry("akassemedlemskab_version", "borger"),
            Map.entry("andenaktoer_henvisning", "borger"), Map.entry("andenaktoer_henvisning_version", "borger"),
            Map.entry("undtagelse", "borger"), Map.entry("undtagelse_version", "borger"),
            Map.entry("samtale", "samtale"), Map.entry("samtaleversion", "samtale"),
            Map.entry("planlagt_samtale", "planlaegning"), Map.entry("planlagt_samtale_version", "planlaegning"),
            Map.entry("adgangslog", "adgangslog"), Map.entry("idempotensnoegle", "idempotens"),
            Map.entry("haendelse", "haendelse"), Map.entry("haendelsesudgivelse", "haendelse"));

    private static final String FAELLES_NOEGLE = "borger";

    /** A table after from or join, or a table's name given to {@code formatted} (SQL put together from a template). */
    private static final Pattern LAESNING = Pattern.compile("\\b(?:from|join)\\s+(\\w+)|\\.formatted\\(\"(\\w+)\"",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern SKRIVNING = Pattern.compile("\\b(?:insert\\s+into|update|delete\\s+from)\\s+(\\w+)", Pattern.CASE_INSENSITIVE);

    @Test
    void every_table_of_the_migrations_has_an_owner() throws IOException {
        Set<String> tabeller = new TreeSet<>();
        Pattern opret = Pattern.compile("create table (?:if not exists )?(\\w+)", Pattern.CASE_INSENSITIVE);
        try (Stream<Path> filer = Files.list(MIGRERINGER)) {
            for (Path fil : filer.toList()) {
                Matcher m = opret.matcher(Files.readString(fil));
                while (m.find()) {
                    tabeller.add(m.group(1).toLowerCase());
                }
            }
        }
        tabeller.remove(FAELLES_NOEGLE);

        assertThat(tabeller).isEqualTo(new TreeSet<>(EJER.keySet()));
    }

    @Test
    void a_read_of_another_capabilitys_table_is_a_named_read_model_that_writes_none_of_them() throws IOException {
        List<String> brud = new ArrayList<>();
        List<String> laesemodeller = new ArrayList<>();
        try (Stream<Path> filer = Files.walk(KILDER)) {
            for (Path fil : filer.filter(f -> f.toString().endsWith(".java")).filter(f -> f.getParent().endsWith("persistence")).toList()) {
                String kapabilitet = KILDER.relativize(fil).getName(0).toString();
                String kilde = Files.readString(fil);
                Set<String> fremmedeLaest = fremmede(LAESNING, kilde, kapabilitet);
                Set<String> fremmedeSkrevet = fremmede(SKRIVNING, kilde, kapabilitet);
                String klasse = fil.getFileName().toString().replace(".java", "");
                if (!fremmedeSkrevet.isEmpty()) {
                    brud.add(klasse + " writes another capability's tables " + fremmedeSkrevet);
                }
                if (fremmedeLaest.isEmpty()) {
                    continue;
                }
                laesemodeller.add(klasse);
                String klassekommentar = kilde.substring(0, Math.max(0, kilde.indexOf("public class")));
                if (!klasse.endsWith("ReadModel") || !klassekommentar.contains("Read model:")) {
                    brud.add(klasse + " reads " + fremmedeLaest + " but is not a named read model");
                }
                fremmedeLaest.stream().filter(tabel -> !klassekommentar.contains("{@code " + tabel + "}"))
                        .forEach(tabel -> brud.add(klasse + " does not name " + tabel + " in its class comment"));
            }
        }

        assertThat(brud).isEmpty();
        assertThat(laesemodeller).as("the read models there are")
                .containsExactlyInAnyOrder("EgenBorgerReadModel", "RettidighedReadModel", "RegistreringsgrundlagReadModel", "BookingoverblikReadModel",
                        "EksportReadModel");
    }

    /** The tables of other capabilities that the source names after one of the pattern's keywords. */
    private static Set<String> fremmede(Pattern moenster, String kilde, String kapabilitet) {
        Matcher m = moenster.matcher(kilde);
        List<String> tabeller = new ArrayList<>();
        while (m.find()) {
            for (int gruppe = 1; gruppe <= m.groupCount(); gruppe++) {
                if (m.group(gruppe) != null) {
                    tabeller.add(m.group(gruppe).toLowerCase());
                }
            }
        }
        return tabeller.stream().filter(EJER::containsKey).filter(tabel -> !EJER.get(tabel).equals(kapabilitet))
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
