package dk.samtaleregister.samtale.persistence;

import static dk.samtaleregister.borger.persistence.BorgerRepository.periode;

import dk.samtaleregister.borger.domain.BorgerSituation;
import dk.samtaleregister.borger.domain.Cpr;
import dk.samtaleregister.borger.domain.Fravaer;
import dk.samtaleregister.borger.domain.Jobcentertilknytning;
import dk.samtaleregister.borger.domain.KontaktgruppePeriode;
import dk.samtaleregister.faelles.domain.DanskTid;
import dk.samtaleregister.regler.domain.Deltagelsesstatus;
import dk.samtaleregister.regler.domain.Fravaerstype;
import dk.samtaleregister.regler.domain.Kontaktform;
import dk.samtaleregister.regler.domain.Kontaktgruppe;
import dk.samtaleregister.regler.domain.Myndighed;
import dk.samtaleregister.regler.domain.Myndighedstype;
import dk.samtaleregister.regler.domain.Samtaletype;
import dk.samtaleregister.samtale.domain.AnsvarligSagsbehandler;
import dk.samtaleregister.samtale.domain.Registrering;
import dk.samtaleregister.samtale.domain.Samtale;
import dk.samtaleregister.samtale.domain.TidligereSamtale;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Held conversations, in plain SQL. */
@Repository
public class SamtaleRepository {

    /**
     * Everything rules 3-9 need, in one round trip: the periods that cover the day held, the citizen's latest
     * nulstillende conversation, and the conversations held in the same minute. Columns: art, id, kode, fra,
     * til, afholdt, nulstillende.
     */
    private static final String GRUNDLAG = """
            select 'K' as art, id, kontaktgruppe::text as kode, fra, til, null::timestamptz as afholdt, null::boolean as nulstillende
              from kontaktgruppeperiode where borger_id = :borger and fra <= :dag and (til is null or til >= :dag)
            union all
            select 'F', id, fravaerstype, fra, til, null, null
              from fravaer where borger_id = :borger and fra <= :dag and (til is null or til >= :dag)
            union all
            select 'J', id, jobcenter, fra, til, null, null
              from jobcentertilknytning where borger_id = :borger and fra <= :dag and (til is null or til >= :dag)
            union all
            (select 'S', samtalenummer, samtaletype::text, null, null, afholdt, nulstillende
               from samtale where borger_id = :borger and nulstillende order by afholdt desc limit 1)
            union all
            select 'S', samtalenummer, samtaletype::text, null, null, afholdt, nulstillende
              from samtale where borger_id = :borger and afholdt >= :minut and afholdt < :naesteMinut
            """;

    private static final String KOLONNER = """
            s.samtalenummer, b.cpr, s.afholdt, s.samtaletype, s.kontaktform, s.samtaleinformation, s.flere_myndigheder,
            s.deltagelsesstatus, s.planlagt_samtale, s.sagsbehandler_ident, s.myndighedstype, s.myndighedskode,
            s.aftalenummer, s.samtykkeloebenummer, s.nulstillende, s.registreringstidspunkt, s.version
            """;

    private static final RowMapper<Samtale> SAMTALE = SamtaleRepository::samtale;

    private final JdbcClient jdbc;

    public SamtaleRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Registreringsgrundlag grundlag(long borgerId, Registrering registrering) {
        Instant minut = registrering.afholdt().truncatedTo(ChronoUnit.MINUTES);
        List<KontaktgruppePeriode> kontaktgrupper = new ArrayList<>();
        List<Fravaer> fravaer = new ArrayList<>();
        List<Jobcentertilknytning> jobcentre = new ArrayList<>();
        List<TidligereSamtale> tidligere = new ArrayList<>();
        jdbc.sql(GRUNDLAG)
                .param("borger", borgerId)
                .param("dag", registrering.afholdtDag())
                .param("minut", tidspunkt(minut))
                .param("naesteMinut", tidspunkt(minut.plus(1, ChronoUnit.MINUTES)))
                .query(rs -> {
                    long id = rs.getLong("id");
                    String kode = rs.getString("kode");
                    switch (rs.getString("art")) {
                        case "K" -> kontaktgrupper.add(new KontaktgruppePeriode(id,
                                Kontaktgruppe.medNummer(Integer.parseInt(kode)).orElseThrow(), periode(rs)));
                        case "F" -> fravaer.add(new Fravaer(id, Fravaerstype.valueOf(kode), periode(rs)));
                        case "J" -> jobcentre.add(new Jobcentertilknytning(id, kode, periode(rs)));
                        default -> tidligere.add(new TidligereSamtale(id, Samtaletype.medId(Integer.parseInt(kode)).orElseThrow(),
                                instant(rs, "afholdt"), rs.getBoolean("nulstillende")));
                    }
                });
        return new Registreringsgrundlag(new BorgerSituation(kontaktgrupper, fravaer, jobcentre), tidligere);
    }

    public Samtale indsaet(long borgerId, Registrering r, boolean nulstillende) {
        var ansvarlig = r.ansvarligSagsbehandler();
        return jdbc.sql("""
                        insert into samtale (borger_id, afholdt, samtaletype, kontaktform, samtaleinformation, flere_myndigheder,
                            deltagelsesstatus, planlagt_samtale, sagsbehandler_ident, myndighedstype, myndighedskode,
                            aftalenummer, samtykkeloebenummer, nulstillende)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        returning samtalenummer, registreringstidspunkt, version
                        """)
                .params(borgerId, tidspunkt(r.afholdt()), r.samtaletype().id(), r.kontaktform().name(), r.samtaleinformation(),
                        r.flereMyndigheder(), r.deltagelsesstatus() == null ? null : r.deltagelsesstatus().name(),
                        r.planlagtSamtale(), ansvarlig.ident(), ansvarlig.myndighed().type().name(), ansvarlig.myndighed().kode(),
                        r.aftalenummer(), r.samtykkeloebenummer(), nulstillende)
                .query((rs, n) -> new Samtale(rs.getLong("samtalenummer"), r, instant(rs, "registreringstidspunkt"),
                        nulstillende, rs.getInt("version")))
                .single();
    }

    public Optional<Samtale> hent(long samtalenummer) {
        return jdbc.sql("select " + KOLONNER + " from samtale s join borger b on b.id = s.borger_id where s.samtalenummer = ?")
                .param(samtalenummer)
                .query(SAMTALE)
                .optional();
    }

    /** The citizen's conversations held on the days fra..til (Danish days, both included), in held order. */
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
                .query(SAMTALE)
                .list();
    }

    private static Samtale samtale(ResultSet rs, int raekke) throws SQLException {
        String status = rs.getString("deltagelsesstatus");
        var registrering = new Registrering(
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
        return new Samtale(rs.getLong("samtalenummer"), registrering, instant(rs, "registreringstidspunkt"),
                rs.getBoolean("nulstillende"), rs.getInt("version"));
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
