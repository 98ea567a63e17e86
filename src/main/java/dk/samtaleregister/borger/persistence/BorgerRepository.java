package dk.samtaleregister.borger.persistence;

import dk.samtaleregister.borger.domain.Cpr;
import dk.samtaleregister.borger.domain.Fravaer;
import dk.samtaleregister.borger.domain.Jobcentertilknytning;
import dk.samtaleregister.borger.domain.KontaktgruppePeriode;
import dk.samtaleregister.faelles.domain.Periode;
import dk.samtaleregister.regler.domain.Fravaerstype;
import dk.samtaleregister.regler.domain.Kontaktgruppe;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The citizen and the citizen's periods, in plain SQL. */
@Repository
public class BorgerRepository {

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

    /** Locks the citizen's row, creating the citizen first if the registry does not know them yet. */
    public long laasEllerOpret(Cpr cpr) {
        return laas(cpr).or(() -> jdbc.sql("insert into borger (cpr) values (?) on conflict (cpr) do nothing returning id")
                        .param(cpr.cifre()).query(Long.class).optional())
                .or(() -> laas(cpr))
                .orElseThrow();
    }

    public List<KontaktgruppePeriode> kontaktgrupper(long borgerId) {
        return jdbc.sql("select id, kontaktgruppe, fra, til from kontaktgruppeperiode where borger_id = ? order by fra")
                .param(borgerId)
                .query((rs, n) -> new KontaktgruppePeriode(rs.getLong("id"),
                        Kontaktgruppe.medNummer(rs.getInt("kontaktgruppe")).orElseThrow(), periode(rs)))
                .list();
    }

    public List<Fravaer> fravaer(long borgerId) {
        return jdbc.sql("select id, fravaerstype, fra, til from fravaer where borger_id = ? order by fra, id")
                .param(borgerId)
                .query((rs, n) -> new Fravaer(rs.getLong("id"), Fravaerstype.valueOf(rs.getString("fravaerstype")), periode(rs)))
                .list();
    }

    public List<Jobcentertilknytning> jobcentertilknytninger(long borgerId) {
        return jdbc.sql("select id, jobcenter, fra, til from jobcentertilknytning where borger_id = ? order by fra")
                .param(borgerId)
                .query((rs, n) -> new Jobcentertilknytning(rs.getLong("id"), rs.getString("jobcenter"), periode(rs)))
                .list();
    }

    public long indsaetKontaktgruppe(long borgerId, Kontaktgruppe kontaktgruppe, Periode periode) {
        return jdbc.sql("insert into kontaktgruppeperiode (borger_id, kontaktgruppe, fra, til) values (?, ?, ?, ?) returning id")
                .params(borgerId, kontaktgruppe.nummer(), periode.fra(), periode.til())
                .query(Long.class).single();
    }

    public long indsaetFravaer(long borgerId, Fravaerstype fravaerstype, Periode periode) {
        return jdbc.sql("insert into fravaer (borger_id, fravaerstype, fra, til) values (?, ?, ?, ?) returning id")
                .params(borgerId, fravaerstype.name(), periode.fra(), periode.til())
                .query(Long.class).single();
    }

    public long indsaetJobcentertilknytning(long borgerId, String jobcenter, Periode periode) {
        return jdbc.sql("insert into jobcentertilknytning (borger_id, jobcenter, fra, til) values (?, ?, ?, ?) returning id")
                .params(borgerId, jobcenter, periode.fra(), periode.til())
                .query(Long.class).single();
    }

    public void afslutKontaktgruppe(long id, LocalDate sidsteDag) {
        jdbc.sql("update kontaktgruppeperiode set til = ? where id = ? and til is null").params(sidsteDag, id).update();
    }

    public void afslutJobcentertilknytning(long id, LocalDate sidsteDag) {
        jdbc.sql("update jobcentertilknytning set til = ? where id = ? and til is null").params(sidsteDag, id).update();
    }

    /** The period in the columns fra and til of the current row; every period table has them. */
    public static Periode periode(ResultSet rs) throws SQLException {
        Date til = rs.getDate("til");
        return new Periode(rs.getDate("fra").toLocalDate(), til == null ? null : til.toLocalDate());
    }
}
