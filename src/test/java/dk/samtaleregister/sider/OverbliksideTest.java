package dk.samtaleregister.sider;

import static org.assertj.core.api.Assertions.assertThat;

import dk.samtaleregister.kontaktforloeb.application.RapportService;
import dk.samtaleregister.kontaktforloeb.domain.Rettidighedsoverblik;
import dk.samtaleregister.test.TestCpr;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/** The dashboards of a jobcenter and of the country, in a real browser, and their numbers against the report's. */
class OverbliksideTest extends SidetestBase {

    private static final LocalDate IDAG = LocalDate.now(ZoneId.of("Europe/Copenhagen"));

    @Autowired
    private RapportService rapporter;

    /** A dagpengemodtager of the jobcenter whose first krav of three months (AKASSE_3M) falls due in a week, and whose first two weeks' krav has passed unmet. */
    private String borgerMedFristOmEnUge(String jobcenter) {
        String cpr = TestCpr.naeste();
        LocalDate start = IDAG.minusMonths(3).plusDays(8);
        feed.kontaktgruppe(cpr, 1, start.toString(), null);
        feed.jobcenter(cpr, jobcenter, start.minusDays(1).toString(), null);
        return cpr;
    }

    @Test
    void a_jobcenter_sees_its_coming_and_passed_frister_masked_and_opens_a_citizen_with_one_post() {
        String cpr = borgerMedFristOmEnUge("101");
        browser.logInd("JOBCENTER", "101", "jc101-leder");
        browser.gaaTil("/dashboard/jobcenter");

        assertThat(browser.tekst()).contains("Jobcenter 101: overblik", "Frister de næste 14 dage", "Overskredne frister",
                "Rettidighed per kontaktgruppe og krav", cpr.substring(0, 6) + "-xxxx");
        assertThat(browser.kilde()).doesNotContain(cpr);
        assertThat(browser.alle(By.cssSelector("svg.soejlediagram"))).isNotEmpty();
        assertThat(browser.alle(By.cssSelector("svg.soejlediagram line.maallinje"))).isNotEmpty();
        assertThat(browser.find(By.linkText("Hent som CSV")).getAttribute("href")).contains("/dashboard/jobcenter/rettidighed.csv");
        browser.tjek("dashboard-jobcenter");

        WebElement raekke = browser.alle(By.cssSelector("table tbody tr")).stream()
                .filter(r -> r.getText().contains(cpr.substring(0, 6) + "-xxxx")).findFirst().orElseThrow();
        raekke.findElement(By.cssSelector("form button")).click();
        assertThat(browser.adresse()).contains("/borger/").doesNotContain(cpr);
        assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Borger " + cpr.substring(0, 6) + "-xxxx");
    }

    @Test
    void star_sees_the_jobcentres_side_by_side_and_sorts_them() {
        borgerMedFristOmEnUge("101");
        borgerMedFristOmEnUge("202");
        browser.logInd("STAR", "STAR", "star-analytiker");
        browser.gaaTil("/dashboard/star");

        assertThat(browser.tekst()).contains("Hele landet: overblik", "Jobcentrene side om side");
        List<String> op = jobcentre();
        assertThat(op).contains("101", "202").isSorted();
        browser.tjek("dashboard-star");

        browser.klik(By.linkText("Jobcenter"));
        assertThat(jobcentre()).isSortedAccordingTo((a, b) -> b.compareTo(a));
        assertThat(browser.find(By.cssSelector("th[aria-sort=descending]")).getText()).isEqualTo("Jobcenter");
        browser.tjek("dashboard-star-sorteret");
    }

    private List<String> jobcentre() {
        return browser.alle(By.cssSelector("table tbody tr th[scope=row]")).stream().map(WebElement::getText).filter(t -> t.matches("\\d{3}")).toList();
    }

    @Test
    void another_authority_cannot_see_a_jobcentres_dashboard() {
        browser.logInd("JOBCENTER", "202", "jc202-leder");
        browser.gaaTil("/dashboard/jobcenter?jobcenter=101");
        assertThat(browser.tekst()).contains("Ingen adgang").doesNotContain("Frister de næste 14 dage");
        browser.tjek("dashboard-ingen-adgang");

        browser.gaaTil("/dashboard/star");
        assertThat(browser.tekst()).contains("Ingen adgang");
    }

    @Test
    void each_month_of_the_overview_is_exactly_the_report_of_that_month() {
        borgerMedFristOmEnUge("101");
        Rettidighedsoverblik.Resultat overblik = rapporter.overblik("101", IDAG, 6, 14);

        assertThat(overblik.maaneder()).hasSize(6);
        overblik.maaneder().forEach((maaned, resultat) ->
                assertThat(resultat).as(maaned.toString()).isEqualTo(rapporter.rettidighed(maaned.atDay(1), maaned.atEndOfMonth(), "101", IDAG)));
        assertThat(overblik.maaneder().keySet()).last().isEqualTo(YearMonth.from(IDAG));
        assertThat(overblik.kommende()).anyMatch(f -> f.krav().equals("AKASSE_3M") && f.frist().equals(IDAG.plusDays(7)));
        assertThat(overblik.overskredne()).anyMatch(f -> f.krav().equals("AKASSE_FOERSTE_2U"));
    }

    @Test
    void the_csv_link_gives_the_reports_own_csv() throws Exception {
        browser.logInd("JOBCENTER", "101", "jc101-leder");
        var cookie = browser.driver().manage().getCookieNamed("SAMTALEREGISTER");
        HttpResponse<String> svar = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(baseUrl() + "/dashboard/jobcenter/rettidighed.csv"))
                .header("Cookie", "SAMTALEREGISTER=" + cookie.getValue()).GET().build(), HttpResponse.BodyHandlers.ofString());

        assertThat(svar.statusCode()).isEqualTo(200);
        assertThat(svar.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        assertThat(svar.headers().firstValue("Content-Disposition").orElseThrow()).contains("attachment", "rettidighed-101-");
        assertThat(svar.body()).startsWith("jobcenter;kontaktgruppe;krav;maal;forfaldne;opfyldt");
    }
}
