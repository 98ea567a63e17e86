package dk.samtaleregister.haendelse.persistence;

import dk.samtaleregister.adgang.persistence.EgenBorgerReadModel;
import dk.samtaleregister.faelles.domain.AnsvarligSagsbehandler;
import dk.samtaleregister.faelles.domain.Cpr;
import dk.samtaleregister.faelles.domain.Myndighed;
import dk.samtaleregister.faelles.domain.Myndighedstype;
import dk.samtaleregister.haendelse.domain.Haendelse;
import dk.samtaleregister.haendelse.domain.Haendelsesside;
import dk.samtaleregister.haendelse.domain.NyHaendelse;
import dk.samtaleregister.faelles.persistence.Kopiering;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * The outbox table {@code haendelse}: appended to by every change, numbered by the sequencer, read by position.
 * The state is written with the API's own JSON mapper, so that it is the answer's JSON.
 */
@Repository
public class HaendelseRepository {

    /** The sequencer's transaction lock, the same for every instance of the service. */
    static final long SEKVENSERINGSLAAS = 0x5341_4D54_0001L;

    private static final String KOLONNER = """
            h.position, h.id, h.type, h.entitet, h.entitet_id, h.version, b.cpr, b.pseudonym, h.registreret,
            h.kalder_ident, h.kalder_myndighedstype, h.kalder_myndighedskode, h.tilstand""";

    /**
     * The waiting events in id order get the positions after the last one given. Only committed events are visible to
     * the statement, and the lock makes it the only one numbering, so the positions run on without gaps.
     */
    private static final String NUMMERER = """
            with ny as (select id, row_number() over (order by id) as n
                          from (select id from haendelse where position is null order by id limit :maks) venter),
                 sidste as (select coalesce(max(position), 0) as position from haendelse)
            update haendelse h set position = sidste.position + ny.n from ny, sidste where h.id = ny.id""";

    private final JdbcClient jdbc;
    private final DataSource kilde;
    private final JsonMapper json;

    public HaendelseRepository(JdbcClient jdbc, DataSource kilde, JsonMapper json) {
        this.jdbc = jdbc;
        this.kilde = kilde;
        this.json = json;
    }

    /** The events of one change, with their states as answers ({@code svar}, in the same order), in one statement. */
    public void indsaet(List<NyHaendelse> haendelser, List<Object> svar) {
        StringBuilder sql = new StringBuilder("insert into haendelse (type, entitet, entitet_id, version, borger_id, samtaletype,"
                + " kalder_ident, kalder_myndighedstype, kalder_myndighedskode, tilstand) values ");
        List<Object> parametre = new ArrayList<>(haendelser.size() * 10);
        for (int i = 0; i < haendelser.size(); i++) {
            NyHaendelse h = haendelser.get(i);
            AnsvarligSagsbehandler kalder = h.kalder();
            sql.append(i == 0 ? "" : ", ").append("(?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as json))");
            parametre.add(h.type());
            parametre.add(h.entitet());
            parametre.add(h.entitetId());
            parametre.add(h.version());
            parametre.add(h.borgerId());
            parametre.add(h.samtaletype() == null ? null : h.samtaletype().id());
            parametre.add(kalder.ident());
            parametre.add(kalder.myndighed().type().name());
            parametre.add(kalder.myndighed().kode());
            parametre.add(json.writeValueAsString(svar.get(i)));
        }
        jdbc.sql(sql.toString()).params(parametre).update();
    }

    /** Many events at once, with COPY: for a bulk import, whose events run into the thousands per statement. */
    public void kopierInd(List<NyHaendelse> haendelser, List<Object> svar) {
        StringBuilder csv = new StringBuilder(haendelser.size() * 700);
        for (int i = 0; i < haendelser.size(); i++) {
            NyHaendelse h = haendelser.get(i);
            AnsvarligSagsbehandler kalder = h.kalder();
            Kopiering.raekke(csv, h.type(), h.entitet(), h.entitetId(), h.version(), h.borgerId(),
                    h.samtaletype() == null ? null : h.samtaletype().id(), kalder.ident(), kalder.myndighed().type().name(),
                    kalder.myndighed().kode(), json.writeValueAsString(svar.get(i)));
        }
        Kopiering.ind(kilde, "copy haendelse (type, entitet, entitet_id, version, borger_id, samtaletype, kalder_ident,"
                + " kalder_myndighedstype, kalder_myndighedskode, tilstand) from stdin (format csv)", csv);
    }

    /** Waits until no other transaction numbers events; held until this one ends. */
    public void laasSekvenseringen() {
        jdbc.sql("select pg_advisory_xact_lock(?)").param(SEKVENSERINGSLAAS).query((rs, n) -> 1).single();
    }

    /** Numbers at most {@code maks} waiting events; answers how many. Only under {@link #laasSekvenseringen()}. */
    public int nummerer(int maks) {
        return jdbc.sql(NUMMERER).param("maks", maks).update();
    }

    /** Committed events the sequencer has still to number: the outbox's backlog before the feed. */
    public long unummererede() {
        return jdbc.sql("select count(*) from haendelse where position is null").query(Long.class).single();
    }

    /** Numbered events after the least progress a Kafka topic has recorded, or 0 when none publishes. */
    public long ikkeUdgivne() {
        return jdbc.sql("""
                select coalesce((select max(position) from haendelse) - (select min(position) from haendelsesudgivelse), 0)""")
                .query(Long.class).single();
    }

    /** The feed's last position: every event at or below it is numbered and committed. */
    public long sidstePosition() {
        return jdbc.sql("select coalesce(max(position), 0) from haendelse").query(Long.class).single();
    }

    /**
     * The events after {@code efter} among the next {@code vindue} positions, at most {@code maks}, that the authority
     * may see on {@code dag}: all for STAR; for another, those of its own citizens, and if {@code samtaletyper} is given
     * (an a-kasse) only events that concern no samtaletype or one of those. The last position is read first, so that
     * the page never claims to have covered a position it could not see.
     */
    public Haendelsesside side(long efter, int maks, int vindue, Myndighed myndighed, LocalDate dag, List<Integer> samtaletyper) {
        long sidste = sidstePosition();
        long graense = Math.min(sidste, efter + vindue);
        StringBuilder sql = new StringBuilder("select " + KOLONNER + " from haendelse h join borger b on b.id = h.borger_id"
                + " where h.position > :efter and h.position <= :graense");
        if (myndighed.type() != Myndighedstype.STAR) {
            sql.append(" and ").append(EgenBorgerReadModel.erEgen(myndighed.type(), "h.borger_id"));
        }
        if (samtaletyper != null) {
            sql.append(samtaletyper.isEmpty() ? " and h.samtaletype is null" : " and (h.samtaletype is null or h.samtaletype in (:typer))");
        }
        sql.append(" order by h.position limit :maks");
        JdbcClient.StatementSpec spec = jdbc.sql(sql.toString()).param("efter", efter).param("graense", graense).param("maks", maks);
        if (myndighed.type() != Myndighedstype.STAR) {
            spec = spec.param("kode", myndighed.kode()).param("dag", dag);
        }
        if (samtaletyper != null && !samtaletyper.isEmpty()) {
            spec = spec.param("typer", samtaletyper);
        }
        List<Haendelse> haendelser = spec.query(HaendelseRepository::haendelse).list();
        long naeste = haendelser.size() == maks ? haendelser.get(maks - 1).position() : Math.max(efter, graense);
        return new Haendelsesside(haendelser, naeste, sidste);
    }

    /** Every numbered event after {@code efter}, at most {@code maks}, in position order: for the publisher, which sends all. */
    public List<Haendelse> efter(long efter, int maks) {
        return jdbc.sql("select " + KOLONNER + " from haendelse h join borger b on b.id = h.borger_id"
                        + " where h.position > :efter and h.position <= :efter + :maks order by h.position")
                .param("efter", efter).param("maks", maks).query(HaendelseRepository::haendelse).list();
    }

    private static Haendelse haendelse(ResultSet rs, int n) throws SQLException {
        return new Haendelse(rs.getLong("position"), rs.getLong("id"), rs.getString("type"), rs.getString("entitet"),
                rs.getLong("entitet_id"), rs.getInt("version"), Cpr.afLagret(rs.getString("cpr")), rs.getObject("pseudonym", UUID.class),
                rs.getObject("registreret", OffsetDateTime.class).toInstant(),
                new AnsvarligSagsbehandler(rs.getString("kalder_ident"),
                        new Myndighed(Myndighedstype.valueOf(rs.getString("kalder_myndighedstype")), rs.getString("kalder_myndighedskode"))),
                rs.getString("tilstand"));
    }
}
