package dk.samtaleregister.samtale.domain;

import dk.samtaleregister.regler.domain.Samtaletype;
import java.time.Instant;

/** What the rules need to know of a conversation the citizen already has. */
public record TidligereSamtale(long samtalenummer, Samtaletype samtaletype, Instant afholdt, boolean nulstillende) {
}
