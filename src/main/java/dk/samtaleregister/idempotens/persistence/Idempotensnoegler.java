package dk.samtaleregister.idempotens.persistence;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The table of idempotency keys: a key, the hash of the request that took it, and the answer that request got. */
@Repository
public class Idempotensnoegler {

    private static final TypeReference<LinkedHashMap<String, String>> HEADERS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json;

    public Idempotensnoegler(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** An answer as it was first given. */
    public record GemtSvar(byte[] anmodningHash, int status, Map<String, String> headers, byte[] krop) {
    }

    /**
     * Takes the key for this transaction. If another transaction holds it, this waits on the primary key until that
     * one ends: a commit leaves the key taken (false), a rollback frees it (true).
     */
    public boolean reserver(String noegle, byte[] anmodningHash) {
        return jdbc.sql("insert into idempotensnoegle (noegle, anmodning_hash) values (?, ?) on conflict (noegle) do nothing")
                .params(noegle, anmodningHash).update() == 1;
    }

    public Optional<GemtSvar> hent(String noegle) {
        return jdbc.sql("select anmodning_hash, status, headers::text as headers, krop from idempotensnoegle where noegle = ?")
                .param(noegle)
                .query((rs, i) -> new GemtSvar(rs.getBytes("anmodning_hash"), rs.getInt("status"),
                        json.readValue(rs.getString("headers"), HEADERS), rs.getBytes("krop")))
                .optional();
    }

    /** The answer, and the request's hash as it is now known: a streamed request's only once it has been read. */
    public void gem(String noegle, byte[] anmodningHash, int status, Map<String, String> headers, byte[] krop) {
        jdbc.sql("update idempotensnoegle set anmodning_hash = ?, status = ?, headers = ?::jsonb, krop = ? where noegle = ?")
                .params(anmodningHash, status, json.writeValueAsString(headers), krop, noegle).update();
    }

    /** Deletes the keys taken longer ago than the retention, by the database's clock. */
    public int sletAeldreEnd(Duration opbevaring) {
        return jdbc.sql("delete from idempotensnoegle where oprettet < now() - ? * interval '1 second'")
                .param(opbevaring.toSeconds()).update();
    }
}
