package dk.samtaleregister.faelles;

import static dk.samtaleregister.test.Samtalebygger.samtale;
import static dk.samtaleregister.test.Testkalder.akasse;
import static org.assertj.core.api.Assertions.assertThat;

import dk.samtaleregister.test.Api;
import dk.samtaleregister.test.ApiTest;
import dk.samtaleregister.test.Json;
import dk.samtaleregister.test.TestCpr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** No log line shows a CPR number in full: not our own lines, and not what a library puts in an exception. */
@ExtendWith(OutputCaptureExtension.class)
class CprMaskeringTest extends ApiTest {

    @Test
    void a_cpr_number_in_a_message_or_a_stack_trace_is_logged_with_the_birth_date_only(CapturedOutput output) {
        String cpr = TestCpr.naeste();
        LoggerFactory.getLogger(CprMaskeringTest.class).error("Looked up {}", cpr,
                new IllegalStateException("Key (cpr)=(" + cpr.substring(0, 6) + "-" + cpr.substring(6) + ") already exists"));

        assertThat(output.getAll()).contains("Looked up " + cpr.substring(0, 6) + "-xxxx")
                .doesNotContain(cpr).doesNotContain(cpr.substring(0, 6) + "-" + cpr.substring(6));
    }

    @Test
    void serving_a_citizen_logs_no_cpr_number(CapturedOutput output) {
        String cpr = TestCpr.naeste();
        feed.kontaktgruppe(cpr, 1, "2024-01-01", null);
        feed.akasse(cpr, "AK12", "2024-01-01", null);
        Api ak12 = api.som(akasse("AK12"));
        ak12.registrer(samtale(cpr));
        ak12.registrer(samtale(cpr).type(99));
        ak12.post("/api/v1/samtaler", "{\"cpr\":\"" + cpr + "\",\"samtaletype\":\"x\"}");
        star.post("/api/v1/borgere/opslag", Json.objekt("cpr", cpr));
        star.post("/api/v1/samtaler/soeg", Json.objekt("cpr", cpr));

        assertThat(output.getAll()).doesNotContain(cpr);
    }
}
