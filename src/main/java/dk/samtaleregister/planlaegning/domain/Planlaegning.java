package dk.samtaleregister.planlaegning.domain;

import dk.samtaleregister.faelles.domain.AnsvarligSagsbehandler;
import dk.samtaleregister.faelles.domain.Cpr;
import dk.samtaleregister.faelles.domain.DanskTid;
import dk.samtaleregister.regler.domain.Deltagelsesstatus;
import dk.samtaleregister.regler.domain.Kontaktform;
import dk.samtaleregister.regler.domain.Samtaletype;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The content of a booking (BEK § 20), well-formed: start, end, type, form, place, caseworker name and authority,
 * whether and until when the citizen may rebook, and the a-kasse's participation status. The ansvarligSagsbehandler
 * is the authority that booked.
 */
public record Planlaegning(
        Cpr cpr,
        Instant start,
        Instant slut,
        Samtaletype samtaletype,
        Kontaktform kontaktform,
        String sted,
        String sagsbehandlerNavn,
        AnsvarligSagsbehandler ansvarligSagsbehandler,
        boolean ombookingTilladt,
        Instant ombookingFrist,
        Deltagelsesstatus deltagelsesstatus) {

    private static final DateTimeFormatter TIDSPUNKT = DateTimeFormatter.ISO_OFFSET_DATE_TIME.withZone(DanskTid.ZONE);

    /** The fields by their JSON names (nested with dots), as the history compares them; times in Danish time. */
    public Map<String, Object> felter() {
        Map<String, Object> felter = new LinkedHashMap<>();
        felter.put("cpr", cpr.cifre());
        felter.put("start", tekst(start));
        felter.put("slut", tekst(slut));
        felter.put("samtaletype", samtaletype.id());
        felter.put("kontaktform", kontaktform.name());
        felter.put("sted", sted);
        felter.put("sagsbehandlerNavn", sagsbehandlerNavn);
        felter.put("ansvarligSagsbehandler.ident", ansvarligSagsbehandler.ident());
        felter.put("ansvarligSagsbehandler.myndighed.type", ansvarligSagsbehandler.myndighed().type().name());
        felter.put("ansvarligSagsbehandler.myndighed.kode", ansvarligSagsbehandler.myndighed().kode());
        felter.put("ombookingTilladt", ombookingTilladt);
        felter.put("ombookingFrist", tekst(ombookingFrist));
        felter.put("deltagelsesstatus", deltagelsesstatus == null ? null : deltagelsesstatus.name());
        return felter;
    }

    private static String tekst(Instant tidspunkt) {
        return tidspunkt == null ? null : TIDSPUNKT.format(tidspunkt);
    }
}
