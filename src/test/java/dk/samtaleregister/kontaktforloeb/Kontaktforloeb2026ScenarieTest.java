package dk.samtaleregister.kontaktforloeb;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

/**
 * The rows of the krav table whose frist for a forløb starting on 2026-07-01 is still to come by the real calendar
 * (2026-12-31): met on the last day of the window and missed by one day, with the service's clock standing on
 * 2027-03-01, so that conversations held until then can be registered (a conversation held in the future is
 * refused). Only the registry's own clock moves; tokens, the database and HTTP are real.
 */
@Import(Kontaktforloeb2026ScenarieTest.Ur.class)
class Kontaktforloeb2026ScenarieTest extends KontaktforloebScenarier {

    @TestConfiguration
    static class Ur {
        @Bean
        @Primary
        Clock fastUr() {
            return Clock.fixed(Instant.parse("2027-03-01T09:00:00Z"), ZoneOffset.UTC);
        }
    }

    /** Krav, group, the days of the conversations that meet it, the frist, and the maal. */
    static Stream<Arguments> raekker() {
        return Stream.of(
                Arguments.of("JOBSAMTALER_6M", 2, new String[] {"2026-07-02", "2026-08-03", "2026-10-01"}, "2026-12-31", 75),
                Arguments.of("JOBSAMTALER_6M", 7, new String[] {"2026-07-02", "2026-08-03", "2026-10-01"}, "2026-12-31", 75),
                Arguments.of("JOBSAMTALER_6M", 4, new String[] {"2026-07-02", "2026-08-03", "2026-10-01"}, "2026-12-31", null),
                Arguments.of("JOBCENTER_DAGPENGE_3M_6M", 1, new String[] {"2026-10-01"}, "2026-12-31", 75));
    }

    @ParameterizedTest(name = "{0} for group {1}")
    @MethodSource("raekker")
    void met_on_the_last_day_of_the_window_and_missed_by_one_day(String kode, int gruppe, String[] foer, String frist, Integer maal) {
        LocalDate start = d("2026-07-01");
        String paaFristen = borger(gruppe, start);
        String dagenEfter = borger(gruppe, start);
        for (String dag : foer) {
            registrer(paaFristen, JOBCENTRET, d(dag), 7, FREMMOEDE);
            registrer(dagenEfter, JOBCENTRET, d(dag), 7, FREMMOEDE);
        }
        registrer(paaFristen, JOBCENTRET, d(frist), 7, TELEFON);
        registrer(dagenEfter, JOBCENTRET, d(frist).plusDays(1), 7, TELEFON);

        var opfyldt = krav(paaFristen, d("2027-01-01"), kode);
        assertThat(opfyldt.get("frist").asString()).isEqualTo(frist);
        assertThat(opfyldt.get("antalKraevet").asInt()).isEqualTo(foer.length + 1);
        assertThat(opfyldt.get("status").asString()).isEqualTo("OPFYLDT");
        assertThat(opfyldt.get("maal").isNull() ? null : opfyldt.get("maal").asInt()).isEqualTo(maal);
        assertThat(krav(dagenEfter, d("2027-01-01"), kode).get("status").asString()).isEqualTo("IKKE_OPFYLDT");
        assertThat(krav(dagenEfter, d("2027-03-01"), kode).get("antalAfholdt").asInt()).isEqualTo(foer.length);
    }
}
