package dk.samtaleregister.faelles;

import static org.assertj.core.api.Assertions.assertThat;

import dk.samtaleregister.faelles.domain.Fejlkode;
import dk.samtaleregister.faelles.domain.Problemtype;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The error catalogue: each code has one status through its problem type, and the documented table says the same. */
class FejlkatalogTest {

    /** A row of the documented error table: | `CODE` | status | `type` | meaning. Message: *the Danish message* | */
    private static final Pattern RAEKKE = Pattern.compile("^\\| `([A-Z_]+)` \\| (\\d{3}) \\| `([a-z-]+)` \\|.*Message: \\*(.+)\\* \\|$",
            Pattern.MULTILINE);

    /** A row as the documentation gives it and as the catalogue says it should. */
    private record Raekke(int status, String type, String besked) {
    }

    @Test
    void every_code_has_the_status_of_its_problem_type_and_every_type_is_used() {
        EnumSet<Problemtype> brugte = EnumSet.noneOf(Problemtype.class);
        for (Fejlkode kode : Fejlkode.values()) {
            assertThat(kode.status()).as(kode.name()).isEqualTo(kode.type().status());
            assertThat(kode.type().uri()).as(kode.name()).isEqualTo("urn:samtaleregister:problem:" + kode.type().navn());
            brugte.add(kode.type());
        }
        assertThat(brugte).containsExactlyInAnyOrder(Problemtype.values());
    }

    @Test
    void the_documented_table_gives_every_code_its_catalogue_status_type_and_message_and_names_no_other_code() throws IOException {
        String dokument = Files.readString(Path.of("docs/error-codes.md"));
        Map<String, Raekke> dokumenteret = new LinkedHashMap<>();
        Matcher raekke = RAEKKE.matcher(dokument);
        while (raekke.find()) {
            String besked = raekke.group(4).replace("&lt;", "<").replace("&gt;", ">");
            dokumenteret.put(raekke.group(1), new Raekke(Integer.parseInt(raekke.group(2)), raekke.group(3), besked));
        }
        Map<String, Raekke> katalog = new LinkedHashMap<>();
        for (Fejlkode kode : Fejlkode.values()) {
            // The table shows a message's placeholders as %s; formatting the template with "%s" for each gives it back.
            String dokumenteretBesked = dokumenteret.containsKey(kode.name()) ? dokumenteret.get(kode.name()).besked() : "";
            Object[] pladsholdere = Collections.nCopies(dokumenteretBesked.split("%s", -1).length - 1, "%s").toArray();
            katalog.put(kode.name(), new Raekke(kode.status(), kode.type().navn(), kode.besked(pladsholdere)));
        }

        assertThat(dokument.lines().filter(linje -> linje.startsWith("| `")).count()).as("rows of the table").isEqualTo(dokumenteret.size());
        assertThat(dokumenteret).isEqualTo(katalog);
    }
}
