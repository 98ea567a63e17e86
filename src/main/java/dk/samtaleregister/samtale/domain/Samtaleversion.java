package dk.samtaleregister.samtale.domain;

import dk.samtaleregister.faelles.domain.Aendringsart;
import dk.samtaleregister.faelles.domain.AnsvarligSagsbehandler;
import dk.samtaleregister.faelles.domain.DanskTid;
import dk.samtaleregister.faelles.domain.Version;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** One version of a conversation as stored, never changed: what it said, and who changed it when and why. */
public record Samtaleversion(int version, Aendringsart art, Registrering registrering, boolean nulstillende, boolean annulleret,
                             AnsvarligSagsbehandler aendretAf, String begrundelse, Instant tidspunkt) implements Version {

    @Override
    public Map<String, Object> felter() {
        Registrering r = registrering;
        Map<String, Object> felter = new LinkedHashMap<>();
        felter.put("afholdt", r.afholdt().atZone(DanskTid.ZONE).toOffsetDateTime().toString());
        felter.put("samtaletype", r.samtaletype().id());
        felter.put("kontaktform", r.kontaktform().name());
        felter.put("samtaleinformation", r.samtaleinformation());
        felter.put("flereMyndigheder", r.flereMyndigheder());
        felter.put("deltagelsesstatus", r.deltagelsesstatus() == null ? null : r.deltagelsesstatus().name());
        felter.put("planlagtSamtale", r.planlagtSamtale());
        felter.put("ansvarligSagsbehandler.ident", r.ansvarligSagsbehandler().ident());
        felter.put("ansvarligSagsbehandler.myndighed.type", r.ansvarligSagsbehandler().myndighed().type().name());
        felter.put("ansvarligSagsbehandler.myndighed.kode", r.ansvarligSagsbehandler().myndighed().kode());
        felter.put("aftalenummer", r.aftalenummer());
        felter.put("samtykkeloebenummer", r.samtykkeloebenummer());
        felter.put("nulstillende", nulstillende);
        felter.put("annulleret", annulleret);
        return felter;
    }
}
