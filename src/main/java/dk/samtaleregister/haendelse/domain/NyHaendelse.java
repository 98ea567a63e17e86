package dk.samtaleregister.haendelse.domain;

import dk.samtaleregister.faelles.domain.Aendringsart;
import dk.samtaleregister.faelles.domain.AnsvarligSagsbehandler;
import dk.samtaleregister.regler.domain.Samtaletype;
import java.util.Locale;
import java.util.Objects;

/**
 * A change, as its event is written: the entity (named as its table is, e.g. {@code samtale}, {@code fravaer}), the kind
 * of change, the citizen, the entity's id and the version the change made, the caller, and the entity's new state as
 * the use case has it (the outbox writes it as the API answers it). {@code samtaletype} is that of a conversation or
 * booking, null for a period.
 */
public record NyHaendelse(String entitet, Aendringsart art, long borgerId, long entitetId, int version, Samtaletype samtaletype,
                          AnsvarligSagsbehandler kalder, Object tilstand) {

    public NyHaendelse {
        Objects.requireNonNull(entitet, "entitet");
        Objects.requireNonNull(art, "art");
        Objects.requireNonNull(kalder, "kalder");
        Objects.requireNonNull(tilstand, "tilstand");
    }

    /** The event's type: the entity and the kind of change, e.g. {@code SAMTALE_OPRETTET}, {@code FRAVAER_AFSLUTTET}. */
    public String type() {
        return type(entitet, art);
    }

    public static String type(String entitet, Aendringsart art) {
        return entitet.toUpperCase(Locale.ROOT) + "_" + art.name();
    }
}
