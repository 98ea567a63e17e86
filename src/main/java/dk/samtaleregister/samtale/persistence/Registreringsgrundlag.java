package dk.samtaleregister.samtale.persistence;

import dk.samtaleregister.borger.domain.BorgerSituation;
import dk.samtaleregister.samtale.domain.TidligereSamtale;
import java.util.List;
import java.util.Set;

/** What a registration is judged against, read in one round trip. */
public record Registreringsgrundlag(BorgerSituation situation, List<TidligereSamtale> tidligere, Set<String> planlagteSamtaler) {
}
