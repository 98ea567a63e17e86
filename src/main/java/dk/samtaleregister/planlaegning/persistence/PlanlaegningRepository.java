package dk.samtaleregister.planlaegning.persistence;

import dk.samtaleregister.faelles.domain.Aendringsart;
import dk.samtaleregister.faelles.domain.AnsvarligSagsbehandler;
import dk.samtaleregister.faelles.domain.Cpr;
import dk.samtaleregister.faelles.domain.Myndighed;
import dk.samtaleregister.faelles.domain.Myndighedstype;
import dk.samtaleregister.faelles.persistence.Sagsbehandlerkolonner;
import dk.samtaleregister.planlaegning.domain.Bookingstatus;
import dk.samtaleregister.planlaegning.domain.Bookingversion;
import dk.samtaleregister.planlaegning.domain.Planlaegning;
import dk.samtaleregister.regler.domain.Deltagelsesstatus;
import dk.samtaleregister.regler.domain.Kontaktform;
import dk.samtaleregister.regler.domain.Samtaletype;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Bookings in plain SQL. Every write changes the current row and appends its version row in one statement (a CTE);
 * the schema checks at commit that the two agree on the version.
 */
@Repository
public class PlanlaegningRepository {

    /** Who owns a booking: the citizen's row, locked. */
    public record Ejer(long borgerId, Cpr cpr) {
    }

    /** The current status and version of a booking, as committed. */
    public record Tilstand(Bookingstatus status, int version) {
    }

    private static final String INDHOLD = """
            borger_id, start, slut, samtaletype, kontaktform, sted, sagsbehandler_navn, sagsbehandler_ident,
            myndighedstype, myndighedskode, ombooking_tilladt, ombookingfrist, deltagelsesstatus, status""";

    /** The version row of whatever the CTE "ny" wrote, with the change's kind, author and reason. */
    private static final String NY_VERSION = """
            , v as (
                insert into planlagt_samtale_version (nummer, version, art, %1$s,
                       aendret_af_ident, aendret_af_myndighedstype, aendret_af_myndighedskode, begrundelse)
                select nummer, version, cast(:art as text), %1$s,
                       cast(:aendretAfIdent as text), cast(:aendretAfType as text), cast(:aendretAfKode as text), cast(:begrundelse as text)
                  from ny
                returning nummer, version)
            select nummer, version from v
            """.formatted(INDHOLD);

    private static final String OPRET = """
            with ny as (
                insert into planlagt_samtale (%s, version)
                values (:borger, :start, :slut, :samtaletype, :kontaktform, :sted, :sagsbehandlerNavn, :ident,
                        :myndighedstype, :myndighedskode, :ombookingTilladt, cast(:ombookingFrist as timestamptz), :deltagelsesstatus, 'AKTIV', 1)
                returning *)
            """.formatted(INDHOLD) + NY_VERSION;

    /** The optimistic check is in the where clause too, so that a change can never skip a version. */
    private static final String AENDR = """
            with ny as (
                update planlagt_samtale
                   set start = :start, slut = :slut, samtaletype = :samtaletype, kontaktform = :kontaktform, sted = :sted,
                       sagsbehandler_navn = :sagsbehandlerNavn, sagsbehandler_ident = :ident, myndighedstype = :myndighedstype,
                       myndighedskode = :myndighedskode, ombooking_tilladt = :ombookingTilladt, ombookingfrist = cast(:ombookingFrist as timestamptz),
                       deltagelsesstatus = :deltagelsesstatus, version = version + 1
                 where nummer = :nummer and version = :forventet and status = 'AKTIV'
                returning *)
            """ + NY_VERSION;

    private static final String AFLYS = """
            with ny as (
                update planlagt_samtale set status = 'AFLYST', version = version + 1
                 where nummer = :nummer and version = :forventet and status = 'AKTIV'
                returning *)
            """ + NY_VERSION;

    private final JdbcClient jdbc;

    public PlanlaegningRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long opret(long borgerId, Planlaegning indhold, String begrundelse) {
        return indhold(jdbc.sql(OPRET), indhold)
                .param("borger", borgerId)
                .param("art", Aendringsart.OPRETTET.name())
                .params(forfatter(indhold.ansvarligSagsbehandler(), begrundelse))
                .query((rs, n) -> rs.getLong("nummer"))
                .single();
    }

    /** The new version, or empty when the booking is not at version {@code forventet} or is cancelled. */
    public Optional<Integer> aendr(long nummer, int forventet, Planlaegning indhold, String begrundelse) {
        return indhold(jdbc.sql(AENDR), indhold)
                .param("nummer", nummer)
                .param("forventet", forventet)
                .param("art", Aendringsart.AENDRET.name())
                .params(forfatter(indhold.ansvarligSagsbehandler(), begrundelse))
                .query((rs, n) -> rs.getInt("version"))
                .optional();
    }

    /** The new version, or empty when the booking is not at version {@code forventet} or is cancelled already. */
    public Optional<Integer> aflys(long nummer, int forventet, AnsvarligSagsbehandler aflystAf, String begrundelse) {
        return jdbc.sql(AFLYS)
                .param("nummer", nummer)
                .param("forventet", forventet)
                .param("art", Aendringsart.AFLYST.name())
                .params(forfatter(aflystAf, begrundelse))
                .query((rs, n) -> rs.getInt("version"))
                .optional();
    }

    /**
     * Locks the row of the citizen the booking belongs to, so that writes about one citizen are judged one at a time.
     * Only the citizen's row is locked and only its columns are read: a booking never changes citizen.
     */
    public Optional<Ejer> laasEjer(long nummer) {
        return jdbc.sql("""
                        select b.id, b.cpr from planlagt_samtale p join borger b on b.id = p.borger_id
                         where p.nummer = ? for update of b""")
                .param(nummer)
                .query((rs, n) -> new Ejer(rs.getLong("id"), Cpr.afLagret(rs.getString("cpr"))))
                .optional();
    }

    /** Each citizen's bookings, by number as a held conversation names them: for a bulk import of history. */
    public Map<Long, Set<String>> numre(Collection<Long> borgere) {
        Map<Long, Set<String>> numre = new HashMap<>();
        jdbc.sql("select borger_id, nummer from planlagt_samtale where borger_id = any(?)")
                .param(borgere.toArray(Long[]::new))
                .query(rs -> {
                    numre.computeIfAbsent(rs.getLong("borger_id"), b -> new HashSet<>()).add(Long.toString(rs.getLong("nummer")));
                });
        return numre;
    }

    public Optional<Tilstand> tilstand(long nummer) {
        return jdbc.sql("select status, version from planlagt_samtale where nummer = ?")
                .param(nummer)
                .query((rs, n) -> new Tilstand(Bookingstatus.valueOf(rs.getString("status")), rs.getInt("version")))
                .optional();
    }

    /** Every version of the booking, oldest first; empty when there is no such booking. */
    public List<Bookingversion> historik(long nummer) {
        return jdbc.sql("""
                        select v.*, b.cpr from planlagt_samtale_version v join borger b on b.id = v.borger_id
                         where v.nummer = ? order by v.version""")
                .param(nummer)
                .query((rs, n) -> new Bookingversion(rs.getInt("version"), Aendringsart.valueOf(rs.getString("art")),
                        Sagsbehandlerkolonner.laes(rs, "aendret_af"),
                        instant(rs, "tidspunkt"), rs.getString("begrundelse"), indhold(rs),
                        Bookingstatus.valueOf(rs.getString("status"))))
                .list();
    }

    private static JdbcClient.StatementSpec indhold(JdbcClient.StatementSpec sql, Planlaegning p) {
        var ansvarlig = p.ansvarligSagsbehandler();
        return sql.param("start", tidspunkt(p.start()))
                .param("slut", tidspunkt(p.slut()))
                .param("samtaletype", p.samtaletype().id())
                .param("kontaktform", p.kontaktform().name())
                .param("sted", p.sted())
                .param("sagsbehandlerNavn", p.sagsbehandlerNavn())
                .param("ident", ansvarlig.ident())
                .param("myndighedstype", ansvarlig.myndighed().type().name())
                .param("myndighedskode", ansvarlig.myndighed().kode())
                .param("ombookingTilladt", p.ombookingTilladt())
                .param("ombookingFrist", tidspunkt(p.ombookingFrist()))
                .param("deltagelsesstatus", p.deltagelsesstatus() == null ? null : p.deltagelsesstatus().name());
    }

    private static Map<String, Object> forfatter(AnsvarligSagsbehandler af, String begrundelse) {
        Map<String, Object> parametre = new HashMap<>();
        parametre.put("aendretAfIdent", af.ident());
        parametre.put("aendretAfType", af.myndighed().type().name());
        parametre.put("aendretAfKode", af.myndighed().kode());
        parametre.put("begrundelse", begrundelse);
        return parametre;
    }

    static Planlaegning indhold(ResultSet rs) throws SQLException {
        String status = rs.getString("deltagelsesstatus");
        return new Planlaegning(
                Cpr.afLagret(rs.getString("cpr")),
                instant(rs, "start"),
                instant(rs, "slut"),
                Samtaletype.medId(rs.getInt("samtaletype")).orElseThrow(),
                Kontaktform.valueOf(rs.getString("kontaktform")),
                rs.getString("sted"),
                rs.getString("sagsbehandler_navn"),
                new AnsvarligSagsbehandler(rs.getString("sagsbehandler_ident"),
                        new Myndighed(Myndighedstype.valueOf(rs.getString("myndighedstype")), rs.getString("myndighedskode"))),
                rs.getBoolean("ombooking_tilladt"),
                instant(rs, "ombookingfrist"),
                status == null ? null : Deltagelsesstatus.valueOf(status));
    }

    private static Instant instant(ResultSet rs, String kolonne) throws SQLException {
        OffsetDateTime tidspunkt = rs.getObject(kolonne, OffsetDateTime.class);
        return tidspunkt == null ? null : tidspunkt.toInstant();
    }

    private static OffsetDateTime tidspunkt(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
