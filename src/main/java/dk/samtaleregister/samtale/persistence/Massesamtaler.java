package dk.samtaleregister.samtale.persistence;

import dk.samtaleregister.faelles.persistence.Kopiering;
import dk.samtaleregister.regler.domain.Samtaletype;
import dk.samtaleregister.samtale.domain.Registrering;
import dk.samtaleregister.samtale.domain.TidligereSamtale;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Many citizens' conversations at once, for a bulk import of history: what they are judged against, and many new
 * conversations written set-based, each with its version 1, through a staging table.
 */
@Repository
public class Massesamtaler {

    /** A conversation an import stores: its number (from {@link #nyeNumre}), its citizen, its content and judgement. */
    public record Ny(long samtalenummer, long borgerId, Registrering registrering, boolean nulstillende, String begrundelse) {
    }

    private final JdbcClient jdbc;
    private final DataSource kilde;

    public Massesamtaler(JdbcClient jdbc, DataSource kilde) {
        this.jdbc = jdbc;
        this.kilde = kilde;
    }

    /** Numbers for conversations about to be stored, when they must be named before they exist. */
    public List<Long> nyeNumre(int antal) {
        return jdbc.sql("select nextval(pg_get_serial_sequence('samtale', 'samtalenummer')) from generate_series(1, ?)")
                .param(antal).query(Long.class).list();
    }

    /** When the transaction began: the registreringstidspunkt every conversation it stores gets. */
    public Instant transaktionensTid() {
        return jdbc.sql("select now()").query(OffsetDateTime.class).single().toInstant();
    }

    /** Each citizen's conversations that count for the rules: all but the annulled. */
    public Map<Long, List<TidligereSamtale>> tidligere(Collection<Long> borgere) {
        Map<Long, List<TidligereSamtale>> tidligere = new HashMap<>();
        jdbc.sql("""
                        select borger_id, samtalenummer, samtaletype, afholdt, nulstillende from samtale
                         where borger_id = any(?) and not annulleret order by borger_id, afholdt""")
                .param(borgere.toArray(Long[]::new))
                .query(rs -> {
                    tidligere.computeIfAbsent(rs.getLong("borger_id"), b -> new ArrayList<>()).add(new TidligereSamtale(
                            rs.getLong("samtalenummer"), Samtaletype.medId(rs.getInt("samtaletype")).orElseThrow(),
                            rs.getObject("afholdt", OffsetDateTime.class).toInstant(), rs.getBoolean("nulstillende")));
                });
        return tidligere;
    }

    /**
     * Stores the conversations, each with its version 1 (OPRETTET) in its caseworker's name: copied into a staging
     * table, then moved in one statement.
     */
    public void indsaet(List<Ny> samtaler) {
        if (samtaler.isEmpty()) {
            return;
        }
        jdbc.sql("""
                create temp table if not exists samtale_indlaesning on commit drop as
                select samtalenummer, borger_id, afholdt, samtaletype, kontaktform, samtaleinformation, flere_myndigheder,
                       deltagelsesstatus, planlagt_samtale, sagsbehandler_ident, myndighedstype, myndighedskode, aftalenummer,
                       samtykkeloebenummer, nulstillende, ''::text as begrundelse
                  from samtale with no data""").update();
        StringBuilder csv = new StringBuilder(samtaler.size() * 200);
        for (Ny s : samtaler) {
            Registrering r = s.registrering();
            var ansvarlig = r.ansvarligSagsbehandler();
            Kopiering.raekke(csv, s.samtalenummer(), s.borgerId(), r.afholdt().atOffset(ZoneOffset.UTC), r.samtaletype().id(), r.kontaktform().name(),
                    r.samtaleinformation(), r.flereMyndigheder(), r.deltagelsesstatus() == null ? null : r.deltagelsesstatus().name(),
                    r.planlagtSamtale(), ansvarlig.ident(), ansvarlig.myndighed().type().name(), ansvarlig.myndighed().kode(), r.aftalenummer(),
                    r.samtykkeloebenummer(), s.nulstillende(), s.begrundelse());
        }
        Kopiering.ind(kilde, "copy samtale_indlaesning from stdin (format csv)", csv);
        String indhold = """
                afholdt, samtaletype, kontaktform, samtaleinformation, flere_myndigheder, deltagelsesstatus, planlagt_samtale,
                sagsbehandler_ident, myndighedstype, myndighedskode, aftalenummer, samtykkeloebenummer, nulstillende""";
        jdbc.sql("""
                with s as (insert into samtale (samtalenummer, borger_id, %1$s, version) overriding system value
                           select samtalenummer, borger_id, %1$s, 1 from samtale_indlaesning order by samtalenummer
                           returning samtalenummer)
                insert into samtaleversion (samtalenummer, version, art, %1$s, annulleret, aendret_af_ident,
                                            aendret_af_myndighedstype, aendret_af_myndighedskode, begrundelse)
                select i.samtalenummer, 1, 'OPRETTET', %2$s, false, i.sagsbehandler_ident, i.myndighedstype, i.myndighedskode,
                       i.begrundelse
                  from samtale_indlaesning i join s using (samtalenummer)""".formatted(indhold, indhold.replaceAll("(\\w+)", "i.$1"))).update();
        jdbc.sql("truncate samtale_indlaesning").update();
    }
}
