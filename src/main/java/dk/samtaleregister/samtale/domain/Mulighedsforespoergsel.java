package dk.samtaleregister.samtale.domain;

import dk.samtaleregister.faelles.domain.AnsvarligSagsbehandler;
import dk.samtaleregister.faelles.domain.Cpr;
import dk.samtaleregister.faelles.domain.DanskTid;
import dk.samtaleregister.faelles.domain.Overtraedelser;
import dk.samtaleregister.regler.domain.Kontaktform;
import dk.samtaleregister.regler.domain.Samtaletype;
import java.time.Instant;
import java.time.LocalDate;

/** Which samtaletyper may be registered for this citizen at this time: the two fields checked as a registration's. */
public record Mulighedsforespoergsel(Cpr cpr, Instant afholdt) {

    /**
     * Rules 1 and 2 for {@code cpr} and {@code afholdt}, exactly as for a registration, or
     * {@link dk.samtaleregister.faelles.domain.Regelbrud} listing every fault.
     */
    public static Mulighedsforespoergsel fortolk(String cpr, String afholdt, Instant nu) {
        Overtraedelser fejl = new Overtraedelser();
        Cpr borger = Cpr.fortolk(cpr, "cpr", fejl);
        Instant tidspunkt = Registreringsindlaesning.afholdt(afholdt, nu, fejl);
        fejl.kastHvisNogen();
        return new Mulighedsforespoergsel(borger, tidspunkt);
    }

    public LocalDate afholdtDag() {
        return DanskTid.dag(afholdt);
    }

    /**
     * A registration of {@code type} at this time by {@code registrerende}, for the rules of the day and of the type,
     * which read nothing else of it: its kontaktform and other fields are placeholders.
     */
    Registrering somRegistrering(Samtaletype type, AnsvarligSagsbehandler registrerende) {
        return new Registrering(cpr, afholdt, type, Kontaktform.PERSONLIGT_FREMMOEDE, null, false, null, null, registrerende, null, null);
    }
}
