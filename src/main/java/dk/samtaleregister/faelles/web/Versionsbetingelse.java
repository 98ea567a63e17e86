package dk.samtaleregister.faelles.web;

import dk.samtaleregister.faelles.domain.Afvist;
import dk.samtaleregister.faelles.domain.Fejlkode;

/**
 * The version a change builds on, from {@code If-Match}. Every versioned resource has the ETag {@code "N"} (N its
 * version), so a client sends back what GET gave it. Missing is 428, unreadable is 400; stale is judged by the
 * use case (412), inside the transaction that makes the change.
 */
public final class Versionsbetingelse {

    private Versionsbetingelse() {
    }

    public static int forventetVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw Afvist.af(Fejlkode.IF_MATCH_MANGLER);
        }
        String vaerdi = ifMatch.strip();
        if (vaerdi.startsWith("W/")) {
            vaerdi = vaerdi.substring(2);
        }
        if (vaerdi.length() >= 3 && vaerdi.startsWith("\"") && vaerdi.endsWith("\"")) {
            vaerdi = vaerdi.substring(1, vaerdi.length() - 1);
        }
        try {
            int version = Integer.parseInt(vaerdi);
            if (version >= 1) {
                return version;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw Afvist.af(Fejlkode.UGYLDIG_IF_MATCH);
    }

    public static String etag(int version) {
        return "\"" + version + "\"";
    }
}
