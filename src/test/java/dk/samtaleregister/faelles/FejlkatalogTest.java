package dk.samtaleregister.faelles;

import static org.assertj.core.api.Assertions.assertThat;

import dk.samtaleregister.faelles.domain.Fejlkode;
import dk.samtaleregister.faelles.domain.Problemtype;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The error catalogue: each code has one status through its problem type, and the documented table says the same. */
class FejlkatalogTest {

    /** A row of the documented error table: | `CODE` | status | ... */
    private static final Pattern RAEKKE = Pattern.compile("^\\| `([A-Z_]+)` \\| (\\d{3}) \\|", Pattern.MULTILINE);

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
    void the_documented_table_gives_every_code_its_catalogue_status_and_names_no_other_code() throws IOException {
        Map<String, Integer> dokumenteret = new LinkedHashMap<>();
        Matcher raekke = RAEKKE.matcher(Files.readString(Path.of("docs/error-codes.md")));
        while (raekke.find()) {
            dokumenteret.put(raekke.group(1), Integer.parseInt(raekke.group(2)));
        }
        Map<String, Integer> katalog = new LinkedHashMap<>();
        Arrays.stream(Fejlkode.values()).forEach(kode -> katalog.put(kode.name(), kode.status()));

        assertThat(dokumenteret).isEqualTo(katalog);
    }
}
