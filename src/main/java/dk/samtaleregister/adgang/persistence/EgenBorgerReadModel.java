package dk.samtaleregister.adgang.persistence;

import dk.samtaleregister.faelles.domain.Cpr;
import dk.samtaleregister.faelles.domain.Myndighed;
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

    /** %1$s: the table of the period kind that makes a citizen the authority's own; %2$s: its authority column. */
    private static final String EGEN_BORGER = """
            select exists (select 1 from %1$s p join borger b on b.id = p.borger_id
                            where b.cpr = :cpr and p.%2$s = :kode and p.fra <= :dag and (p.til is null or p.til >= :dag))""";
    private static final String JOBCENTER = EGEN_BORGER.formatted("jobcentertilknytning", "jobcenter");
    private static final String AKASSE = EGEN_BORGER.formatted("akassemedlemskab", "akasse");
    private static final String ANDEN_AKTOER = EGEN_BORGER.formatted("andenaktoer_henvisning", "andenaktoer");

    private final JdbcClient jdbc;

    public EgenBorgerReadModel(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public boolean egenBorger(Myndighed myndighed, Cpr cpr, LocalDate dag) {
        String sql = switch (myndighed.type()) {
            case JOBCENTER -> JOBCENTER;
            case AKASSE -> AKASSE;
            case ANDEN_AKTOER -> ANDEN_AKTOER;
            case STAR -> null;
        };
        return sql != null && Boolean.TRUE.equals(jdbc.sql(sql).param("cpr", cpr.cifre()).param("kode", myndighed.kode())
                .param("dag", dag).query(Boolean.class).single());
    }
}
