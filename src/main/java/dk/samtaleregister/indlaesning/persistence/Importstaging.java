package dk.samtaleregister.indlaesning.persistence;

import dk.samtaleregister.faelles.persistence.Kopiering;
import dk.samtaleregister.indlaesning.domain.Importart;
import dk.samtaleregister.indlaesning.domain.Importraekke;
import java.io.InputStream;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.postgresql.util.PSQLException;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The file as it came, in a staging table of the transaction ({@code import_raekke}, dropped at commit): copied in
 * with COPY straight from the request, one text column per field and the line number beside it, and read back a
 * batch of citizens at a time. The citizens are numbered in {@code import_borger} by their CPR number as written
 * without its hyphen, and the rows are put in their order, so that one citizen's rows are read together whatever
 * their place in the file.
 */
@Repository
public class Importstaging {

    /** "COPY import_raekke, line 5, column ...": the line of the data COPY was given, the header not among them. */
    private static final Pattern COPY_LINJE = Pattern.compile("line (\\d+)");

    /** A line COPY could not read: its line in the file (the header is line 1). */
    public static final class UlaeseligLinje extends RuntimeException {

        private final long linje;

        UlaeseligLinje(long linje, Throwable aarsag) {
            super("line " + linje, aarsag, false, false);
            this.linje = linje;
        }

        public long linje() {
            return linje;
        }
    }

    private final JdbcClient jdbc;
    private final DataSource kilde;

    public Importstaging(JdbcClient jdbc, DataSource kilde) {
        this.jdbc = jdbc;
        this.kilde = kilde;
    }

    /**
     * Copies the rows after the header into the staging table, in the header's columns; answers how many. The
     * columns are the art's fields, checked by the caller, so they can be quoted into the statement as they are.
     */
    public long kopier(Importart art, List<String> kolonner, InputStream raekker) {
        // The import's own writes grow the tables it reads batch by batch, while their statistics still say how they
        // were when it began: a batch's rows are always few, so they are read by index, never by scanning the table.
        jdbc.sql("set local enable_seqscan = off").update();
        String felter = art.felter().stream().map(f -> kolonne(f) + " text").collect(Collectors.joining(", "));
        jdbc.sql("create temp table import_raekke (linje bigint generated always as identity (start with 2), " + felter + ") on commit drop")
                .update();
        String sql = "copy import_raekke (" + kolonner.stream().map(Importstaging::kolonne).collect(Collectors.joining(", "))
                + ") from stdin with (format csv, delimiter ';')";
        try {
            return Kopiering.ind(kilde, sql, raekker);
        } catch (UncategorizedSQLException fejl) {
            OptionalLong linje = linje(fejl.getSQLException());
            if (linje.isPresent()) {
                throw new UlaeseligLinje(linje.getAsLong() + 1, fejl);
            }
            throw fejl;
        }
    }

    /**
     * Numbers the file's citizens, and puts the rows in the order of the citizens' numbers ({@code import_parti},
     * indexed by the number), so that each batch is one range of it; answers how many citizens there are.
     */
    public long nummererBorgere() {
        jdbc.sql("""
                create temp table import_borger on commit drop as
                select row_number() over (order by noegle) as nr, noegle
                  from (select distinct replace(coalesce(cpr, ''), '-', '') as noegle from import_raekke) citizens""").update();
        jdbc.sql("""
                create temp table import_parti on commit drop as
                select b.nr, b.noegle, r.* from import_raekke r join import_borger b on b.noegle = replace(coalesce(r.cpr, ''), '-', '')
                 order by b.nr, r.linje""").update();
        jdbc.sql("create index on import_parti (nr)").update();
        jdbc.sql("analyze import_parti").update();
        jdbc.sql("drop table import_raekke").update();
        return jdbc.sql("select count(*) from import_borger").query(Long.class).single();
    }

    /**
     * The rows of the citizens numbered after {@code efter} up to {@code til}, each citizen's in file order, by the
     * citizen's CPR number as written without its hyphen.
     */
    public Map<String, List<Importraekke>> raekker(Importart art, long efter, long til) {
        String kolonner = art.felter().stream().map(Importstaging::kolonne).collect(Collectors.joining(", "));
        Map<String, List<Importraekke>> raekker = new LinkedHashMap<>();
        jdbc.sql("select noegle, linje, " + kolonner + " from import_parti where nr > ? and nr <= ? order by nr, linje")
                .param(efter).param(til)
                .query(rs -> {
                    Map<String, String> felter = new HashMap<>();
                    for (String felt : art.felter()) {
                        felter.put(felt, rs.getString(felt));
                    }
                    raekker.computeIfAbsent(rs.getString("noegle"), n -> new ArrayList<>()).add(new Importraekke(rs.getLong("linje"), felter));
                });
        return raekker;
    }

    private static OptionalLong linje(SQLException fejl) {
        if (fejl instanceof PSQLException psql && psql.getServerErrorMessage() != null && psql.getServerErrorMessage().getWhere() != null) {
            Matcher m = COPY_LINJE.matcher(psql.getServerErrorMessage().getWhere());
            if (m.find()) {
                return OptionalLong.of(Long.parseLong(m.group(1)));
            }
        }
        return OptionalLong.empty();
    }

    /** A field's column: quoted, since a nested field's name has dots. */
    private static String kolonne(String felt) {
        return '"' + felt + '"';
    }
}
