package dk.samtaleregister.kontaktforloeb;

import static dk.samtaleregister.test.Samtalebygger.samtale;
import static org.assertj.core.api.Assertions.assertThat;

import dk.samtaleregister.test.Api.Svar;
import dk.samtaleregister.test.Api;
import dk.samtaleregister.test.ApiTest;
import dk.samtaleregister.test.Json;
import dk.samtaleregister.test.TestCpr;
import dk.samtaleregister.test.Testkalder;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A property of the rettidighed report, over a generated population registered through the API: for every
 * kontaktgruppe, krav and target, the report's counts are the sums of what each citizen's own kontaktforløb answer
 * says of the krav whose frist falls in the period. The citizens belong to a jobcenter of their own (977), so that the
 * other test classes' citizens are not in the report asked for.
 */
class RapportEgenskabTest extends ApiTest {

    private static final String JOBCENTER = "977";
    private static final String FRA = "2024-01-01";
    private static final String TIL = "2026-11-30";
    private static final String[] FORMER = {"PERSONLIGT_FREMMOEDE", "TELEFONISK", "DIGITALT_MOEDE", "BREV"};

    @Test
    void the_reports_counts_are_the_sums_of_the_citizens_own_answers() {
        Random tilfaeldig = new Random(977);
        Testkalder jobcenter = Testkalder.jobcenter(JOBCENTER);
        Api som = api.som(jobcenter);
        List<String> borgere = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            String cpr = TestCpr.naeste();
            borgere.add(cpr);
            int[] grupper = {1, 2, 6, 12};
            int gruppe = grupper[tilfaeldig.nextInt(grupper.length)];
            LocalDate start = LocalDate.parse("2024-01-01").plusDays(tilfaeldig.nextInt(800));
            feed.kontaktgruppe(cpr, gruppe, start.toString(), null);
            feed.jobcenter(cpr, JOBCENTER, "2023-01-01", null);
            if (tilfaeldig.nextInt(4) == 0) {
                feed.undtagelse(cpr, gruppe == 6 ? "SYGEDAGPENGE_KATEGORI_1" : "MINDRE_INTENSIV_INDSATS", start.plusDays(tilfaeldig.nextInt(60)).toString(),
                        start.plusDays(60 + tilfaeldig.nextInt(120)).toString());
            }
            LocalDate dag = start;
            for (int n = tilfaeldig.nextInt(7); n > 0; n--) {
                dag = dag.plusDays(1 + tilfaeldig.nextInt(45));
                if (!dag.isBefore(LocalDate.parse("2026-12-01"))) {
                    break;
                }
                Svar svar = som.registrer(samtale(cpr).type(gruppe == 6 ? 4 : 7).form(FORMER[tilfaeldig.nextInt(FORMER.length)])
                        .afholdt(dag + "T10:00").af(jobcenter));
                assertThat(svar.status()).as(svar.toString()).isEqualTo(201);
            }
        }

        Map<String, long[]> summeret = new TreeMap<>();
        for (String cpr : borgere) {
            Svar svar = star.post("/api/v1/kontaktforloeb", Json.objekt("cpr", cpr));
            assertThat(svar.status()).as(svar.toString()).isEqualTo(200);
            for (JsonNode forloeb : svar.json().get("kontaktforloeb")) {
                for (JsonNode krav : forloeb.get("krav")) {
                    String frist = krav.get("frist").asString();
                    if (frist.compareTo(FRA) < 0 || frist.compareTo(TIL) > 0) {
                        continue;
                    }
                    long[] tal = summeret.computeIfAbsent(noegle(forloeb.get("kontaktgruppe").asInt(), krav.get("kode").asString(),
                            krav.get("maal")), k -> new long[5]);
                    tal[0]++;
                    tal[List.of("OPFYLDT", "IKKE_OPFYLDT", "AABEN", "UNDTAGET").indexOf(krav.get("status").asString()) + 1]++;
                }
            }
        }

        Svar rapport = som.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/api/v1/rapporter/rettidighed?fra=" + FRA + "&til=" + TIL
                + "&jobcenter=" + JOBCENTER)).GET());
        assertThat(rapport.status()).as(rapport.toString()).isEqualTo(200);
        Map<String, long[]> rapporteret = new TreeMap<>();
        for (JsonNode linje : rapport.json().get("krav")) {
            rapporteret.put(noegle(linje.get("kontaktgruppe").asInt(), linje.get("krav").asString(), linje.get("maal")), new long[] {
                    linje.get("forfaldne").asLong(), linje.get("opfyldt").asLong(), linje.get("ikkeOpfyldt").asLong(),
                    linje.get("aaben").asLong(), linje.get("undtaget").asLong()});
        }

        assertThat(summeret).as("a population with krav in the period").isNotEmpty();
        assertThat(summeret.values().stream().mapToLong(t -> t[4]).sum()).as("some exempted").isPositive();
        assertThat(rapporteret.keySet()).isEqualTo(summeret.keySet());
        summeret.forEach((noegle, tal) -> assertThat(rapporteret.get(noegle)).as(noegle).containsExactly(tal));
    }

    private static String noegle(int kontaktgruppe, String krav, JsonNode maal) {
        return kontaktgruppe + " " + krav + " " + (maal == null || maal.isNull() ? "-" : maal.asInt());
    }
}
