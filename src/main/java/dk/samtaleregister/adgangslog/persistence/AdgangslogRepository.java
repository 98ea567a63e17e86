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
import java.util.stream.Stream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The audit table: appended to (one statement per request, whatever the number of citizens), searched by STAR. */
@Repository
public class AdgangslogRepository {

    private static final String KOLONNER = "id, tidspunkt, korrelations_id, ident, myndighedstype, myndighedskode, cpr, handling, udfald, status";

    /** Rows fetched per round trip while a search streams. */
    private static final int HENTESTOERRELSE = 1000;

    private final JdbcClient jdbc;

    public AdgangslogRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The records of one request, one per citizen (their id and time are the database's). */
    public void indsaet(List<Logpost> poster) {
        StringBuilder sql = new StringBuilder(
                "insert into adgangslog (korrelations_id, ident, myndighedstype, myndighedskode, cpr, handling, udfald, status) values ");
        List<Object> parametre = new ArrayList<>(poster.size() * 8);
        for (int i = 0; i < poster.size(); i++) {
            Logpost post = poster.get(i);
            sql.append(i == 0 ? "" : ", ").append("(?, ?, ?, ?, ?, ?, ?, ?)");
            parametre.addAll(List.of(post.korrelationsId(), post.ident(), post.myndighed().type().name(), post.myndighed().kode()));
            parametre.add(post.cpr() == null ? null : post.cpr().cifre());
            parametre.addAll(List.of(post.handling(), post.udfald().name(), post.status()));
        }
        jdbc.sql(sql.toString()).params(parametre).update();
    }

    /** Every record that matches, oldest first, at most {@code maks}; streamed so that an export holds one batch at a time. */
    public void soeg(Logsoegning soegning, long maks, Consumer<Logpost> modtager) {
        StringBuilder sql = new StringBuilder("select " + KOLONNER + " from adgangslog where true");
        List<Object> parametre = new ArrayList<>();
        if (soegning.cpr() != null) {
            sql.append(" and cpr = ?");
            parametre.add(soegning.cpr().cifre());
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

    private static Logpost post(ResultSet rs, int n) throws SQLException {
        String cpr = rs.getString("cpr");
        return new Logpost(rs.getLong("id"), rs.getTimestamp("tidspunkt").toInstant(), rs.getString("korrelations_id"),
                rs.getString("ident"), new Myndighed(Myndighedstype.valueOf(rs.getString("myndighedstype")), rs.getString("myndighedskode")),
                cpr == null ? null : Cpr.afLagret(cpr), rs.getString("handling"), Udfald.valueOf(rs.getString("udfald")), rs.getInt("status"));
    }
}
