package dk.samtaleregister.arkitektur;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.samtaleregister.test.ApiTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The schema holds "history is only ever appended to" once: one trigger function, attached to every table of history. */
class KunTilfoejelserTest extends ApiTest {

    private static final String FUNKTION = "kun_tilfoejelser";

    @Autowired
    private JdbcClient jdbc;

    /** Every version table, the audit log, and the outbox (whose events only ever get their position, once). */
    private List<String> historiktabeller() {
        return jdbc.sql("""
                        select table_name from information_schema.tables
                         where table_schema = current_schema() and table_type = 'BASE TABLE'
                           and (table_name like '%version' or table_name in ('adgangslog', 'haendelse'))
                         order by table_name""")
                .query(String.class).list();
    }

    @Test
    void every_table_of_history_refuses_update_delete_and_truncate_through_the_one_function() {
        List<String> tabeller = historiktabeller();
        assertThat(tabeller).contains("samtaleversion", "planlagt_samtale_version", "kontaktgruppeperiode_version", "fravaer_version",
                "jobcentertilknytning_version", "akassemedlemskab_version", "andenaktoer_henvisning_version", "undtagelse_version",
                "adgangslog", "haendelse");

        for (String tabel : tabeller) {
            List<String> haendelser = jdbc.sql("""
                            select distinct h.event_manipulation from information_schema.triggers h
                             where h.event_object_table = ? and h.action_statement = 'EXECUTE FUNCTION kun_tilfoejelser()'
                             order by 1""")
                    .param(tabel).query(String.class).list();
            boolean toemningNaegtes = jdbc.sql("""
                            select exists (select 1 from pg_trigger t join pg_proc p on p.oid = t.tgfoid
                                            where t.tgrelid = cast(? as regclass) and p.proname = ? and (t.tgtype & 32) <> 0)""")
                    .param(tabel).param(FUNKTION).query(Boolean.class).single();

            assertThat(haendelser).as(tabel).containsExactly("DELETE", "UPDATE");
            assertThat(toemningNaegtes).as(tabel + " TRUNCATE").isTrue();
        }
    }

    @Test
    void no_other_function_says_that_a_table_is_append_only() {
        List<String> funktioner = jdbc.sql("select proname from pg_proc where prosrc like '%append-only%' order by proname")
                .query(String.class).list();

        assertThat(funktioner).containsExactly(FUNKTION);
    }

    @Test
    void the_function_refuses_and_names_the_table_and_the_operation() {
        assertThatThrownBy(() -> jdbc.sql("truncate adgangslog").update())
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("adgangslog is append-only").hasMessageContaining("TRUNCATE refused");
        // A booking is never removed: the statement is refused even when no row matches.
        assertThatThrownBy(() -> jdbc.sql("delete from planlagt_samtale where nummer < 0").update())
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("planlagt_samtale is append-only").hasMessageContaining("DELETE refused");
    }
}
