package dk.samtaleregister.eksport.persistence;

import dk.samtaleregister.adgang.persistence.EgenBorgerReadModel;
import dk.samtaleregister.borger.domain.Periodeslag;
import dk.samtaleregister.faelles.domain.DanskTid;
import java.io.IOException;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.SignStyle;
import java.time.temporal.ChronoField;
import java.util.Collection;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Repository;

/**
 * The exports, each one statement: PostgreSQL's COPY writes the CSV (semicolon, a header line, UTF-8, quoted where a
 * value needs it, empty for null) and the driver hands it on to the answer's stream as it comes, so that the service
 * never holds the file. The columns are the API answer's fields, named as its JSON names them (nested ones with a dot),
 * with the values as the JSON has them.
 *
 * <p>Read model: it reads the samtale capability's {@code samtale} and the borger capability's period tables
 * ({@code kontaktgruppeperiode}, {@code fravaer}, {@code jobcentertilknytning}, {@code akassemedlemskab},
 * {@code andenaktoer_henvisning}, {@code undtagelse}), with {@code borger} for the CPR number, directly: an export
 * of millions of rows streams only as one pass of one statement. It writes nothing.
 *
 * <p>COPY binds no parameters, so every value its text carries is checked here before it is put in as a literal
 * quoted by the driver ({@link Literaler}); none is ever text the caller sent. The names in it (tables, columns) are
 * the code's own.
 */
@Repository
public class EksportReadModel {

    private static final String COPY = "copy (%s) to stdout with (format csv, header true, delimiter ';')";

    /**
     * A timestamp as PostgreSQL's JSON writes it, which is ISO-8601 with the offset, as the API's JSON writes an
     * OffsetDateTime (seconds always, a fraction only when there is one, without trailing zeros); in the transaction's
     * time zone, which {@link #kopier} sets to Danish time.
     */
    private static final String ISO = "btrim(cast(to_json(%s) as text), '\"')";

    /**
     * In the order of the API's SamtaleSvar. %1$s and %2$s the two timestamps as {@link #ISO} writes them, %3$s and %4$s
     * the start of the first day and of the day after the last, %5$s more conditions.
     */
    private static final String SAMTALER = """
            select s.samtalenummer as "samtalenummer", b.cpr as "cpr", %1$s as "afholdt", s.samtaletype as "samtaletype",
                   s.kontaktform as "kontaktform", s.samtaleinformation as "samtaleinformation",
                   cast(s.flere_myndigheder as text) as "flereMyndigheder", s.deltagelsesstatus as "deltagelsesstatus",
                   s.planlagt_samtale as "planlagtSamtale", s.sagsbehandler_ident as "ansvarligSagsbehandler.ident",
                   s.myndighedstype as "ansvarligSagsbehandler.myndighed.type",
                   s.myndighedskode as "ansvarligSagsbehandler.myndighed.kode", s.aftalenummer as "aftalenummer",
                   s.samtykkeloebenummer as "samtykkeloebenummer", cast(s.nulstillende as text) as "nulstillende",
                   case when s.annulleret then 'ANNULLERET' else 'AKTIV' end as "status",
                   %2$s as "registreringstidspunkt", s.version as "version"
              from samtale s join borger b on b.id = s.borger_id
             where s.afholdt >= %3$s and s.afholdt < %4$s%5$s
             order by s.afholdt, s.samtalenummer""";

    /**
     * In the order of the API's PeriodeSvar, with the kind's own code field only. The kind is stored as the borger
     * capability stores it: in the table of its name, the code in the column of its code field's name in lower case.
     * %1$s the table, %2$s the code column, %3$s the code field, %4$s and %5$s the first and the last day, %6$s more
     * conditions.
     */
    private static final String PERIODER = """
            select p.id as "id", b.cpr as "cpr", p.%2$s as "%3$s", p.fra as "fra", p.til as "til", p.version as "version"
              from %1$s p join borger b on b.id = p.borger_id
             where p.fra <= %5$s and (p.til is null or p.til >= %4$s)%6$s
             order by p.fra, p.id""";

    private static final Logger LOG = LoggerFactory.getLogger(EksportReadModel.class);

    private final JdbcTemplate jdbc;

    public EksportReadModel(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The conversations of the citizens in {@code kreds} held from the start of the Danish day {@code fra} to the end of
     * {@code til}, annulled ones too, in held order; of the samtaletyper given only, or all if {@code samtaletyper} is
     * null. Answers the number of rows written.
     */
    public long samtaler(Borgerkreds kreds, Collection<Integer> samtaletyper, LocalDate fra, LocalDate til, OutputStream ud)
            throws IOException {
        return kopier(literal -> {
            String betingelser = egne(kreds, "s.borger_id", literal);
            if (samtaletyper != null) {
                betingelser += samtaletyper.isEmpty() ? " and false" : " and s.samtaletype in ("
                        + samtaletyper.stream().map(Literaler::heltal).collect(Collectors.joining(", ")) + ")";
            }
            return SAMTALER.formatted(ISO.formatted("s.afholdt"), ISO.formatted("s.registreringstidspunkt"),
                    literal.tidspunkt(dagensStart(fra)), literal.tidspunkt(dagensStart(til.plusDays(1))), betingelser);
        }, ud);
    }

    /** The periods of the kind, of the citizens in {@code kreds}, that overlap the days fra..til, in the order they start. */
    public long perioder(Periodeslag<?> slag, Borgerkreds kreds, LocalDate fra, LocalDate til, OutputStream ud) throws IOException {
        return kopier(literal -> PERIODER.formatted(slag.navn(), slag.kodefelt().toLowerCase(Locale.ROOT), slag.kodefelt(),
                literal.dag(fra), literal.dag(til), egne(kreds, "p.borger_id", literal)), ud);
    }

    /** Nothing for every citizen; else the condition that the citizen in {@code borgerId} is the authority's own on the day. */
    private static String egne(Borgerkreds kreds, String borgerId, Literaler literal) throws SQLException {
        if (kreds.erAlle()) {
            return "";
        }
        return " and " + EgenBorgerReadModel.erEgen(kreds.myndighed().type(), borgerId, literal.myndighedskode(kreds.myndighed().kode()),
                literal.dag(kreds.dag()));
    }

    private static OffsetDateTime dagensStart(LocalDate dag) {
        return dag.atStartOfDay(DanskTid.ZONE).toOffsetDateTime();
    }

    /** The SQL of one export, made with literals of this connection's quoting. */
    @FunctionalInterface
    private interface Foresporgsel {
        String sql(Literaler literal) throws SQLException;
    }

    /**
     * Runs the export's COPY on the connection of the transaction under way, which must be one: the time zone is set
     * for that transaction only, and the connection goes back to the pool as it came.
     */
    private long kopier(Foresporgsel foresporgsel, OutputStream ud) throws IOException {
        DataSource kilde = jdbc.getDataSource();
        Connection forbindelse = DataSourceUtils.getConnection(kilde);
        String sql = null;
        try {
            if (!DataSourceUtils.isConnectionTransactional(forbindelse, kilde)) {
                throw new IllegalStateException("An export runs in a transaction of its caller's, whose time zone it sets");
            }
            try (PreparedStatement zone = forbindelse.prepareStatement("select set_config('TimeZone', ?, true)")) {
                zone.setString(1, DanskTid.ZONE.getId());
                zone.execute();
            }
            PGConnection pg = forbindelse.unwrap(PGConnection.class);
            sql = COPY.formatted(foresporgsel.sql(new Literaler(pg)));
            // The statement names kinds, days and authority codes, never a citizen.
            LOG.debug("Export statement: {}", sql.replace('\n', ' '));
            return pg.getCopyAPI().copyOut(sql, ud);
        } catch (SQLException fejl) {
            DataAccessException oversat = jdbc.getExceptionTranslator().translate("export", sql, fejl);
            throw oversat != null ? oversat : new UncategorizedSQLException("export", sql, fejl);
        } finally {
            DataSourceUtils.releaseConnection(forbindelse, kilde);
        }
    }

    /**
     * Every value a COPY's text carries: checked for what it may be, then quoted by the driver for the connection it goes
     * to (quotes doubled, and backslashes too where standard_conforming_strings is off). A value that fails its check
     * is a fault of the code, never of a request: the request's values were checked before they got here.
     */
    static final class Literaler {

        /** The authority codes there are: a jobcenter's kommunenummer (3 digits), otherwise 1-20 letters, digits or hyphens. */
        private static final Pattern MYNDIGHEDSKODE = Pattern.compile("[A-Za-z0-9-]{1,20}");

        /** ISO-8601 to the second with the offset (to its second, as Copenhagen's local mean time before 1894 has one). */
        private static final DateTimeFormatter TIDSPUNKT = new DateTimeFormatterBuilder()
                .appendValue(ChronoField.YEAR, 4, 5, SignStyle.NOT_NEGATIVE).appendPattern("-MM-dd'T'HH:mm:ssxxxxx").toFormatter(Locale.ROOT);

        private final PGConnection forbindelse;

        Literaler(PGConnection forbindelse) {
            this.forbindelse = forbindelse;
        }

        String myndighedskode(String kode) throws SQLException {
            if (kode == null || !MYNDIGHEDSKODE.matcher(kode).matches()) {
                throw new IllegalArgumentException("Not an authority code; refused before it reaches SQL");
            }
            return tekst(kode);
        }

        /** A day with a four-digit year from 0001, as PostgreSQL's date reads it. */
        String dag(LocalDate dag) throws SQLException {
            if (dag.getYear() < 1 || dag.getYear() > 9999) {
                throw new IllegalArgumentException("Year " + dag.getYear() + " has no four-digit ISO-8601 form");
            }
            return "cast(" + tekst(dag.toString()) + " as date)";
        }

        /** A moment to the second, in the offset it is given with, as PostgreSQL reads it (whose years go past 9999). */
        String tidspunkt(OffsetDateTime tidspunkt) throws SQLException {
            if (tidspunkt.getYear() < 1 || tidspunkt.getYear() > 10_000 || tidspunkt.getNano() != 0) {
                throw new IllegalArgumentException("No moment from year 1 to 10000 to the second: " + tidspunkt);
            }
            return "cast(" + tekst(TIDSPUNKT.format(tidspunkt)) + " as timestamptz)";
        }

        static String heltal(int tal) {
            return Integer.toString(tal);
        }

        String tekst(String vaerdi) throws SQLException {
            return "'" + forbindelse.escapeLiteral(vaerdi) + "'";
        }
    }
}
