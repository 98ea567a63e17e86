package dk.samtaleregister.borger.persistence;

import dk.samtaleregister.borger.domain.Aendring;
import dk.samtaleregister.borger.domain.Akassemedlemskab;
import dk.samtaleregister.borger.domain.AndenAktoerHenvisning;
import dk.samtaleregister.borger.domain.Borgerperiode;
import dk.samtaleregister.borger.domain.BorgerSituation;
import dk.samtaleregister.borger.domain.Fravaer;
import dk.samtaleregister.borger.domain.Jobcentertilknytning;
import dk.samtaleregister.borger.domain.KontaktgruppePeriode;
import dk.samtaleregister.borger.domain.Periodeslag;
import dk.samtaleregister.borger.domain.Versioneret;
import dk.samtaleregister.faelles.domain.Aendringsart;
import dk.samtaleregister.faelles.domain.AnsvarligSagsbehandler;
import dk.samtaleregister.faelles.domain.Cpr;
import dk.samtaleregister.faelles.persistence.Kopiering;
import dk.samtaleregister.regler.domain.Fravaerstype;
import dk.samtaleregister.regler.domain.Kontaktgruppe;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Many citizens at once, for a bulk import: their locks, their periods, and many versions written set-based. Each
 * statement serves a batch of citizens, whatever their number of rows.
 */
@Repository
public class Masseperioder {

    /** A version an import writes: the citizen, the period as it then is, its version, and the change that made it. */
    public record Skrivning<P extends Borgerperiode>(long borgerId, P periode, int version, Aendringsart art, Aendring aendring) {
    }

    private final JdbcClient jdbc;
    private final DataSource kilde;

    public Masseperioder(JdbcClient jdbc, DataSource kilde) {
        this.jdbc = jdbc;
        this.kilde = kilde;
    }

    /**
     * Locks the citizens' rows, in id order so that two imports cannot deadlock, creating the unknown ones first if
     * {@code opret}; answers their ids. Without {@code opret} an unknown citizen has no id, and nothing to lock.
     */
    public Map<Cpr, Long> laas(Collection<Cpr> borgere, boolean opret) {
        String[] cifre = borgere.stream().map(Cpr::cifre).toArray(String[]::new);
        if (opret) {
            jdbc.sql("insert into borger (cpr) select unnest(cast(? as char(10)[])) order by 1 on conflict (cpr) do nothing")
                    .param(cifre).update();
        }
        Map<Cpr, Long> ider = new HashMap<>();
        jdbc.sql("select id, cpr from borger where cpr = any(cast(? as char(10)[])) order by id for update")
                .param(cifre)
                .query(rs -> {
                    ider.put(Cpr.afLagret(rs.getString("cpr")), rs.getLong("id"));
                });
        return ider;
    }

    /** Ids for periods about to be stored, drawn from the kind's own sequence. */
    public List<Long> nyeId(Periodeslag<?> slag, int antal) {
        return jdbc.sql("select nextval(pg_get_serial_sequence(?, 'id')) from generate_series(1, ?)")
                .param(slag.navn()).param(antal).query(Long.class).list();
    }

    /** The citizens' current periods of one kind, each citizen's in the order they start. */
    public <P extends Borgerperiode> Map<Long, List<Versioneret<P>>> perioder(Periodeslag<P> slag, Collection<Long> borgere) {
        Map<Long, List<Versioneret<P>>> perioder = new HashMap<>();
        jdbc.sql("select borger_id, id, %2$s::text as kode, fra, til, version from %1$s where borger_id = any(?) order by borger_id, fra, id"
                        .formatted(slag.navn(), kodekolonne(slag)))
                .param(borgere.toArray(Long[]::new))
                .query(rs -> {
                    perioder.computeIfAbsent(rs.getLong("borger_id"), b -> new ArrayList<>()).add(new Versioneret<>(
                            slag.af(rs.getLong("id"), rs.getString("kode"), BorgerRepository.periode(rs)), rs.getInt("version")));
                });
        return perioder;
    }

    /** Every period of the kinds a registration is judged by, for each of the citizens, in one query. */
    public Map<Long, BorgerSituation> situationer(Collection<Long> borgere) {
        Map<Long, List<KontaktgruppePeriode>> kontaktgrupper = new HashMap<>();
        Map<Long, List<Fravaer>> fravaer = new HashMap<>();
        Map<Long, List<Jobcentertilknytning>> jobcentre = new HashMap<>();
        Map<Long, List<Akassemedlemskab>> akasser = new HashMap<>();
        Map<Long, List<AndenAktoerHenvisning>> henvisninger = new HashMap<>();
        jdbc.sql("""
                        select 'K' as art, borger_id, id, kontaktgruppe::text as kode, fra, til from kontaktgruppeperiode where borger_id = any(:b)
                        union all select 'F', borger_id, id, fravaerstype, fra, til from fravaer where borger_id = any(:b)
                        union all select 'J', borger_id, id, jobcenter, fra, til from jobcentertilknytning where borger_id = any(:b)
                        union all select 'A', borger_id, id, akasse, fra, til from akassemedlemskab where borger_id = any(:b)
                        union all select 'H', borger_id, id, andenaktoer, fra, til from andenaktoer_henvisning where borger_id = any(:b)
                        order by 2, 5, 3""")
                .param("b", borgere.toArray(Long[]::new))
                .query(rs -> {
                    long borger = rs.getLong("borger_id");
                    long id = rs.getLong("id");
                    String kode = rs.getString("kode");
                    var dage = BorgerRepository.periode(rs);
                    switch (rs.getString("art")) {
                        case "K" -> liste(kontaktgrupper, borger).add(new KontaktgruppePeriode(id,
                                Kontaktgruppe.medNummer(Integer.parseInt(kode)).orElseThrow(), dage));
                        case "F" -> liste(fravaer, borger).add(new Fravaer(id, Fravaerstype.valueOf(kode), dage));
                        case "J" -> liste(jobcentre, borger).add(new Jobcentertilknytning(id, kode, dage));
                        case "A" -> liste(akasser, borger).add(new Akassemedlemskab(id, kode, dage));
                        default -> liste(henvisninger, borger).add(new AndenAktoerHenvisning(id, kode, dage));
                    }
                });
        Map<Long, BorgerSituation> situationer = new LinkedHashMap<>();
        for (Long borger : borgere) {
            situationer.put(borger, new BorgerSituation(kontaktgrupper.getOrDefault(borger, List.of()), fravaer.getOrDefault(borger, List.of()),
                    jobcentre.getOrDefault(borger, List.of()), akasser.getOrDefault(borger, List.of()),
                    henvisninger.getOrDefault(borger, List.of())));
        }
        return situationer;
    }

    /**
     * Writes the versions set-based: copied into a staging table, then the current row of each period it touches
     * (the periods already stored are ended before new ones go in, so that no moment has two of a kind that allows
     * one), then every version into the history, in the order given.
     */
    public <P extends Borgerperiode> void gem(Periodeslag<P> slag, List<Skrivning<P>> skrivninger) {
        if (skrivninger.isEmpty()) {
            return;
        }
        String sql = """
                create temp table if not exists %1$s_indlaesning on commit drop as
                select 0::bigint as orden, id, borger_id, version, %2$s, fra, til, ''::text as art, ''::text as ident,
                       ''::text as myndighedstype, ''::text as myndighedskode, ''::text as begrundelse
                  from %1$s with no data""";
        jdbc.sql(sql.formatted(slag.navn(), kodekolonne(slag))).update();
        StringBuilder csv = new StringBuilder(skrivninger.size() * 96);
        for (int i = 0; i < skrivninger.size(); i++) {
            Skrivning<P> s = skrivninger.get(i);
            AnsvarligSagsbehandler af = s.aendring().ansvarlig();
            Kopiering.raekke(csv, i, s.periode().id(), s.borgerId(), s.version(), slag.kode(s.periode()), s.periode().periode().fra(),
                    s.periode().periode().til(), s.art().name(), af == null ? null : af.ident(), af == null ? null : af.myndighed().type().name(),
                    af == null ? null : af.myndighed().kode(), s.aendring().begrundelse());
        }
        Kopiering.ind(kilde, "copy %s_indlaesning from stdin (format csv)".formatted(slag.navn()), csv);
        for (String skridt : List.of("""
                        update %1$s t set %2$s = s.%2$s, fra = s.fra, til = s.til, version = s.version
                          from (select distinct on (id) * from %1$s_indlaesning order by id, version desc) s
                         where t.id = s.id""", """
                        insert into %1$s (id, borger_id, %2$s, fra, til, version) overriding system value
                        select distinct on (id) id, borger_id, %2$s, fra, til, version from %1$s_indlaesning i
                         where exists (select 1 from %1$s_indlaesning n where n.id = i.id and n.version = 1)
                         order by id, version desc""", """
                        insert into %1$s_version (id, version, %2$s, fra, til, art, aendret_af_ident, aendret_af_myndighedstype,
                                                  aendret_af_myndighedskode, begrundelse)
                        select id, version, %2$s, fra, til, art, ident, myndighedstype, myndighedskode, begrundelse
                          from %1$s_indlaesning order by orden""", "truncate %1$s_indlaesning")) {
            jdbc.sql(skridt.formatted(slag.navn(), kodekolonne(slag))).update();
        }
    }

    private static String kodekolonne(Periodeslag<?> slag) {
        return slag.kodefelt().toLowerCase(Locale.ROOT);
    }

    private static <T> List<T> liste(Map<Long, List<T>> efterBorger, long borger) {
        return efterBorger.computeIfAbsent(borger, b -> new ArrayList<>());
    }
}
