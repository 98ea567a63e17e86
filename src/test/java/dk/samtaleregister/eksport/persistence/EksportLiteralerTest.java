package dk.samtaleregister.eksport.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.samtaleregister.borger.domain.Periodeslag;
import dk.samtaleregister.faelles.domain.Myndighed;
import dk.samtaleregister.faelles.domain.Myndighedstype;
import dk.samtaleregister.test.Api;
import dk.samtaleregister.test.ApiTest;
import dk.samtaleregister.test.Json;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * COPY binds no parameters, so the export puts its values into the SQL text: each is checked for what it may be, and
 * quoted by the driver. Hostile values, which the requests cannot carry (the days are parsed, the authority comes from
 * the token), are tried here on the read model itself.
 */
class EksportLiteralerTest extends ApiTest {

    private static final List<String> FJENDTLIGE = List.of("x'; drop table samtale; --", "O'Brien", "'", "''", "\\", "a\\'b",
            "\\'; select pg_sleep(10); --", "$$ or true $$", "E'\\n'", "æøå \" ; \n");

    @Autowired
    private DataSource datakilde;

    @Autowired
    private EksportReadModel eksporter;

    @Autowired
    private PlatformTransactionManager transaktioner;

    private static String laesTilbage(Connection forbindelse, String literal) throws Exception {
        try (Statement sql = forbindelse.createStatement(); ResultSet svar = sql.executeQuery("select " + literal)) {
            svar.next();
            return svar.getString(1);
        }
    }

    @Test
    void a_text_literal_is_read_back_by_postgresql_as_exactly_the_text_with_standard_conforming_strings_on_and_off() throws Exception {
        try (Connection forbindelse = datakilde.getConnection()) {
            EksportReadModel.Literaler literaler = new EksportReadModel.Literaler(forbindelse.unwrap(PGConnection.class));
            for (String indstilling : List.of("on", "off")) {
                try (Statement sql = forbindelse.createStatement()) {
                    sql.execute("set standard_conforming_strings = " + indstilling);
                }
                for (String vaerdi : FJENDTLIGE) {
                    assertThat(laesTilbage(forbindelse, literaler.tekst(vaerdi))).as(vaerdi + " with standard_conforming_strings " + indstilling)
                            .isEqualTo(vaerdi);
                }
            }
            try (Statement sql = forbindelse.createStatement()) {
                sql.execute("reset standard_conforming_strings");
            }
        }
    }

    /** One export of the read model's, in a read-only transaction as the use case runs it. */
    @FunctionalInterface
    private interface Udtraek {
        void til(ByteArrayOutputStream ud) throws IOException;
    }

    private void iLaesning(Udtraek udtraek, ByteArrayOutputStream ud) {
        TransactionTemplate laesning = new TransactionTemplate(transaktioner);
        laesning.setReadOnly(true);
        laesning.executeWithoutResult(status -> {
            try {
                udtraek.til(ud);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    @Test
    void an_authority_code_outside_the_strict_pattern_is_refused_before_anything_is_sent_or_written() {
        for (String kode : FJENDTLIGE) {
            ByteArrayOutputStream ud = new ByteArrayOutputStream();
            Borgerkreds kreds = Borgerkreds.egne(new Myndighed(Myndighedstype.AKASSE, kode), LocalDate.of(2024, 1, 1));

            assertThatThrownBy(() -> iLaesning(til -> eksporter.samtaler(kreds, null, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), til), ud))
                    .as(kode).isInstanceOf(IllegalArgumentException.class);
            assertThat(ud.size()).isZero();
        }
    }

    @Test
    void a_day_without_a_four_digit_year_is_refused_too() {
        ByteArrayOutputStream ud = new ByteArrayOutputStream();

        assertThatThrownBy(() -> iLaesning(til -> eksporter.perioder(Periodeslag.FRAVAER, Borgerkreds.alle(), LocalDate.of(10_000, 1, 1),
                LocalDate.of(10_000, 1, 2), til), ud)).isInstanceOf(IllegalArgumentException.class);
        assertThat(ud.size()).isZero();
    }

    @Test
    void an_export_outside_a_transaction_is_refused_since_its_time_zone_would_not_hold() {
        ByteArrayOutputStream ud = new ByteArrayOutputStream();

        assertThatThrownBy(() -> eksporter.samtaler(Borgerkreds.alle(), null, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 1), ud))
                .isInstanceOf(IllegalStateException.class);
        assertThat(ud.size()).isZero();
    }

    @Test
    void the_registry_hands_out_no_token_for_such_an_authority_in_the_first_place() {
        Api.Svar svar = api.post(Api.DEMO_TOKEN, Json.objekt("myndighed", Json.objekt("type", "AKASSE", "kode", "x'; drop table samtale; --"),
                "sagsbehandler", "ak-sbh"));

        assertThat(svar.status()).isEqualTo(422);
    }
}
