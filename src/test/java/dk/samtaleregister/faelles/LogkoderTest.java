package dk.samtaleregister.faelles;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import dk.samtaleregister.faelles.web.CprMaskeringKonverter;
import dk.samtaleregister.faelles.web.Logkoder;
import dk.samtaleregister.test.Api;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The console's lines as text and as JSON (LOG_FORMAT=json): every CPR number masked, in the message and the stack trace. */
class LogkoderTest {

    private static String linje(String format, Throwable fejl) {
        LoggerContext kontekst = new LoggerContext();
        @SuppressWarnings("unchecked")
        Map<String, String> regler = (Map<String, String>) kontekst.getObject(ch.qos.logback.core.CoreConstants.PATTERN_RULE_REGISTRY);
        if (regler == null) {
            regler = new java.util.HashMap<>();
            kontekst.putObject(ch.qos.logback.core.CoreConstants.PATTERN_RULE_REGISTRY, regler);
        }
        regler.put("cprmaske", CprMaskeringKonverter.class.getName());
        Logkoder koder = new Logkoder();
        koder.setContext(kontekst);
        koder.setFormat(format);
        koder.setPattern("%cprmaske(%5p [%X{korrelationsId:--}] %logger : %m%n%wEx)");
        koder.setCharset(StandardCharsets.UTF_8);
        koder.start();
        LoggingEvent haendelse = new LoggingEvent("x", kontekst.getLogger("dk.samtaleregister.Proeve"), Level.WARN,
                "Opslag af \"0101901234\" fejlede\tfor 010190-1234", fejl, null);
        haendelse.setMDCPropertyMap(Map.of("korrelationsId", "abc-123"));
        return new String(koder.encode(haendelse), StandardCharsets.UTF_8);
    }

    @Test
    void a_json_line_is_one_object_with_its_fields_and_every_cpr_number_masked() {
        String linje = linje("json", new IllegalStateException("duplicate key (cpr)=(0202021234)"));

        assertThat(linje).endsWith("}\n").doesNotContain("0101901234").doesNotContain("1234\"").doesNotContain("0202021234");
        assertThat(linje.strip().lines()).hasSize(1);
        JsonNode json = Api.JSON.readTree(linje);
        assertThat(json.get("niveau").asString()).isEqualTo("WARN");
        assertThat(json.get("logger").asString()).isEqualTo("dk.samtaleregister.Proeve");
        assertThat(json.get("korrelationsId").asString()).isEqualTo("abc-123");
        assertThat(json.get("besked").asString()).isEqualTo("Opslag af \"010190-xxxx\" fejlede\tfor 010190-xxxx");
        assertThat(json.get("stak").asString()).contains("IllegalStateException", "(cpr)=(020202-xxxx)");
        assertThat(json.get("tid").asString()).matches("\\d{4}-\\d{2}-\\d{2}T.*Z");
    }

    @Test
    void without_json_the_lines_are_text_masked_by_the_pattern() {
        String linje = linje("tekst", null);

        assertThat(linje).startsWith(" WARN [abc-123] dk.samtaleregister.Proeve : Opslag af \"010190-xxxx\"").doesNotContain("0101901234")
                .doesNotContain("{\"");
    }
}
