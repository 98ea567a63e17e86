package dk.samtaleregister.samtale.persistence;

import dk.samtaleregister.faelles.domain.Aendringsart;
import dk.samtaleregister.faelles.domain.AnsvarligSagsbehandler;
import dk.samtaleregister.faelles.domain.Cpr;
import dk.samtaleregister.faelles.domain.DanskTid;
import dk.samtaleregister.faelles.domain.Myndighed;
import dk.samtaleregister.faelles.domain.Myndighedstype;
import dk.samtaleregister.faelles.persistence.Sagsbehandlerkolonner;
import dk.samtaleregister.regler.domain.Deltagelsesstatus;
import dk.samtaleregister.regler.domain.Kontaktform;
import dk.samtaleregister.regler.domain.Samtaletype;
import dk.samtaleregister.samtale.domain.Registrering;
import dk.samtaleregister.samtale.domain.Samtale;
import dk.samtaleregister.samtale.domain.Samtaleaendring;
import dk.samtaleregister.samtale.domain.Samtaleversion;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Held conversations, in plain SQL. {@code samtale} is the current state; {@code samtaleversion} the append-only
 * history. Every write puts both in one statement, so a registration or a change costs one round trip.
 */
@Repository
public class SamtaleRepository {

    private static final String INDHOLD = """
            afholdt, samtaletype, kontaktform, samtaleinformation, flere_myndigheder, deltagelsesstatus, planlagt_samtale,
            sagsbehandler_ident, myndighedstype, myndighedskode, aftalenummer, samtykkeloebenummer, nulstillende""";

    private static final String INDHOLD_VAERDIER = """
            :afholdt, :samtaletype, :kontaktform, :samtaleinformation, :flereMyndigheder, :deltagelsesstatus, :planlagtSamtale,
            :ident, :myndighedstype, :myndighedskode, :aftalenummer, :samtykkeloebenummer, :nulstillende""";

    private static final String INDHOLD_FRA_S = """
            s.afholdt, s.samtaletype, s.kontaktform, s.samtaleinformation, s.flere_myndigheder, s.deltagelsesstatus, s.planlagt_samtale,
            s.sagsbehandler_ident, s.myndighedstype, s.myndighedskode, s.aftalenummer, s.samtykkeloebenummer, s.nulstillende""";

    /**
     * Completes a statement whose CTE {@code s} wrote the current row: writes the version row that goes with it
     * and answers the current row's number, first registration time and version (no row: nothing was written).
     */
    private static final String MED_NY_VERSION = """
            , v as (insert into samtaleversion (samtalenummer, version, art, %s, annulleret,
                                                aendret_af_ident, aendret_af_myndighedstype, aendret_af_myndighedskode, begrundelse)
                    select s.samtalenummer, s.version, :art, %s, s.annulleret, :aendretAfIdent, :aendretAfType, :aendretAfKode, :begrundelse
                      from s)
            select samtalenummer, registreringstidspunkt, version from s
            """.formatted(INDHOLD, INDHOLD_FRA_S);

    private static final String KOLONNER = """
            s.samtalenummer, b.cpr, s.afholdt, s.samtaletype, s.kontaktform, s.samtaleinformation, s.flere_myndigheder,
            s.deltagelsesstatus, s.planlagt_samtale, s.sagsbehandler_ident, s.myndighedstype, s.myndighedskode,
            s.aftalenummer, s.samtykkeloebenummer, s.nulstillende, s.annulleret, s.registreringstidspunkt, s.version
            """;

    /** The citizen behind a conversation, locked, and the conversation's current version as seen after the lock. */
    public record LaastSamtale(long borgerId, Cpr cpr, int version, boolean annulleret) {
    }

    private final JdbcClient jdbc;

    public SamtaleRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores a new conversation and its version 1 (OPRETTET) in one statement. */
    public Samtale indsaet(long borgerId, Registrering r, boolean nulstillende, String begrundelse) {
        return medIndhold(jdbc.sql("with s as (insert into samtale (borger_id, " + INDHOLD + ", version) values (:borger, "
                        + INDHOLD_VAERDIER + ", 1) returning *) " + MED_NY_VERSION), r, nulstillende)
                .param("borger", borgerId)
                .param("art", Aendringsart.OPRETTET.name())
                .param("aendretAfIdent", r.ansvarligSagsbehandler().ident())
                .param("aendretAfType", r.ansvarligSagsbehandler().myndighed().type().name())
                .param("aendretAfKode", r.ansvarligSagsbehandler().myndighed().kode())
                .param("begrundelse", begrundelse)
                .query((rs, n) -> new Samtale(rs.getLong("samtalenummer"), r, instant(rs, "registreringstidspunkt"), nulstillende, false,
                        rs.getInt("version")))
                .single();
    }

    /**
     * Locks the citizen the conversation belongs to, then reads the conversation's current version: a change is
     * judged against what holds once no other change of that citizen is under way.
     */
    public Optional<LaastSamtale> laasTilAendring(long samtalenummer) {
        return jdbc.sql("select b.id, b.cpr from borger b join samtale s on s.borger_id = b.id where s.samtalenummer = ? for update of b")
                .param(samtalenummer)
                .query((rs, n) -> new Object[] {rs.getLong("id"), rs.getString("cpr")})
                .optional()
                .map(borger -> jdbc.sql("select version, annulleret from samtale where samtalenummer = ?")
                        .param(samtalenummer)
                        .query((rs, n) -> new LaastSamtale((Long) borger[0], Cpr.afLagret((String) borger[1]), rs.getInt("version"),
                                rs.getBoolean("annulleret")))
                        .single());
    }

    /** A correction: the new content as the next version, if {@code forventetVersion} is still the current one. */
    public boolean ret(long samtalenummer, int forventetVersion, Registrering r, boolean nulstillende, Samtaleaendring aendring) {
        return medAendring(medIndhold(jdbc.sql("with s as (update samtale set (" + INDHOLD + ", version) = (" + INDHOLD_VAERDIER
                + ", version + 1) where samtalenummer = :nummer and version = :forventet and not annulleret returning *) " + MED_NY_VERSION),
                r, nulstillende), samtalenummer, forventetVersion, Aendringsart.RETTET, aendring);
    }

    /** An annulment: the same content, marked annulled, as the next version. */
    public boolean annuller(long samtalenummer, int forventetVersion, Samtaleaendring aendring) {
        return medAendring(jdbc.sql("with s as (update samtale set annulleret = true, version = version + 1"
                + " where samtalenummer = :nummer and version = :forventet and not annulleret returning *) " + MED_NY_VERSION),
                samtalenummer, forventetVersion, Aendringsart.ANNULLERET, aendring);
    }

    public Optional<Samtale> hent(long samtalenummer) {
        return jdbc.sql("select " + KOLONNER + " from samtale s join borger b on b.id = s.borger_id where s.samtalenummer = ?")
                .param(samtalenummer)
                .query(SamtaleRepository::samtale)
                .optional();
    }

    /** Every version, oldest first. */
    public List<Samtaleversion> versioner(long samtalenummer) {
        return jdbc.sql("select v.*, b.cpr from samtaleversion v join samtale s using (samtalenummer) join borger b on b.id = s.borger_id"
                        + " where v.samtalenummer = ? order by v.version")
                .param(samtalenummer)
                .query((rs, n) -> new Samtaleversion(rs.getInt("version"), Aendringsart.valueOf(rs.getString("art")), registrering(rs),
                        rs.getBoolean("nulstillende"), rs.getBoolean("annulleret"),
                        Sagsbehandlerkolonner.laes(rs, "aendret_af"),
                        rs.getString("begrundelse"), instant(rs, "tidspunkt")))
                .list();
    }

    /** The citizen's conversations held on the days fra..til (Danish days, both included), in held order, annulled ones too. */
    public List<Samtale> soeg(Cpr cpr, LocalDate fra, LocalDate til) {
        return jdbc.sql("select " + KOLONNER + """
                         from samtale s join borger b on b.id = s.borger_id
                        where b.cpr = :cpr
                          and s.afholdt >= coalesce(cast(:fra as timestamptz), '-infinity')
                          and s.afholdt < coalesce(cast(:til as timestamptz), 'infinity')
                        order by s.afholdt, s.samtalenummer
                        """)
                .param("cpr", cpr.cifre())
                .param("fra", fra == null ? null : dagensStart(fra))
                .param("til", til == null ? null : dagensStart(til.plusDays(1)))
                .query(SamtaleRepository::samtale)
                .list();
    }

    private static JdbcClient.StatementSpec medIndhold(JdbcClient.StatementSpec sql, Registrering r, boolean nulstillende) {
        var ansvarlig = r.ansvarligSagsbehandler();
        return sql.param("afholdt", tidspunkt(r.afholdt()))
                .param("samtaletype", r.samtaletype().id())
                .param("kontaktform", r.kontaktform().name())
                .param("samtaleinformation", r.samtaleinformation())
                .param("flereMyndigheder", r.flereMyndigheder())
                .param("deltagelsesstatus", r.deltagelsesstatus() == null ? null : r.deltagelsesstatus().name())
                .param("planlagtSamtale", r.planlagtSamtale())
                .param("ident", ansvarlig.ident())
                .param("myndighedstype", ansvarlig.myndighed().type().name())
                .param("myndighedskode", ansvarlig.myndighed().kode())
                .param("aftalenummer", r.aftalenummer())
                .param("samtykkeloebenummer", r.samtykkeloebenummer())
                .param("nulstillende", nulstillende);
    }

    private static boolean medAendring(JdbcClient.StatementSpec sql, long samtalenummer, int forventetVersion, Aendringsart art,
                                       Samtaleaendring aendring) {
        var af = aendring.aendretAf();
        return sql.param("nummer", samtalenummer)
                .param("forventet", forventetVersion)
                .param("art", art.name())
                .param("aendretAfIdent", af.ident())
                .param("aendretAfType", af.myndighed().type().name())
                .param("aendretAfKode", af.myndighed().kode())
                .param("begrundelse", aendring.begrundelse())
                .query((rs, n) -> rs.getLong("samtalenummer")).optional().isPresent();
    }

    private static Samtale samtale(ResultSet rs, int raekke) throws SQLException {
        return new Samtale(rs.getLong("samtalenummer"), registrering(rs), instant(rs, "registreringstidspunkt"),
                rs.getBoolean("nulstillende"), rs.getBoolean("annulleret"), rs.getInt("version"));
    }

    private static Registrering registrering(ResultSet rs) throws SQLException {
        String status = rs.getString("deltagelsesstatus");
        return new Registrering(
                Cpr.afLagret(rs.getString("cpr")),
                instant(rs, "afholdt"),
                Samtaletype.medId(rs.getInt("samtaletype")).orElseThrow(),
                Kontaktform.valueOf(rs.getString("kontaktform")),
                rs.getString("samtaleinformation"),
                rs.getBoolean("flere_myndigheder"),
                status == null ? null : Deltagelsesstatus.valueOf(status),
                rs.getString("planlagt_samtale"),
                new AnsvarligSagsbehandler(rs.getString("sagsbehandler_ident"),
                        new Myndighed(Myndighedstype.valueOf(rs.getString("myndighedstype")), rs.getString("myndighedskode"))),
                rs.getString("aftalenummer"),
                rs.getString("samtykkeloebenummer"));
    }

    private static Instant instant(ResultSet rs, String kolonne) throws SQLException {
        return rs.getObject(kolonne, OffsetDateTime.class).toInstant();
    }

    private static OffsetDateTime tidspunkt(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static OffsetDateTime dagensStart(LocalDate dag) {
        return dag.atStartOfDay(DanskTid.ZONE).toOffsetDateTime();
    }
}
