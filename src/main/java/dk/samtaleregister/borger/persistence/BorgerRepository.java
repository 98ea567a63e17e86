package dk.samtaleregister.borger.persistence;

import dk.samtaleregister.borger.domain.Aendring;
import dk.samtaleregister.borger.domain.Aendringsart;
import dk.samtaleregister.borger.domain.Borgerperiode;
import dk.samtaleregister.borger.domain.Cpr;
import dk.samtaleregister.borger.domain.Periodeslag;
import dk.samtaleregister.borger.domain.Periodeversion;
import dk.samtaleregister.borger.domain.Versioneret;
import dk.samtaleregister.faelles.domain.ForaeldetVersion;
import dk.samtaleregister.faelles.domain.Periode;
import dk.samtaleregister.regler.domain.AnsvarligSagsbehandler;
import dk.samtaleregister.regler.domain.Myndighed;
import dk.samtaleregister.regler.domain.Myndighedstype;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The citizen and the citizen's periods, in plain SQL. Each kind of period has a table of current rows (what the
 * rules read) and a version table beside it that is only appended to; every write changes both in one statement.
 */
@Repository
public class BorgerRepository {

    /** Where a kind of period is stored: its table (the version table is {@code tabel_version}), code column and type. */
    private record Tabel(String tabel, String kodekolonne, String kodetype) {

        /** The SQL with %1$s the table, %2$s the code column and %3$s its type. */
        String sql(String skabelon) {
            return skabelon.formatted(tabel, kodekolonne, kodetype);
        }
    }

    private static final Map<Periodeslag<?>, Tabel> TABELLER = Map.of(
            Periodeslag.KONTAKTGRUPPE, new Tabel("kontaktgruppeperiode", "kontaktgruppe", "smallint"),
            Periodeslag.FRAVAER, new Tabel("fravaer", "fravaerstype", "text"),
            Periodeslag.JOBCENTERTILKNYTNING, new Tabel("jobcentertilknytning", "jobcenter", "char(3)"),
            Periodeslag.AKASSEMEDLEMSKAB, new Tabel("akassemedlemskab", "akasse", "text"),
            Periodeslag.ANDEN_AKTOER_HENVISNING, new Tabel("andenaktoer_henvisning", "andenaktoer", "text"));

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
                                    cast(:kode as %3$s), :fra, :til)
                            returning id, version, %2$s, fra, til)
                        """ + VERSION_KOLONNER + "returning id")), Aendringsart.OPRETTET, aendring)
                .param("id", id)
                .param("borger", borgerId)
                .param("kode", slag.kode(ny))
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
                            update %1$s set %2$s = cast(:kode as %3$s), fra = :fra, til = :til, version = version + 1
                             where id = :id and version = :forventet
                            returning id, version, %2$s, fra, til)
                        """ + VERSION_KOLONNER + "returning version")), art, aendring)
                .param("id", periode.id())
                .param("forventet", forventet)
                .param("kode", slag.kode(periode))
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
                        new Aendring(sagsbehandler(rs), rs.getString("begrundelse")),
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

    private static AnsvarligSagsbehandler sagsbehandler(ResultSet rs) throws SQLException {
        String ident = rs.getString("aendret_af_ident");
        return ident == null ? null : new AnsvarligSagsbehandler(ident,
                new Myndighed(Myndighedstype.valueOf(rs.getString("aendret_af_myndighedstype")), rs.getString("aendret_af_myndighedskode")));
    }

    private static Tabel tabel(Periodeslag<?> slag) {
        Tabel tabel = TABELLER.get(slag);
        if (tabel == null) {
            throw new IllegalArgumentException("No table for " + slag);
        }
        return tabel;
    }
}
