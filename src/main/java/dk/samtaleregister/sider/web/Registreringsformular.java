package dk.samtaleregister.sider.web;

import dk.samtaleregister.adgang.domain.Kalder;
import dk.samtaleregister.faelles.domain.Cpr;
import dk.samtaleregister.faelles.domain.DanskTid;
import dk.samtaleregister.samtale.domain.Registrering;
import dk.samtaleregister.samtale.domain.Samtale;
import dk.samtaleregister.samtale.domain.Samtaleanmodning;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

/**
 * What the registration form holds, as typed: kept when the form comes back with errors. The responsible caseworker
 * is always the signed-in caller, as the API records when none is named.
 */
public record Registreringsformular(String afholdt, String samtaletype, String kontaktform, String samtaleinformation, Boolean flereMyndigheder,
                                    String deltagelsesstatus, String aftalenummer, String samtykkeloebenummer, String begrundelse) {

    /** An empty form for a conversation held now (to the minute, Danish time). */
    static Registreringsformular ny(Instant nu) {
        return new Registreringsformular(LocalDateTime.ofInstant(nu, DanskTid.ZONE).truncatedTo(ChronoUnit.MINUTES).toString(), null, null, null,
                false, null, null, null, null);
    }

    /** The form of a correction: the conversation as it stands. */
    static Registreringsformular af(Samtale samtale) {
        Registrering r = samtale.registrering();
        return new Registreringsformular(LocalDateTime.ofInstant(r.afholdt(), DanskTid.ZONE).truncatedTo(ChronoUnit.MINUTES).toString(),
                String.valueOf(r.samtaletype().id()), r.kontaktform().name(), r.samtaleinformation(), r.flereMyndigheder(),
                r.deltagelsesstatus() == null ? null : r.deltagelsesstatus().name(), r.aftalenummer(), r.samtykkeloebenummer(), null);
    }

    Samtaleanmodning anmodning(Cpr cpr, Kalder kalder) {
        return new Samtaleanmodning(cpr.cifre(), tom(afholdt), heltal(samtaletype), tom(kontaktform), tom(samtaleinformation), Boolean.TRUE.equals(flereMyndigheder),
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

    private static String tom(String tekst) {
        return tekst == null || tekst.isBlank() ? null : tekst.strip();
    }
}
