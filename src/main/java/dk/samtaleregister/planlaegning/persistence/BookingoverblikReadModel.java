package dk.samtaleregister.planlaegning.persistence;

import dk.samtaleregister.faelles.domain.Cpr;
import dk.samtaleregister.planlaegning.domain.Bookingoverblik;
import dk.samtaleregister.planlaegning.domain.Bookingstatus;
import dk.samtaleregister.planlaegning.domain.PlanlagtSamtale;
import java.sql.Array;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * A booking as it is now, with the held conversations that refer to it, in one statement.
 *
 * <p>Read model: besides the planlaegning capability's own {@code planlagt_samtale}, it reads the samtale
 * capability's {@code samtale} directly (the conversations whose planlagtSamtale is the booking's number), so that a
 * booking and what became of it cost one round trip; it writes nothing.
 */
@Repository
public class BookingoverblikReadModel {

    private final JdbcClient jdbc;

    public BookingoverblikReadModel(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The booking and, in the same statement, the held conversations of its citizen whose planlagtSamtale is its
     * number (the reference is free text on the conversation, so it is compared as text); annulled ones no longer count.
     */
    public Optional<Bookingoverblik> hent(long nummer) {
        return jdbc.sql(OVERBLIK + " where p.nummer = ?").param(nummer).query(BookingoverblikReadModel::overblik).optional();
    }

    /** Every booking of the citizen, earliest start first, each with its held conversations, in one statement. */
    public List<Bookingoverblik> borgerens(Cpr cpr) {
        return jdbc.sql(OVERBLIK + " where b.cpr = ? order by p.start, p.nummer").param(cpr.cifre()).query(BookingoverblikReadModel::overblik).list();
    }

    private static final String OVERBLIK = """
            select p.*, b.cpr,
                   array(select s.samtalenummer from samtale s
                          where s.borger_id = p.borger_id and s.planlagt_samtale = p.nummer::text
                            and not s.annulleret
                          order by s.samtalenummer) as afholdte_samtaler
              from planlagt_samtale p join borger b on b.id = p.borger_id""";

    private static Bookingoverblik overblik(java.sql.ResultSet rs, int n) throws SQLException {
        return new Bookingoverblik(
                new PlanlagtSamtale(rs.getLong("nummer"), PlanlaegningRepository.indhold(rs), Bookingstatus.valueOf(rs.getString("status")),
                        rs.getInt("version")),
                samtalenumre(rs.getArray("afholdte_samtaler")));
    }

    private static List<Long> samtalenumre(Array array) throws SQLException {
        return Arrays.stream((Long[]) array.getArray()).toList();
    }

}
