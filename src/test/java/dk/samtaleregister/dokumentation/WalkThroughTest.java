package dk.samtaleregister.dokumentation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The walk-through runner reads the statuses a page shows and catches an answer that differs from them. */
class WalkThroughTest {

    private static final String PAGE = """
            # Sample

            ```sh
            A=1
            ```

            ## Register

            ```sh
            curl -s $BASE/a
            curl -s $BASE/b
            ```
            ```http
            HTTP/1.1 201
            {"x":1}
            HTTP/1.1 422
            ```
            ```json
            HTTP/1.1 500
            ```
            """;

    @Test
    void each_sh_block_expects_the_status_lines_of_the_http_blocks_after_it() {
        WalkThrough page = WalkThrough.parse(PAGE);

        assertThat(page.blocks()).hasSize(2);
        assertThat(page.blocks().get(0).expected()).isEmpty();
        assertThat(page.blocks().get(1).expected()).containsExactly(201, 422);
        assertThat(page.blocks().get(1).heading()).isEqualTo("Register");
        assertThat(page.blocks().get(1).script()).contains("curl -s $BASE/b");
    }

    @Test
    void matching_statuses_pass_and_a_different_status_or_count_is_reported_with_the_block_and_both_statuses() {
        WalkThrough page = WalkThrough.parse(PAGE);

        assertThat(page.compare("@@block 1\n@@block 2\n@@status 201\n@@status 422\n")).isEmpty();
        assertThat(page.compare("@@block 1\n@@block 2\n@@status 201\n@@status 400\n")).singleElement().asString()
                .contains("block 2 (line 9, under \"Register\")").contains("request 2")
                .contains("answered 400").contains("shows 422");
        assertThat(page.compare("@@block 1\n@@status 200\n@@block 2\n@@status 201\n")).hasSize(2)
                .anySatisfy(f -> assertThat(f).contains("block 1").contains("answered 200").contains("shows no status"))
                .anySatisfy(f -> assertThat(f).contains("block 2").contains("answered no request").contains("shows 422"));
    }

    @Test
    void the_script_records_every_curl_and_marks_every_block() {
        String script = WalkThrough.parse(PAGE).script();

        assertThat(script).startsWith("curl() { command curl \"$@\" -w '%{stderr}@@status %{http_code}\\n'")
                .contains("printf '@@block 1\\n'").contains("printf '@@block 2\\n'");
    }

    @Test
    void an_unclosed_block_is_refused() {
        assertThatThrownBy(() -> WalkThrough.parse("```sh\ncurl x\n")).hasMessageContaining("not closed");
    }

    @Test
    void the_walk_through_shows_a_status_for_every_request_block() throws IOException {
        WalkThrough page = WalkThrough.parse(Files.readString(Path.of("docs/walk-through.md")));

        assertThat(page.blocks()).hasSizeGreaterThan(20);
        assertThat(page.blocks().subList(1, page.blocks().size()))
                .allSatisfy(block -> assertThat(block.expected()).as(block.name()).isNotEmpty());
    }
}
