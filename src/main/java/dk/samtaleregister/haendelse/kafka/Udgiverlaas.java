package dk.samtaleregister.haendelse.kafka;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import org.postgresql.Driver;

/**
 * The lock that makes one instance of the service the publisher: a PostgreSQL session advisory lock, held on a
 * connection of its own, opened with the credentials of the service's pool but not taken from it, so that holding the
 * lock for days costs the pool nothing. When the instance dies its connection closes and PostgreSQL frees the lock at
 * once; when its host or the network vanishes instead, the keepalives set on the session end it within about 11
 * seconds. Used by the publisher's thread only.
 */
final class Udgiverlaas implements AutoCloseable {

    /** The same for every instance, and not the sequencer's transaction lock (0x5341_4D54_0001). */
    static final long NOEGLE = 0x5341_4D54_0002L;

    /** Seconds a statement on the lock's connection may take, so that a dead network cannot hold the publisher. */
    private static final int SVARTID = 10;

    private final String url;
    private final Properties egenskaber;
    private Connection forbindelse;
    private int pid;
    private boolean holdt;

    /** {@code url}, {@code bruger} and {@code kodeord} as the pool connects; {@code instans} names the session. */
    Udgiverlaas(String url, String bruger, String kodeord, Properties forbindelsesegenskaber, String instans) {
        this.url = url;
        this.egenskaber = new Properties();
        this.egenskaber.putAll(forbindelsesegenskaber);
        if (bruger != null) {
            egenskaber.setProperty("user", bruger);
        }
        if (kodeord != null) {
            egenskaber.setProperty("password", kodeord);
        }
        // PostgreSQL keeps at most 63 bytes of a session's name.
        String navn = "samtaleregister-udgiver " + instans;
        egenskaber.setProperty("ApplicationName", navn.length() > 60 ? navn.substring(0, 60) : navn);
        egenskaber.setProperty("connectTimeout", String.valueOf(SVARTID));
        egenskaber.setProperty("socketTimeout", String.valueOf(SVARTID));
        egenskaber.setProperty("tcpKeepAlive", "true");
    }

    /** Takes the lock if no other session holds it; answers whether this instance holds it now. */
    boolean tag() throws SQLException {
        if (holdt) {
            return true;
        }
        if (forbindelse == null || forbindelse.isClosed()) {
            aabn();
        }
        try (Statement s = forbindelse.createStatement();
             ResultSet rs = s.executeQuery("select pg_try_advisory_lock(" + NOEGLE + ")")) {
            rs.next();
            holdt = rs.getBoolean(1);
            return holdt;
        } catch (SQLException e) {
            luk();
            throw e;
        }
    }

    /** Whether the lock is still held: the session is alive, so PostgreSQL has not freed it. One round trip. */
    boolean holdes() {
        try {
            if (holdt && forbindelse.isValid(SVARTID)) {
                return true;
            }
        } catch (SQLException e) {
            // the session is gone, and the lock with it
        }
        luk();
        return false;
    }

    /** The backend process of the lock's session, by which the progress table knows the holder. */
    int pid() {
        return pid;
    }

    /** Frees the lock, so that another instance can take over without waiting for this one's session to end. */
    void slip() {
        if (holdt) {
            try (Statement s = forbindelse.createStatement()) {
                s.execute("select pg_advisory_unlock(" + NOEGLE + ")");
            } catch (SQLException e) {
                // closing the session below frees it all the same
            }
        }
        luk();
    }

    @Override
    public void close() {
        slip();
    }

    private void aabn() throws SQLException {
        Connection ny = new Driver().connect(url, egenskaber);
        if (ny == null) {
            throw new SQLException("The event publisher's lock needs PostgreSQL, but the datasource URL is " + url.replaceAll("\\?.*", ""));
        }
        try (Statement s = ny.createStatement()) {
            // PostgreSQL notices a vanished client of an idle session only by keepalives; the system's default is hours.
            s.execute("set tcp_keepalives_idle = 5");
            s.execute("set tcp_keepalives_interval = 2");
            s.execute("set tcp_keepalives_count = 3");
            try (ResultSet rs = s.executeQuery("select pg_backend_pid()")) {
                rs.next();
                pid = rs.getInt(1);
            }
        } catch (SQLException e) {
            ny.close();
            throw e;
        }
        forbindelse = ny;
    }

    private void luk() {
        holdt = false;
        if (forbindelse != null) {
            try {
                forbindelse.close();
            } catch (SQLException e) {
                // nothing more to free
            }
            forbindelse = null;
        }
    }
}
