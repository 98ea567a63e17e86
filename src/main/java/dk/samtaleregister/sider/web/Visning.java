package dk.samtaleregister.sider.web;

import dk.samtaleregister.adgang.application.Kaldere;
import dk.samtaleregister.adgang.domain.Kalder;
import dk.samtaleregister.faelles.domain.Aendringsart;
import dk.samtaleregister.faelles.domain.DanskTid;
import dk.samtaleregister.kontaktforloeb.domain.Kravstatus;
import dk.samtaleregister.samtale.domain.Samtale;
import dk.samtaleregister.sider.application.BorgerbilledeService;
import dk.samtaleregister.sider.application.Statustekst;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** How the pages write dates, times and statuses (Danish), and who is signed in: in every page's model. */
@ControllerAdvice(basePackageClasses = Visning.class)
public class Visning {

    private static final DateTimeFormatter DATO = DateTimeFormatter.ofPattern("d. MMMM yyyy", Locale.forLanguageTag("da"));
    private static final DateTimeFormatter TID = DateTimeFormatter.ofPattern("d. MMMM yyyy 'kl.' HH:mm", Locale.forLanguageTag("da"))
            .withZone(DanskTid.ZONE);

    private static final DateTimeFormatter MAANED = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.forLanguageTag("da"));

    @ModelAttribute("vis")
    Visning vis() {
        return this;
    }

    @ModelAttribute("kalder")
    Kalder kalder() {
        return Kaldere.aktuel().orElse(null);
    }

    public String dato(LocalDate dag) {
        return dag == null ? "" : DATO.format(dag);
    }

    public String tid(Instant tidspunkt) {
        return tidspunkt == null ? "" : TID.format(tidspunkt);
    }

    /** A month written out: "januar 2026". */
    public String maaned(YearMonth maaned) {
        return maaned == null ? "" : MAANED.format(maaned);
    }

    /** A share in whole per cent, or a dash where there is nothing to judge. */
    public String procent(Double andel) {
        return andel == null ? "–" : Math.round(andel * 100) + " %";
    }

    public String art(Aendringsart art) {
        return switch (art) {
            case OPRETTET -> "oprettet";
            case RETTET -> "rettet";
            case ANNULLERET -> "annulleret";
            default -> art.name().toLowerCase(Locale.ROOT);
        };
    }

    public String status(Kravstatus status) {
        return Statustekst.af(status);
    }

    public String samtale(Samtale samtale) {
        return BorgerbilledeService.beskrivelse(samtale) + (samtale.annulleret() ? " (annulleret)" : "");
    }
}
