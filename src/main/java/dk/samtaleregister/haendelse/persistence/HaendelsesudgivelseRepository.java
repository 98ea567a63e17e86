package dk.samtaleregister.haendelse.persistence;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The progress table {@code haendelsesudgivelse}: per topic, the last position the broker has acknowledged. Only the
 * session that holds the publisher's advisory lock moves it, and only forwards: an instance that has lost the lock
 * without knowing it yet cannot move it, nor can one that is behind move it back.
 */
@Repository
public class HaendelsesudgivelseRepository {

    /**
     * Stores the position if the session {@code pid} holds the session advisory lock {@code laas} (a bigint key is
     * held as classid = the high 32 bits, objid = the low 32 bits, objsubid = 1); a lower position leaves it as it is.
     */
    private static final String GEM = """
            insert into haendelsesudgivelse (emne, position)
            select :emne, :position
             where exists (select 1 from pg_locks l
                            where l.locktype = 'advisory' and l.granted and l.pid = :pid and l.objsubid = 1
                              and l.database = (select oid from pg_database where datname = current_database())
                              and l.classid::bigint = (:laas >> 32) and l.objid::bigint = (:laas & 4294967295))
            on conflict (emne) do update set position = greatest(haendelsesudgivelse.position, excluded.position)""";

    private final JdbcClient jdbc;

    public HaendelsesudgivelseRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The last acknowledged position of the topic; 0 if nothing has been published to it. */
    public long position(String emne) {
        return jdbc.sql("select position from haendelsesudgivelse where emne = ?").param(emne).query(Long.class).optional().orElse(0L);
    }

    /**
     * Moves the topic's position to {@code position} (never back) if the database session {@code pid} holds the
     * advisory lock {@code laas}; answers whether it did hold it.
     */
    public boolean gem(String emne, long position, int pid, long laas) {
        return jdbc.sql(GEM).param("emne", emne).param("position", position).param("pid", pid).param("laas", laas).update() == 1;
    }
}
