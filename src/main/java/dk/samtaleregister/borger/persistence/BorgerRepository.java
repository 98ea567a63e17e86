package dk.samtaleregister.borger.persistence;

import dk.samtaleregister.borger.domain.Aendring;
import dk.samtaleregister.borger.domain.Borgerperiode;
import dk.samtaleregister.borger.domain.Periodeslag;
import dk.samtaleregister.borger.domain.Periodeversion;
import dk.samtaleregister.borger.domain.Versioneret;
import dk.samtaleregister.faelles.domain.Aendringsart;
import dk.samtaleregister.faelles.domain.AnsvarligSagsbehandler;
import dk.samtaleregister.faelles.domain.Cpr;
import dk.samtaleregister.faelles.domain.ForaeldetVersion;
import dk.samtaleregister.faelles.domain.Periode;
import dk.samtaleregister.faelles.persistence.Sagsbehandlerkolonner;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The citizen and the citizen's periods, in plain SQL. Each kind of period has a table of current rows (what the
 * rules read) and a version table beside it that is only appended to; every write changes both in one statement.
 */
@Repository
public class BorgerRepository {

    /**
     * Where a kind of period is stored: the table of its name (the version table is {@code <table>_version}), the code
     * in the column of its code field's name in lower case.
     */
    private record Tabel(String tabel, String kodekolonne) {

        static Tabel af(Periodeslag<?> slag) {
            return new Tabel(slag.navn(), slag.kodefelt().toLowerCase(Locale.ROOT));
        }

        /** The SQL with %1$s the table and %2$s the code column. */
        String sql(String skabelon) {
            return skabelon.formatted(tabel, kodekolonne);
        }
    }

    private static final String VERSION_KOLONNER = """
            insert into %1$s_version (id, version, %2$s, fra, til, art, aendret_af_ident, aendret_af_myndighedstype,
                aendret_af_myndighedskode, begrundelse)
            select id, version, %2$s, fra, til, cast(:art as text), cast(:ident as text), cast(:myndighedstype as text),
                cast(:myndighedskode as text), cast(:begrundelse as text)
              from skrevet
            """;

    private final JdbcClient jdbc;

    public BorgerRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Long> find(Cpr cpr) {
        return jdbc.sql("select id from borger where cpr = ?").param(cpr.cifre()).query(Long.class).optional();
    }

    /**
     * Locks the citizen's row until the transaction ends, so that writes about one citizen are judged one at a
     * time. An unknown citizen is not locked: there is nothing of theirs a concurrent write could contradict.
     */
    public Optional<Long> laas(Cpr cpr) {
        return jdbc.sql("select id from borger where cpr = ? for update").param(cpr.cifre()).query(Long.class).optional();
    }

    /** Locks a known citizen's row until the transaction ends. */
    public void laas(long borgerId) {
        jdbc.sql("select id from borger where id = ? for update").param(borgerId).query(Long.class).single();
    }

    /** Locks the citizen's row, creating the citizen first if the registry does not know them yet. */
    public long laasEllerOpret(Cpr cpr) {
        return laas(cpr).or(() -> jdbc.sql("insert into borger (cpr) values (?) on conflict (cpr) do nothing returning id")
                        .param(cpr.cifre()).query(Long.class).optional())
                .or(() -> laas(cpr))
                .orElseThrow();
    }

    /** The citizen's current periods of one kind, in the order they start. */
    public <P extends Borgerperiode> List<Versioneret<P>> perioder(Periodeslag<P> slag, long borgerId) {
        return jdbc.sql(tabel(slag).sql("select id, %2$s::text as kode, fra, til, version from %1$s where borger_id = ? order by fra, id"))
                .param(borgerId)
                .query((rs, n) -> new Versioneret<>(slag.af(rs.getLong("id"), rs.getString("kode"), periode(rs)), rs.getInt("version")))
                .list();
    }

    public <P extends Borgerperiode> Optional<LagretPeriode<P>> hent(Periodeslag<P> slag, long id) {
        return jdbc.sql(tabel(slag).sql("""
                        select p.id, p.borger_id, b.cpr, p.%2$s::text as kode, p.fra, p.til, p.version
                          from %1$s p join borger b on b.id = p.borger_id where p.id = ?
                        """))
                .param(id)
                .query((rs, n) -> new LagretPeriode<>(rs.getLong("borger_id"), Cpr.afLagret(rs.getString("cpr")),
                        new Versioneret<>(slag.af(rs.getLong("id"), rs.getString("kode"), periode(rs)), rs.getInt("version"))))
                .optional();
    }

    /** An id for a period about to be stored, when something must name it before it exists. */
    public long nytId(Periodeslag<?> slag) {
        return jdbc.sql("select nextval(pg_get_serial_sequence(?, 'id'))").param(tabel(slag).tabel()).query(Long.class).single();
    }

    /** Stores a new period as its version 1 (OPRETTET), under {@code id} if one was taken with {@link #nytId}. */
    public <P extends Borgerperiode> P indsaet(Periodeslag<P> slag, long borgerId, Long id, P ny, Aendring aendring) {
        Tabel tabel = tabel(slag);
        long nytId = parametre(jdbc.sql(tabel.sql("""
                        with skrevet as (
                            insert into %1$s (id, borger_id, %2$s, fra, til) overriding system value
                            values (coalesce(cast(:id as bigint), nextval(pg_get_serial_sequence('%1$s', 'id'))), :borger,
                                    :kode, :fra, :til)
                            returning id, version, %2$s, fra, til)
                        """ + VERSION_KOLONNER + "returning id")), Aendringsart.OPRETTET, aendring)
                .param("id", id)
                .param("borger", borgerId)
                .param("kode", kode(slag, ny))
                .param("fra", ny.periode().fra())
                .param("til", ny.periode().til())
                .query(Long.class).single();
        return slag.medId(ny, nytId);
    }

    /**
     * Makes {@code periode} the current version, if the current one is still {@code forventet}, and appends it to the
     * history; answers the new version number. Otherwise nothing is written and {@link ForaeldetVersion} names the
     * current version.
     */
    public <P extends Borgerperiode> int gem(Periodeslag<P> slag, P periode, int forventet, Aendringsart art, Aendring aendring) {
        Tabel tabel = tabel(slag);
        Optional<Integer> version = parametre(jdbc.sql(tabel.sql("""
                        with skrevet as (
                            update %1$s set %2$s = :kode, fra = :fra, til = :til, version = version + 1
                             where id = :id and version = :forventet
                            returning id, version, %2$s, fra, til)
                        """ + VERSION_KOLONNER + "returning version")), art, aendring)
                .param("id", periode.id())
                .param("forventet", forventet)
                .param("kode", kode(slag, periode))
                .param("fra", periode.periode().fra())
                .param("til", periode.periode().til())
                .query(Integer.class).optional();
        return version.orElseThrow(() -> new ForaeldetVersion(
                jdbc.sql(tabel.sql("select version from %1$s where id = ?")).param(periode.id()).query(Integer.class).single(),
                forventet));
    }

    /** Every version of one period, oldest first; empty for an unknown id. */
    public <P extends Borgerperiode> List<Periodeversion<P>> versioner(Periodeslag<P> slag, long id) {
        return jdbc.sql(tabel(slag).sql("""
                        select id, version, %2$s::text as kode, fra, til, art, aendret_af_ident, aendret_af_myndighedstype,
                               aendret_af_myndighedskode, tidspunkt, begrundelse
                          from %1$s_version where id = ? order by version
                        """))
                .param(id)
                .query((rs, n) -> new Periodeversion<>(rs.getInt("version"), Aendringsart.valueOf(rs.getString("art")),
                        new Aendring(Sagsbehandlerkolonner.laes(rs, "aendret_af"), rs.getString("begrundelse")),
                        rs.getObject("tidspunkt", OffsetDateTime.class).toInstant(),
                        slag.af(rs.getLong("id"), rs.getString("kode"), periode(rs))))
                .list();
    }

    /** The period in the columns fra and til of the current row; every period table has them. */
    public static Periode periode(ResultSet rs) throws SQLException {
        Date til = rs.getDate("til");
        return new Periode(rs.getDate("fra").toLocalDate(), til == null ? null : til.toLocalDate());
    }

    private static JdbcClient.StatementSpec parametre(JdbcClient.StatementSpec sql, Aendringsart art, Aendring aendring) {
        AnsvarligSagsbehandler ansvarlig = aendring.ansvarlig();
        return sql.param("art", art.name())
                .param("ident", ansvarlig == null ? null : ansvarlig.ident())
                .param("myndighedstype", ansvarlig == null ? null : ansvarlig.myndighed().type().name())
                .param("myndighedskode", ansvarlig == null ? null : ansvarlig.myndighed().kode())
                .param("begrundelse", aendring.begrundelse());
    }


    private static Tabel tabel(Periodeslag<?> slag) {
        return Tabel.af(slag);
    }

    /** The code as text of no declared type, so that PostgreSQL reads it as the code column's own type (smallint, char(3), text). */
    private static <P extends Borgerperiode> SqlParameterValue kode(Periodeslag<P> slag, P periode) {
        return new SqlParameterValue(Types.OTHER, slag.kode(periode));
    }
}
