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
     * column that holds the citizen's id; %4$s the authority's code and %5$s the day, as SQL expressions. The period's
     * alias is one no query it goes into gives its own rows, so that %3$s always means the outer row's column.
     */
    private static final String EGEN = """
            exists (select 1 from %1$s egen where egen.borger_id = %3$s and egen.%2$s = %4$s and egen.fra <= %5$s \
            and (egen.til is null or egen.til >= %5$s))""";

    private final JdbcClient jdbc;

    public EgenBorgerReadModel(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public boolean egenBorger(Myndighed myndighed, Cpr cpr, LocalDate dag) {
        if (myndighed.type() == Myndighedstype.STAR) {
            return false;
        }
        String sql = "select " + erEgen(myndighed.type(), "(select b.id from borger b where b.cpr = :cpr)", ":kode", ":dag");
        return Boolean.TRUE.equals(jdbc.sql(sql).param("cpr", cpr.cifre()).param("kode", myndighed.kode()).param("dag", dag)
                .query(Boolean.class).single());
    }

    /**
     * The same judgement as an SQL condition on the citizen's id in {@code borgerId} (a column of the query it goes
     * into), with the parameters {@code :kode} (the authority's code) and {@code :dag}; for a set-based read of many
     * citizens' rows at once. Not for STAR, which sees every citizen.
     */
    public static String erEgen(Myndighedstype type, String borgerId) {
        return erEgen(type, borgerId, ":kode", ":dag");
    }

    /**
     * As {@link #erEgen(Myndighedstype, String)}, with the authority's code and the day as SQL expressions of the
     * caller's choosing: for a statement that binds no parameters (COPY), whose caller puts them in as literals it has
     * checked and quoted itself.
     */
    public static String erEgen(Myndighedstype type, String borgerId, String kode, String dag) {
        return switch (type) {
            case JOBCENTER -> EGEN.formatted("jobcentertilknytning", "jobcenter", borgerId, kode, dag);
            case AKASSE -> EGEN.formatted("akassemedlemskab", "akasse", borgerId, kode, dag);
            case ANDEN_AKTOER -> EGEN.formatted("andenaktoer_henvisning", "andenaktoer", borgerId, kode, dag);
            case STAR -> throw new IllegalArgumentException("STAR sees every citizen");
        };
    }
}
