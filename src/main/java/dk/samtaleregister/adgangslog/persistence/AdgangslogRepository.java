package dk.samtaleregister.adgangslog.persistence;

import dk.samtaleregister.adgangslog.domain.Logpost;
import dk.samtaleregister.adgangslog.domain.Logsoegning;
import dk.samtaleregister.adgangslog.domain.Udfald;
import dk.samtaleregister.faelles.domain.Cpr;
import dk.samtaleregister.faelles.domain.Myndighed;
import dk.samtaleregister.faelles.domain.Myndighedstype;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The audit table: appended to (one statement per request, whatever the number of citizens), searched by STAR. */
@Repository
public class AdgangslogRepository {

    private static final String KOLONNER = "id, tidspunkt, korrelations_id, ident, myndighedstype, myndighedskode, cpr, handling, udfald, status,"
            + " foerste_position, sidste_position";

    /** Rows fetched per round trip while a search streams. */
    private static final int HENTESTOERRELSE = 1000;

    private final JdbcClient jdbc;

    public AdgangslogRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The records of one request, one per citizen, in one statement however many citizens there are (a bulk import
     * touches thousands): what the records share is sent once, the citizens as one array. Their id and time are the
     * database's.
     */
    public void indsaet(Logpost post, List<Cpr> borgere) {
        jdbc.sql("""
                        insert into adgangslog (korrelations_id, ident, myndighedstype, myndighedskode, cpr, handling, udfald, status,
                                                foerste_position, sidste_position, haendelsesborgere)
                        select ?, ?, ?, ?, borger.cpr, ?, ?, ?, ?, ?, cast(? as char(10)[])
                          from unnest(cast(? as char(10)[])) with ordinality as borger (cpr, nr) order by borger.nr""")
                .params(post.korrelationsId(), post.ident(), post.myndighed().type().name(), post.myndighed().kode(), post.handling(),
                        post.udfald().name(), post.status(),
                        post.positioner() == null ? null : post.positioner().foerste(),
                        post.positioner() == null ? null : post.positioner().sidste(),
                        post.positioner() == null ? null : arraytekst(post.haendelsesborgere()),
                        borgere.isEmpty() ? "{NULL}" : arraytekst(borgere))
                .update();
    }

    /** Every record that matches, oldest first, at most {@code maks}; streamed so that an export holds one batch at a time. */
    public void soeg(Logsoegning soegning, long maks, Consumer<Logpost> modtager) {
        StringBuilder sql = new StringBuilder("select " + KOLONNER + " from adgangslog where true");
        List<Object> parametre = new ArrayList<>();
        if (soegning.cpr() != null) {
            // The citizen's own records, and the reads of the feed that carried the citizen's events.
            sql.append(" and (cpr = ? or (haendelsesborgere is not null and haendelsesborgere @> cast(? as char(10)[])))");
            parametre.add(soegning.cpr().cifre());
            parametre.add(arraytekst(List.of(soegning.cpr())));
        }
        if (soegning.ident() != null) {
            sql.append(" and ident = ?");
            parametre.add(soegning.ident());
        }
        if (soegning.fra() != null) {
            sql.append(" and tidspunkt >= ?");
            parametre.add(Timestamp.from(soegning.fra()));
        }
        if (soegning.til() != null) {
            sql.append(" and tidspunkt < ?");
            parametre.add(Timestamp.from(soegning.til()));
        }
        sql.append(" order by tidspunkt, id limit ?");
        parametre.add(maks);
        try (Stream<Logpost> poster = jdbc.sql(sql.toString()).params(parametre).withFetchSize(HENTESTOERRELSE)
                .query(AdgangslogRepository::post).stream()) {
            poster.forEach(modtager);
        }
    }

    /** A PostgreSQL array literal of CPR numbers: ten digits each, so nothing in them needs quoting. */
    private static String arraytekst(List<Cpr> borgere) {
        return borgere.stream().map(Cpr::cifre).collect(Collectors.joining(",", "{", "}"));
    }

    private static Logpost post(ResultSet rs, int n) throws SQLException {
        String cpr = rs.getString("cpr");
        long foerste = rs.getLong("foerste_position");
        Logpost.Positioner positioner = rs.wasNull() ? null : new Logpost.Positioner(foerste, rs.getLong("sidste_position"));
        return new Logpost(rs.getLong("id"), rs.getTimestamp("tidspunkt").toInstant(), rs.getString("korrelations_id"),
                rs.getString("ident"), new Myndighed(Myndighedstype.valueOf(rs.getString("myndighedstype")), rs.getString("myndighedskode")),
                cpr == null ? null : Cpr.afLagret(cpr), rs.getString("handling"), Udfald.valueOf(rs.getString("udfald")), rs.getInt("status"),
                positioner, List.of());
    }
}
