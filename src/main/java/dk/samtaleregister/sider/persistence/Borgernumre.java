package dk.samtaleregister.sider.persistence;

import dk.samtaleregister.faelles.domain.Cpr;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The CPR numbers of citizens known by their ids (borger.id), in one query: the dashboards' lists of frister. */
@Repository
public class Borgernumre {

    private final JdbcClient jdbc;

    public Borgernumre(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Map<Long, Cpr> cpr(Collection<Long> ider) {
        Map<Long, Cpr> numre = new HashMap<>(ider.size() * 2);
        if (ider.isEmpty()) {
            return numre;
        }
        jdbc.sql("select id, cpr from borger where id = any(?)").param(ider.toArray(Long[]::new))
                .query((r, i) -> numre.put(r.getLong(1), Cpr.afLagret(r.getString(2)))).list();
        return numre;
    }
}
