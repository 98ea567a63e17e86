package dk.samtaleregister.kontaktforloeb.persistence;

import dk.samtaleregister.borger.domain.AndenAktoerHenvisning;
import dk.samtaleregister.borger.domain.BorgerSituation;
import dk.samtaleregister.borger.domain.Fravaer;
import dk.samtaleregister.borger.domain.KontaktgruppePeriode;
import dk.samtaleregister.borger.domain.Undtagelse;
import dk.samtaleregister.faelles.domain.DanskTid;
import dk.samtaleregister.faelles.domain.Myndighedstype;
import dk.samtaleregister.faelles.domain.Periode;
import dk.samtaleregister.kontaktforloeb.domain.Borgergrundlag;
import dk.samtaleregister.kontaktforloeb.domain.Jobcenterperiode;
import dk.samtaleregister.kontaktforloeb.domain.Kontaktsamtale;
import dk.samtaleregister.regler.domain.Fravaerstype;
import dk.samtaleregister.regler.domain.Kontaktform;
import dk.samtaleregister.regler.domain.Kontaktgruppe;
import dk.samtaleregister.regler.domain.Samtaletype;
import dk.samtaleregister.regler.domain.Undtagelsesgrund;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Streams every citizen's kontaktgruppe periods, jobcentertilknytninger, conversations (not annulled), days of
 * sickness, referrals and undtagelser to a handler, one citizen at a time. The queries, each ordered by borger_id, are open at
 * once and merged; each is
 * read with a fetch size, so pgjdbc keeps only one batch of rows per query in memory (this needs a transaction:
 * call it inside a read-only {@code @Transactional}). The lists handed over are reused for the next citizen.
 *
 * <p>Read model: it reads the borger capability's tables ({@code kontaktgruppeperiode}, {@code jobcentertilknytning},
 * {@code fravaer}, {@code andenaktoer_henvisning}, {@code undtagelse})
 * and the samtale capability's ({@code samtale}) directly, so that the national report is one pass over the data
 * instead of a call per citizen; it writes nothing.
 */
@Repository
public class RettidighedReadModel {

    /** Rows per round trip and per query. */
    static final int HENTESTOERRELSE = 10_000;

    /** What is done with each citizen ({@code borgerId}: borger.id). The lists are only valid during the call. */
    @FunctionalInterface
    public interface Borgerbehandler {
        void borger(long borgerId, Borgergrundlag grundlag, List<Jobcenterperiode> tilknytninger, List<Kontaktsamtale> samtaler);
    }

    /** Only the citizens attached to the jobcenter at some time in [fra, til]: parameters jobcenter, til, fra. */
    private static final String FILTER = """
             and borger_id in (select borger_id from jobcentertilknytning where jobcenter = ? and fra <= ? and (til is null or til >= ?))""";

    /** All periods: a later period of group 1 moves a dagpenge frist, so none can be left out by date. */
    private static final String PERIODER = "select borger_id, id, kontaktgruppe, fra, til from kontaktgruppeperiode where true";

    /** Params: til, fra. */
    private static final String TILKNYTNINGER = "select borger_id, jobcenter, fra, til from jobcentertilknytning where fra <= ? and (til is null or til >= ?)";

    /** The days of sickness: an Opfølgningssamtale on one counts for a dagpengemodtager's jobcenter krav. */
    private static final String SYGDOM = "select borger_id, id, fra, til from fravaer where fravaerstype = 'SYGDOM_SYGEMELDING'";

    /** The referrals: a referred citizen's conversation with the anden aktør counts for the jobcenter. */
    private static final String HENVISNINGER = "select borger_id, id, andenaktoer, fra, til from andenaktoer_henvisning where true";

    /** The undtagelser: a krav not met whose frist falls inside one of an applicable grund is UNDTAGET. */
    private static final String UNDTAGELSER = "select borger_id, id, grund, fra, til from undtagelse where true";

    /** Params: the moment after til's Danish day. A krav with frist up to til, and the counts, need nothing later. */
    private static final String SAMTALER = """
            select borger_id, samtalenummer, afholdt, samtaletype, kontaktform, myndighedstype, nulstillende, myndighedskode
              from samtale where not annulleret and afholdt < ?""";

    private final JdbcTemplate jdbc;

    public RettidighedReadModel(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Every citizen with anything relevant to [fra, til], in borger_id order; with a jobcenter, only its citizens. */
    public void gennemloeb(LocalDate fra, LocalDate til, String jobcenter, Borgerbehandler behandler) {
        jdbc.execute((ConnectionCallback<Void>) forbindelse -> {
            if (forbindelse.getAutoCommit()) {
                // Outside a transaction pgjdbc ignores the fetch size and would read every row into memory.
                throw new IllegalStateException("The report must be read inside a transaction to stream");
            }
            Timestamp efterTil = Timestamp.from(til.plusDays(1).atStartOfDay(DanskTid.ZONE).toInstant());
            try (PreparedStatement p = forespoergsel(forbindelse, PERIODER, jobcenter, fra, til);
                 PreparedStatement j = forespoergsel(forbindelse, TILKNYTNINGER, jobcenter, fra, til, Date.valueOf(til), Date.valueOf(fra));
                 PreparedStatement s = forespoergsel(forbindelse, SAMTALER, jobcenter, fra, til, efterTil);
                 PreparedStatement f = forespoergsel(forbindelse, SYGDOM, jobcenter, fra, til);
                 PreparedStatement h = forespoergsel(forbindelse, HENVISNINGER, jobcenter, fra, til);
                 PreparedStatement u = forespoergsel(forbindelse, UNDTAGELSER, jobcenter, fra, til);
                 ResultSet rp = p.executeQuery();
                 ResultSet rj = j.executeQuery();
                 ResultSet rs = s.executeQuery();
                 ResultSet rf = f.executeQuery();
                 ResultSet rh = h.executeQuery();
                 ResultSet ru = u.executeQuery()) {
                Stroem<KontaktgruppePeriode> perioder = new Stroem<>(rp, RettidighedReadModel::periode);
                Stroem<Jobcenterperiode> tilknytninger = new Stroem<>(rj, RettidighedReadModel::tilknytning);
                Stroem<Kontaktsamtale> samtaler = new Stroem<>(rs, RettidighedReadModel::samtale);
                Stroem<Fravaer> sygdom = new Stroem<>(rf, r -> new Fravaer(r.getLong(2), Fravaerstype.SYGDOM_SYGEMELDING, dage(r)));
                Stroem<AndenAktoerHenvisning> henvisninger = new Stroem<>(rh, r -> new AndenAktoerHenvisning(r.getLong(2), r.getString(3), dage(r)));
                Stroem<Undtagelse> undtagelser = new Stroem<>(ru,
                        r -> new Undtagelse(r.getLong(2), Undtagelsesgrund.valueOf(r.getString(3)), dage(r)));
                List<Stroem<?>> alle = List.of(perioder, tilknytninger, samtaler, sygdom, henvisninger, undtagelser);
                for (long borger = naeste(alle); borger != Long.MAX_VALUE; borger = naeste(alle)) {
                    for (Stroem<?> stroem : alle) {
                        stroem.fyld(borger);
                    }
                    BorgerSituation situation = new BorgerSituation(perioder.borgerens, sygdom.borgerens, List.of(), List.of(),
                            henvisninger.borgerens);
                    behandler.borger(borger, new Borgergrundlag(situation, undtagelser.borgerens), tilknytninger.borgerens, samtaler.borgerens);
                }
            }
            return null;
        });
    }

    private static PreparedStatement forespoergsel(Connection forbindelse, String sql, String jobcenter, LocalDate fra, LocalDate til,
                                                   Object... parametre) throws SQLException {
        String fuld = sql + (jobcenter == null ? "" : " " + FILTER.strip()) + " order by borger_id";
        PreparedStatement stmt = forbindelse.prepareStatement(fuld, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
        try {
            stmt.setFetchSize(HENTESTOERRELSE);
            int i = 1;
            for (Object parameter : parametre) {
                stmt.setObject(i++, parameter);
            }
            if (jobcenter != null) {
                stmt.setString(i++, jobcenter);
                stmt.setDate(i++, Date.valueOf(til));
                stmt.setDate(i, Date.valueOf(fra));
            }
            return stmt;
        } catch (SQLException | RuntimeException e) {
            stmt.close();
            throw e;
        }
    }

    /** Reads one row of a result set. */
    @FunctionalInterface
    private interface Raekkelaeser<T> {
        T laes(ResultSet rs) throws SQLException;
    }

    /**
     * One query's rows, ordered by borger_id, and the current citizen's of them. {@code naeste} is the borger_id of
     * the row at hand, {@code Long.MAX_VALUE} when the result is exhausted.
     */
    private static final class Stroem<T> {
        private final ResultSet rs;
        private final Raekkelaeser<T> laeser;
        private final List<T> borgerens = new ArrayList<>();
        private long naeste;

        Stroem(ResultSet rs, Raekkelaeser<T> laeser) throws SQLException {
            this.rs = rs;
            this.laeser = laeser;
            frem();
        }

        private void frem() throws SQLException {
            naeste = rs.next() ? rs.getLong(1) : Long.MAX_VALUE;
        }

        /** The rows of {@code borger}, read in place of the last citizen's. */
        void fyld(long borger) throws SQLException {
            borgerens.clear();
            for (; naeste == borger; frem()) {
                borgerens.add(laeser.laes(rs));
            }
        }
    }

    /** The lowest borger_id any stream is at: the next citizen to hand over. */
    private static long naeste(List<Stroem<?>> alle) {
        long naeste = Long.MAX_VALUE;
        for (Stroem<?> stroem : alle) {
            naeste = Math.min(naeste, stroem.naeste);
        }
        return naeste;
    }

    private static Periode dage(ResultSet rs) throws SQLException {
        Date til = rs.getDate("til");
        return new Periode(rs.getDate("fra").toLocalDate(), til == null ? null : til.toLocalDate());
    }

    private static KontaktgruppePeriode periode(ResultSet rs) throws SQLException {
        return new KontaktgruppePeriode(rs.getLong(2), Kontaktgruppe.medNummer(rs.getInt(3)).orElseThrow(), dage(rs));
    }

    private static Jobcenterperiode tilknytning(ResultSet rs) throws SQLException {
        return new Jobcenterperiode(rs.getString(2), dage(rs));
    }

    private static Kontaktsamtale samtale(ResultSet rs) throws SQLException {
        return new Kontaktsamtale(rs.getLong(2), DanskTid.dag(rs.getObject(3, OffsetDateTime.class).toInstant()),
                Samtaletype.medId(rs.getInt(4)).orElseThrow(), Kontaktform.valueOf(rs.getString(5)),
                Myndighedstype.valueOf(rs.getString(6)), rs.getString(8), rs.getBoolean(7), false);
    }
}
