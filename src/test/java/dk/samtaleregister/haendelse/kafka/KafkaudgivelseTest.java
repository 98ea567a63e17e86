package dk.samtaleregister.haendelse.kafka;

import static dk.samtaleregister.test.Samtalebygger.samtale;
import static dk.samtaleregister.test.Testkalder.akasse;
import static org.assertj.core.api.Assertions.assertThat;

import dk.samtaleregister.haendelse.kafka.Testbroker.Post;
import dk.samtaleregister.test.Api;
import dk.samtaleregister.test.KoerendeTjeneste;
import dk.samtaleregister.test.TestCpr;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * With Kafka configured, every event reaches the topic: keyed by the citizen's pseudonym, never the CPR number, the
 * value exactly the feed's JSON of the event, the event's id and type in headers, and each citizen's events in
 * position order. Without a fault, each comes once. The publisher is a second instance of the service on the same
 * database, as in a deployment of several; the changes are made through this one's API.
 */
class KafkaudgivelseTest extends BrokerApiTest {

    private void borgerMedSamtale(String cpr) {
        feed.kontaktgruppe(cpr, 1, "2024-01-01", null);
        feed.jobcenter(cpr, "101", "2024-01-01", null);
        feed.akasse(cpr, "AK12", "2024-01-01", null);
        Api.Svar svar = api.som(akasse("AK12")).registrer(samtale(cpr));
        assertThat(svar.status()).as(svar.toString()).isEqualTo(201);
    }

    @Test
    void every_event_is_on_the_topic_once_keyed_by_the_citizens_pseudonym_with_the_feeds_json_in_each_citizens_order() {
        String emne = Kafkatest.nytEmne("udgivelse");
        broker.opretEmne(emne, 3);
        List<String> foer = List.of(TestCpr.naeste(), TestCpr.naeste(), TestCpr.naeste());
        List<String> under = List.of(TestCpr.naeste(), TestCpr.naeste(), TestCpr.naeste(), TestCpr.naeste());
        foer.forEach(this::borgerMedSamtale);

        long sidste;
        try (KoerendeTjeneste udgiver = Kafkatest.udgiver(database, broker, emne, "eneste")) {
            assertThat(udgiver.kontekst().getBean(Haendelsesudgiver.class)).isNotNull();
            under.forEach(this::borgerMedSamtale);
            foer.forEach(cpr -> feed.fravaer(cpr, "UDDANNELSE", "2024-05-01", "2024-05-10"));
            sidste = Kafkatest.ventTilAltErUdgivet(star, jdbc, emne);
        }

        List<JsonNode> feedet = Kafkatest.feedet(star, sidste);
        List<Post> poster = broker.alle(emne);
        assertThat(feedet).hasSize((int) sidste);
        assertThat(poster).as("one record per event: no fault, so no repeat").hasSize(feedet.size());

        Map<String, Post> efterId = poster.stream().collect(Collectors.toMap(p -> p.header(Haendelsesudgiver.ID), Function.identity()));
        Set<String> cprer = new java.util.HashSet<>();
        for (JsonNode haendelse : feedet) {
            Post post = efterId.get(haendelse.get("id").asString());
            assertThat(post).as("the event at position " + haendelse.get("position")).isNotNull();
            assertThat(post.noegle()).isEqualTo(haendelse.get("borger").asString());
            assertThat(Api.JSON.readTree(post.vaerdi())).isEqualTo(haendelse);
            assertThat(post.header(Haendelsesudgiver.TYPE)).isEqualTo(haendelse.get("type").asString());
            assertThat(post.header(Haendelsesudgiver.UDGIVER)).isEqualTo("eneste");
            cprer.add(haendelse.get("cpr").asString());
        }

        for (String cpr : concat(foer, under)) {
            UUID pseudonym = jdbc.sql("select pseudonym from borger where cpr = ?").param(cpr).query(UUID.class).single();
            assertThat(poster.stream().filter(p -> p.noegle().equals(pseudonym.toString())))
                    .as("the records of " + cpr).hasSize(foer.contains(cpr) ? 5 : 4);
        }
        assertThat(cprer).containsAll(concat(foer, under));
        for (Post post : poster) {
            assertThat(UUID.fromString(post.noegle()).toString()).isEqualTo(post.noegle());
            for (String cpr : cprer) {
                assertThat(post.noegle()).doesNotContain(cpr);
                assertThat(post.headers().values()).noneMatch(v -> v.contains(cpr));
            }
        }
        assertThat(iHverBorgersOrden(poster)).isTrue();
    }

    /** Whether each key's records, partition by partition in offset order, have growing positions. */
    static boolean iHverBorgersOrden(List<Post> poster) {
        Map<String, Long> sidst = new HashMap<>();
        for (Post post : poster) {
            long position = Api.JSON.readTree(post.vaerdi()).get("position").asLong();
            Long forrige = sidst.put(post.noegle(), position);
            if (forrige != null && forrige >= position) {
                return false;
            }
        }
        return true;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> alle = new ArrayList<>(a);
        alle.addAll(b);
        return alle;
    }
}
