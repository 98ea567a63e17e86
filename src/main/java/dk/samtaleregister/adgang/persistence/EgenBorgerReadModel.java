package dk.samtaleregister.adgang.persistence;

import dk.samtaleregister.faelles.domain.Cpr;
import dk.samtaleregister.faelles.domain.Myndighed;
import dk.samtaleregister.faelles.domain.Myndighedstype;
import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Whether the citizen is the authority's own on a day: one indexed EXISTS on the period kind that makes it so.
 *
 * <p>Read model: it reads the borger capability's tables ({@code borger}, {@code jobcentertilknytning},
 * {@code akassemedlemskab}, {@code andenaktoer_henvisning}) directly, because every request asks it and one query
 * is all it may cost; it writes nothing.
 */
@Repository
public class EgenBorgerReadModel {

    /**
     * %1$s: the table of the period kind that makes a citizen the authority's own; %2$s: its authority column; %3$s the
     * column that holds the citizen's id.
     */
    private static final String EGEN = """
            exists (select 1 from %1$s p where p.borger_id = %3$s and p.%2$s = :kode and p.fra <= :dag and (p.til is null or p.til >= :dag))""";

    private static final String EGEN_BORGER = "select " + EGEN.formatted("%1$s", "%2$s", "(select b.id from borger b where b.cpr = :cpr)");

    private final JdbcClient jdbc;

    public EgenBorgerReadModel(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public boolean egenBorger(Myndighed myndighed, Cpr cpr, LocalDate dag) {
        return myndighed.type() != Myndighedstype.STAR && Boolean.TRUE.equals(jdbc.sql(skabelon(myndighed.type(), EGEN_BORGER))
                .param("cpr", cpr.cifre()).param("kode", myndighed.kode()).param("dag", dag).query(Boolean.class).single());
    }

    /**
     * The same judgement as an SQL condition on the citizen's id in {@code borgerId} (a column of the query it goes
     * into), with the parameters {@code :kode} (the authority's code) and {@code :dag}; for a set-based read of many
     * citizens' rows at once. Not for STAR, which sees every citizen.
     */
    public static String erEgen(Myndighedstype type, String borgerId) {
        return skabelon(type, EGEN.formatted("%1$s", "%2$s", borgerId));
    }

    /** The kind of period that makes a citizen the authority's own, and its authority column. */
    private static String skabelon(Myndighedstype type, String sql) {
        return switch (type) {
            case JOBCENTER -> sql.formatted("jobcentertilknytning", "jobcenter");
            case AKASSE -> sql.formatted("akassemedlemskab", "akasse");
            case ANDEN_AKTOER -> sql.formatted("andenaktoer_henvisning", "andenaktoer");
            case STAR -> throw new IllegalArgumentException("STAR sees every citizen");
        };
    }
}
