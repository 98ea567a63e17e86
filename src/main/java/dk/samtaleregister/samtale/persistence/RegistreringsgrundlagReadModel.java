package dk.samtaleregister.samtale.persistence;

import static dk.samtaleregister.borger.persistence.BorgerRepository.periode;

import dk.samtaleregister.borger.domain.Akassemedlemskab;
import dk.samtaleregister.borger.domain.AndenAktoerHenvisning;
import dk.samtaleregister.borger.domain.BorgerSituation;
import dk.samtaleregister.borger.domain.Fravaer;
import dk.samtaleregister.borger.domain.Jobcentertilknytning;
import dk.samtaleregister.borger.domain.KontaktgruppePeriode;
import dk.samtaleregister.regler.domain.Fravaerstype;
import dk.samtaleregister.regler.domain.Kontaktgruppe;
import dk.samtaleregister.regler.domain.Samtaletype;
import dk.samtaleregister.samtale.domain.Registrering;
import dk.samtaleregister.samtale.domain.TidligereSamtale;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What a registration is judged from, in one round trip: the citizen's situation on the day held, the conversations
 * that bear on the ordering and duplicate rules, and the booking the registration refers to.
 *
 * <p>Read model: besides the samtale capability's own {@code samtale}, it reads the borger capability's period tables
 * ({@code kontaktgruppeperiode}, {@code fravaer}, {@code jobcentertilknytning}, {@code akassemedlemskab},
 * {@code andenaktoer_henvisning}) and the planlaegning capability's {@code planlagt_samtale} directly, because a
 * registration may cost one query for all of it; it writes nothing. For a registration or a correction it runs under
 * the citizen's lock, taken by {@link dk.samtaleregister.samtale.application.SamtaleService}; a prøve and the
 * samtaletyper open on a day read it without one, since they write nothing a lock could protect.
 */
@Repository
public class RegistreringsgrundlagReadModel {

    /**
     * The citizen's periods of every kind that cover the day held: all that rules 3-5 and 9 read. Columns: art, id,
     * kode, fra, til, afholdt, nulstillende.
     */
    private static final String PERIODER = """
            select 'K' as art, id, kontaktgruppe::text as kode, fra, til, null::timestamptz as afholdt, null::boolean as nulstillende
              from kontaktgruppeperiode where borger_id = :borger and fra <= :dag and (til is null or til >= :dag)
            union all
            select 'F', id, fravaerstype, fra, til, null, null
              from fravaer where borger_id = :borger and fra <= :dag and (til is null or til >= :dag)
            union all
            select 'J', id, jobcenter, fra, til, null, null
              from jobcentertilknytning where borger_id = :borger and fra <= :dag and (til is null or til >= :dag)
            union all
            select 'A', id, akasse, fra, til, null, null
              from akassemedlemskab where borger_id = :borger and fra <= :dag and (til is null or til >= :dag)
            union all
            select 'H', id, andenaktoer, fra, til, null, null
              from andenaktoer_henvisning where borger_id = :borger and fra <= :dag and (til is null or til >= :dag)
            """;

    /**
     * Everything rules 3-9 need, in one round trip: the {@link #PERIODER}, the citizen's latest nulstillende
     * conversation, and the conversations held in the same minute; annulled ones and the one being corrected
     * ({@code :uden}) do not count; and the booking the registration refers to, if it is the citizen's.
     */
    private static final String GRUNDLAG = PERIODER + """
            union all
            (select 'S', samtalenummer, samtaletype::text, null, null, afholdt, nulstillende
               from samtale where borger_id = :borger and nulstillende and not annulleret and samtalenummer <> :uden
              order by afholdt desc limit 1)
            union all
            select 'S', samtalenummer, samtaletype::text, null, null, afholdt, nulstillende
              from samtale where borger_id = :borger and not annulleret and samtalenummer <> :uden
               and afholdt >= :minut and afholdt < :naesteMinut
            union all
            select 'P', nummer, nummer::text, null, null, null, null
              from planlagt_samtale where nummer = :planlagt and borger_id = :borger
            """;

    private final JdbcClient jdbc;

    public RegistreringsgrundlagReadModel(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Registreringsgrundlag hent(long borgerId, Registrering registrering, Optional<Long> udenSamtale) {
        Instant minut = registrering.afholdt().truncatedTo(ChronoUnit.MINUTES);
        Raekker raekker = new Raekker();
        jdbc.sql(GRUNDLAG)
                .param("borger", borgerId)
                .param("dag", registrering.afholdtDag())
                .param("minut", tidspunkt(minut))
                .param("naesteMinut", tidspunkt(minut.plus(1, ChronoUnit.MINUTES)))
                .param("uden", udenSamtale.orElse(0L))
                .param("planlagt", bookingnummer(registrering.planlagtSamtale()), Types.BIGINT)
                .query(raekker::laes);
        return new Registreringsgrundlag(raekker.situation(), raekker.tidligere, raekker.planlagte);
    }

    /** The citizen's situation on the day, as {@link #hent} reads it: what the samtaletyper open on the day are judged from. */
    public BorgerSituation situation(long borgerId, LocalDate dag) {
        Raekker raekker = new Raekker();
        jdbc.sql(PERIODER).param("borger", borgerId).param("dag", dag).query(raekker::laes);
        return raekker.situation();
    }

    /** The rows of {@link #GRUNDLAG} or {@link #PERIODER}, sorted by their art as they are read. */
    private static final class Raekker {
        private final List<KontaktgruppePeriode> kontaktgrupper = new ArrayList<>();
        private final List<Fravaer> fravaer = new ArrayList<>();
        private final List<Jobcentertilknytning> jobcentre = new ArrayList<>();
        private final List<Akassemedlemskab> akassemedlemskaber = new ArrayList<>();
        private final List<AndenAktoerHenvisning> henvisninger = new ArrayList<>();
        private final List<TidligereSamtale> tidligere = new ArrayList<>();
        private final Set<String> planlagte = new HashSet<>();

        void laes(ResultSet rs) throws SQLException {
            long id = rs.getLong("id");
            String kode = rs.getString("kode");
            switch (rs.getString("art")) {
                case "K" -> kontaktgrupper.add(new KontaktgruppePeriode(id,
                        Kontaktgruppe.medNummer(Integer.parseInt(kode)).orElseThrow(), periode(rs)));
                case "F" -> fravaer.add(new Fravaer(id, Fravaerstype.valueOf(kode), periode(rs)));
                case "J" -> jobcentre.add(new Jobcentertilknytning(id, kode, periode(rs)));
                case "A" -> akassemedlemskaber.add(new Akassemedlemskab(id, kode, periode(rs)));
                case "H" -> henvisninger.add(new AndenAktoerHenvisning(id, kode, periode(rs)));
                case "P" -> planlagte.add(kode);
                default -> tidligere.add(new TidligereSamtale(id, Samtaletype.medId(Integer.parseInt(kode)).orElseThrow(),
                        instant(rs, "afholdt"), rs.getBoolean("nulstillende")));
            }
        }

        BorgerSituation situation() {
            return new BorgerSituation(kontaktgrupper, fravaer, jobcentre, akassemedlemskaber, henvisninger);
        }
    }

    /** Bookings are numbered; a reference that is no number names none. */
    private static Long bookingnummer(String reference) {
        if (reference == null || reference.isEmpty() || reference.length() > 18 || !reference.chars().allMatch(Character::isDigit)) {
            return null;
        }
        return Long.valueOf(reference);
    }

    private static Instant instant(ResultSet rs, String kolonne) throws SQLException {
        return rs.getObject(kolonne, OffsetDateTime.class).toInstant();
    }

    private static OffsetDateTime tidspunkt(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
