package dk.samtaleregister.sider;

import static org.assertj.core.api.Assertions.assertThat;

import dk.samtaleregister.test.TestCpr;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Registering and correcting a conversation on the pages, offered only the legal choices, in a real browser. */
class RegistreringssideTest extends SidetestBase {

    private static final ZoneId DANSK = ZoneId.of("Europe/Copenhagen");
    private static final LocalDate IDAG = LocalDate.now(DANSK);

    @Autowired
    private JdbcClient jdbc;

    private String borger() {
        String cpr = TestCpr.naeste();
        feed.kontaktgruppe(cpr, 1, IDAG.minusMonths(2).toString(), null);
        feed.jobcenter(cpr, "101", IDAG.minusMonths(2).toString(), null);
        return cpr;
    }

    private void tilFormularen(String cpr) {
        browser.logInd("JOBCENTER", "101", "jc101-sbh");
        browser.skriv("felt-cpr", cpr).klik(By.cssSelector("main form button[type=submit]"));
        browser.klik(By.linkText("Registrér en afholdt samtale"));
    }

    private long samtaler(String cpr) {
        return jdbc.sql("select count(*) from samtale s join borger b on b.id = s.borger_id where b.cpr = ?").param(cpr).query(Long.class).single();
    }

    /** Types the day, month and year of Det Fælles Designsystem's date input, as a person would. */
    private void saetAfholdt(LocalDateTime tid) {
        browser.skriv("felt-afholdt-maaned", String.valueOf(tid.getMonthValue())).skriv("felt-afholdt-aar", String.valueOf(tid.getYear()))
                .skriv("felt-afholdt", String.valueOf(tid.getDayOfMonth()));
        browser.find(By.id("felt-afholdt-klokken")).click();
    }

    @Test
    void the_form_offers_only_the_legal_types_marks_the_nulstillende_forms_checks_and_registers() {
        String cpr = borger();
        tilFormularen(cpr);

        assertThat(browser.find(By.id("kontaktgruppe-paa-dagen")).getText()).contains("kontaktgruppe 1", "rask");
        assertThat(browser.alle(By.cssSelector("input[name=samtaletype][value='7']"))).hasSize(1);
        assertThat(browser.alle(By.cssSelector("input[name=samtaletype][value='10']"))).as("CV-samtale is the a-kasse's").isEmpty();
        assertThat(browser.alle(By.cssSelector("input[name=samtaletype][value='15']"))).as("rådighedssamtale is the a-kasse's").isEmpty();
        browser.tjek("registrering");

        browser.find(By.cssSelector("input[name=samtaletype][value='7']")).click();
        browser.vent(d -> d.findElement(By.id("felt-kontaktform")).getText().contains("(nulstillende)"));
        Select form = new Select(browser.find(By.id("felt-kontaktform")));
        assertThat(form.getOptions()).anyMatch(o -> o.getAttribute("value").equals("PERSONLIGT_FREMMOEDE") && o.getText().endsWith("(nulstillende)"));
        form.selectByValue("PERSONLIGT_FREMMOEDE");
        browser.skriv("felt-samtaleinformation", "Aftalt tre ansøgninger.");
        browser.tjek("registrering-udfyldt");

        browser.klik(By.cssSelector("button[value=proev]"));
        assertThat(browser.find(By.id("proevet")).getText()).contains("overholder reglerne", "er nulstillende", "ikke gemt");
        assertThat(samtaler(cpr)).isZero();
        assertThat(browser.find(By.id("felt-samtaleinformation")).getAttribute("value")).isEqualTo("Aftalt tre ansøgninger.");
        browser.tjek("registrering-kontrolleret");

        browser.klik(By.cssSelector("button[value=registrer]"));
        assertThat(browser.tekst()).containsPattern("Samtale nr\\. \\d+ er registreret\\.");
        assertThat(samtaler(cpr)).isEqualTo(1);
    }

    @Test
    void an_illegal_registration_gets_the_error_summary_linking_to_each_field_and_keeps_what_was_typed() {
        String cpr = borger();
        tilFormularen(cpr);
        browser.find(By.cssSelector("input[name=samtaletype][value='7']")).click();
        browser.vent(d -> d.findElement(By.id("felt-kontaktform")).getText().contains("(nulstillende)"));
        String forLang = "Skrevet før fejlen. " + "x".repeat(4000);
        ((JavascriptExecutor) browser.driver()).executeScript("document.getElementById('felt-samtaleinformation').value = arguments[0];", forLang);

        browser.klik(By.cssSelector("button[value=registrer]"));
        var links = browser.alle(By.cssSelector("#fejlopsummering a"));
        assertThat(links).extracting(a -> a.getAttribute("href").replaceAll(".*#", "#")).contains("#felt-samtaleinformation", "#felt-kontaktform");
        assertThat(browser.find(By.cssSelector("#fejlopsummering")).getText()).contains("Feltet skal udfyldes", "højst være 4000 tegn");
        assertThat(browser.alle(By.cssSelector(".form-group.form-error .form-error-message"))).hasSizeGreaterThanOrEqualTo(2);
        assertThat(browser.find(By.id("felt-samtaleinformation")).getAttribute("value")).isEqualTo(forLang);
        assertThat(browser.find(By.cssSelector("input[name=samtaletype][value='7']")).isSelected()).isTrue();
        assertThat(samtaler(cpr)).isZero();
        browser.tjek("registrering-fejl");

        browser.find(By.cssSelector("#fejlopsummering a[href$='#felt-kontaktform']")).click();
        assertThat(browser.driver().switchTo().activeElement().getAttribute("id")).isEqualTo("felt-kontaktform");
    }

    @Test
    void a_day_without_a_kontaktgruppe_offers_no_type_and_says_why() {
        String cpr = TestCpr.naeste();
        feed.jobcenter(cpr, "101", IDAG.minusMonths(6).toString(), null);
        feed.kontaktgruppe(cpr, 1, IDAG.minusMonths(2).toString(), null);
        tilFormularen(cpr);
        assertThat(browser.alle(By.cssSelector("input[name=samtaletype]"))).isNotEmpty();
        saetAfholdt(IDAG.minusMonths(4).atTime(10, 0));

        browser.vent(d -> d.findElements(By.cssSelector("input[name=samtaletype]")).isEmpty());
        assertThat(browser.find(By.id("valg")).getText()).contains("ingen kontaktgruppe");
        browser.tjek("registrering-ingen-kontaktgruppe");
    }

    @Test
    void a_conversation_is_corrected_from_its_details() {
        String cpr = borger();
        tilFormularen(cpr);
        browser.find(By.cssSelector("input[name=samtaletype][value='7']")).click();
        browser.vent(d -> d.findElement(By.id("felt-kontaktform")).getText().contains("(nulstillende)"));
        new Select(browser.find(By.id("felt-kontaktform"))).selectByValue("PERSONLIGT_FREMMOEDE");
        browser.klik(By.cssSelector("button[value=registrer]"));
        long nr = jdbc.sql("select s.samtalenummer from samtale s join borger b on b.id = s.borger_id where b.cpr = ?").param(cpr).query(Long.class).single();

        browser.find(By.cssSelector("ul.samtaler details summary")).click();
        browser.klik(By.linkText("Ret samtalen"));
        assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Ret samtale nr. " + nr);
        assertThat(browser.find(By.cssSelector("input[name=samtaletype][value='7']")).isSelected()).isTrue();
        browser.tjek("ret");
        browser.skriv("felt-samtaleinformation", "Rettet: fire ansøgninger.").skriv("felt-begrundelse", "Forkert antal.");
        browser.klik(By.cssSelector("button[value=ret]"));

        assertThat(browser.tekst()).contains("Samtale nr. " + nr + " er rettet.");
        var samtale = star.get("/api/v1/samtaler/" + nr).json();
        assertThat(samtale.get("version").asInt()).isEqualTo(2);
        assertThat(samtale.get("samtaleinformation").asString()).isEqualTo("Rettet: fire ansøgninger.");
    }
}
