package dk.samtaleregister.sider.web;

import dk.samtaleregister.adgang.domain.Kalder;
import dk.samtaleregister.faelles.domain.Cpr;
import dk.samtaleregister.faelles.domain.DanskTid;
import dk.samtaleregister.samtale.domain.Registrering;
import dk.samtaleregister.samtale.domain.Samtale;
import dk.samtaleregister.samtale.domain.Samtaleanmodning;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * What the registration form holds, as typed: kept when the form comes back with errors. The responsible caseworker
 * is always the signed-in caller, as the API records when none is named.
 */
public record Registreringsformular(String afholdtDag, String afholdtMaaned, String afholdtAar, String afholdtKlokken, String samtaletype, String kontaktform, String samtaleinformation, Boolean flereMyndigheder,
                                    String deltagelsesstatus, String aftalenummer, String samtykkeloebenummer, String begrundelse) {

    private static final DateTimeFormatter KLOKKEN = DateTimeFormatter.ofPattern("HH:mm");

    /** An empty form for a conversation held now (to the minute, Danish time). */
    static Registreringsformular ny(Instant nu) {
        LocalDateTime t = LocalDateTime.ofInstant(nu, DanskTid.ZONE);
        return new Registreringsformular(String.valueOf(t.getDayOfMonth()), String.valueOf(t.getMonthValue()), String.valueOf(t.getYear()),
                KLOKKEN.format(t), null, null, null, false, null, null, null, null);
    }

    /** The form of a correction: the conversation as it stands. */
    static Registreringsformular af(Samtale samtale) {
        Registrering r = samtale.registrering();
        LocalDateTime t = LocalDateTime.ofInstant(r.afholdt(), DanskTid.ZONE);
        return new Registreringsformular(String.valueOf(t.getDayOfMonth()), String.valueOf(t.getMonthValue()), String.valueOf(t.getYear()),
                KLOKKEN.format(t), String.valueOf(r.samtaletype().id()), r.kontaktform().name(), r.samtaleinformation(), r.flereMyndigheder(),
                r.deltagelsesstatus() == null ? null : r.deltagelsesstatus().name(), r.aftalenummer(), r.samtykkeloebenummer(), null);
    }

    /**
     * The time held as the API reads it (ISO-8601, Danish time), put together from Det Fælles Designsystem's date
     * input (day, month, year) and the time of day; null when nothing is typed, and as typed when it is not a time,
     * so that the API's own rule names what is wrong.
     */
    String afholdt() {
        if (tom(afholdtDag) == null && tom(afholdtMaaned) == null && tom(afholdtAar) == null && tom(afholdtKlokken) == null) {
            return null;
        }
        return tal(afholdtAar, 4) + "-" + tal(afholdtMaaned, 2) + "-" + tal(afholdtDag, 2) + "T" + klokken(afholdtKlokken);
    }

    Samtaleanmodning anmodning(Cpr cpr, Kalder kalder) {
        return new Samtaleanmodning(cpr.cifre(), afholdt(), heltal(samtaletype), tom(kontaktform), tom(samtaleinformation), Boolean.TRUE.equals(flereMyndigheder),
                tom(deltagelsesstatus), null, kalder.ident(), kalder.myndighed().type().name(), kalder.myndighed().kode(), tom(aftalenummer),
                tom(samtykkeloebenummer));
    }

    String valgtBegrundelse() {
        return tom(begrundelse);
    }

    /** A number the form sends for a samtaletype; what is not one is sent on as an unknown code, so that the rules say so. */
    private static Integer heltal(String tekst) {
        if (tekst == null || tekst.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(tekst.strip());
        } catch (NumberFormatException e) {
            return Integer.MIN_VALUE;
        }
    }

    private static String tal(String tekst, int cifre) {
        String t = tekst == null ? "" : tekst.strip();
        return t.matches("\\d{1," + cifre + "}") ? "0".repeat(cifre - t.length()) + t : t;
    }

    /** 9:30, 9.30 and 09:30 are the same time; a time without minutes is on the hour. */
    private static String klokken(String tekst) {
        String t = tekst == null ? "" : tekst.strip().replace('.', ':');
        if (t.matches("\\d{1,2}")) {
            t = t + ":00";
        }
        return t.matches("\\d:\\d{2}") ? "0" + t : t;
    }

    private static String tom(String tekst) {
        return tekst == null || tekst.isBlank() ? null : tekst.strip();
    }
}
