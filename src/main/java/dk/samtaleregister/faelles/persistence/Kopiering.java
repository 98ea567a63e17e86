package dk.samtaleregister.faelles.persistence;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * PostgreSQL's COPY FROM STDIN on the connection of the transaction under way: the fastest way rows go in, for bulk
 * writes. The rows are CSV; {@link #felt} writes one field so that COPY reads back exactly the value (null as an empty
 * unquoted field, text always quoted).
 */
public final class Kopiering {

    private Kopiering() {
    }

    /**
     * Runs {@code copy ... from stdin (format csv ...)} with the rows; answers how many rows were copied. A refusal by
     * the server is an {@link UncategorizedSQLException} whose cause says where the rows went wrong.
     */
    public static long ind(DataSource kilde, String sql, InputStream raekker) {
        try {
            return manager(kilde).copyIn(sql, raekker, 1 << 16);
        } catch (SQLException e) {
            throw new UncategorizedSQLException("COPY", sql, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The rows written by {@link #raekke}, in UTF-8, as the connection's encoding is. */
    public static long ind(DataSource kilde, String sql, CharSequence raekker) {
        return ind(kilde, sql, new ByteArrayInputStream(raekker.toString().getBytes(StandardCharsets.UTF_8)));
    }

    /** One CSV field and its separator ({@code ,} before every field but the first of a row). */
    public static StringBuilder felt(StringBuilder raekke, boolean foerste, Object vaerdi) {
        if (!foerste) {
            raekke.append(',');
        }
        if (vaerdi == null) {
            return raekke;
        }
        if (vaerdi instanceof Number || vaerdi instanceof Boolean) {
            return raekke.append(vaerdi);
        }
        String tekst = vaerdi.toString();
        raekke.append('"');
        for (int i = 0; i < tekst.length(); i++) {
            char c = tekst.charAt(i);
            if (c == '"') {
                raekke.append('"');
            }
            raekke.append(c);
        }
        return raekke.append('"');
    }

    /** A row of fields, ended by a line break. */
    public static void raekke(StringBuilder csv, Object... felter) {
        for (int i = 0; i < felter.length; i++) {
            felt(csv, i == 0, felter[i]);
        }
        csv.append('\n');
    }

    private static CopyManager manager(DataSource kilde) throws SQLException {
        Connection forbindelse = DataSourceUtils.getConnection(kilde);
        if (forbindelse.getAutoCommit()) {
            throw new IllegalStateException("COPY here belongs to a transaction under way");
        }
        return forbindelse.unwrap(PGConnection.class).getCopyAPI();
    }
}
