package dk.samtaleregister.dokumentation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every relative link and anchor in README.md and docs/*.md leads somewhere, and no page repeats a heading. */
class LinkTest {

    @Test
    void every_relative_link_and_anchor_resolves() {
        assertThat(Links.broken(pages(), Files::exists)).isEmpty();
    }

    @Test
    void no_page_has_two_headings_with_the_same_anchor() {
        pages().forEach((path, text) -> assertThat(Links.headings(text).stream().map(Links::slug).toList())
                .as("the headings of %s", path).doesNotHaveDuplicates());
    }

    @Test
    void the_checker_reports_a_missing_file_and_a_missing_anchor_and_accepts_good_links() {
        Map<Path, String> sample = new LinkedHashMap<>();
        sample.put(Path.of("README.md"), """
                # Samtaleregister
                See [the rules](docs/rules.md#regel-9-borgeren-er-myndighedens-egen), [twice](docs/rules.md#tid-1),
                [gone](docs/missing.md), [no such heading](docs/rules.md#tid-2), [here](#samtaleregister),
                [the source](src/Main.java), [GitHub](https://github.com) and `[not a link](nowhere.md)`.
                ```
                [in a code block](nowhere.md)
                ```
                """);
        sample.put(Path.of("docs/rules.md"), """
                # Regel 9: borgeren er myndighedens egen
                ## Tid
                ## Tid
                Back to the [README](../README.md#samtaleregister) and [nowhere](#kontaktforløb).
                """);

        List<String> broken = Links.broken(sample, path -> path.equals(Path.of("src/Main.java")));

        assertThat(broken).containsExactlyInAnyOrder(
                "README.md: docs/missing.md (no file docs/missing.md)",
                "README.md: docs/rules.md#tid-2 (no heading with the anchor #tid-2 in docs/rules.md)",
                "docs/rules.md: #kontaktforløb (no heading with the anchor #kontaktforløb in docs/rules.md)");
    }

    @Test
    void anchors_follow_githubs_slug_rules() {
        assertThat(Links.slug("Retrying safely: `Idempotency-Key`")).isEqualTo("retrying-safely-idempotency-key");
        assertThat(Links.slug("Kontaktforløb og rådighed")).isEqualTo("kontaktforløb-og-rådighed");
        assertThat(Links.slug("Bookings (planlagte samtaler)")).isEqualTo("bookings-planlagte-samtaler");
        assertThat(Links.slug("See [Access](access.md) and_more")).isEqualTo("see-access-and_more");
        assertThat(Links.slugs("# A\n## A\n```\n# A\n```\n### A\n")).containsExactly("a", "a-1", "a-2");
    }

    private static Map<Path, String> pages() {
        Map<Path, String> pages = new LinkedHashMap<>();
        pages.put(Path.of("README.md"), read(Path.of("README.md")));
        try (Stream<Path> docs = Files.list(Path.of("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(p -> pages.put(p, read(p)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(pages).hasSizeGreaterThan(1);
        return pages;
    }

    private static String read(Path path) {
        try {
            return Files.readString(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
