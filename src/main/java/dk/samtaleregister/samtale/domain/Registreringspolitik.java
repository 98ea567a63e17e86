package dk.samtaleregister.samtale.domain;

import dk.samtaleregister.borger.domain.BorgerSituation;
import dk.samtaleregister.faelles.domain.Overtraedelse;
import dk.samtaleregister.faelles.domain.Overtraedelser;
import dk.samtaleregister.regler.domain.Regelbog;
import java.util.List;
import java.util.Set;

/**
 * Rules 3-8 and DFDG rule 6 in one place: a registration is judged by all of them and every violation is reported.
 * Rule 9 (the citizen is the authority's own on the day held) is judged before these, as an access rule: see
 * {@code dk.samtaleregister.adgang.domain.Adgangsregler}.
 */
public final class Registreringspolitik {

    public record Vurdering(boolean nulstillende, List<Overtraedelse> overtraedelser) {
        public boolean godkendt() {
            return overtraedelser.isEmpty();
        }
    }

    private static final List<Registreringsregel> REGLER = List.of(
            new KontaktgruppePaaDagen(),
            new LovligSamtaletype(),
            new Myndighedsforbeholdsregel(),
            new Deltagelsesstatusregel(),
            new Kronologi(),
            new Dubletregel(),
            new PlanlagtSamtaleKendt());

    private final Regelbog regler;

    public Registreringspolitik(Regelbog regler) {
        this.regler = regler;
    }

    /** For a citizen with no bookings known to the registry. */
    public Vurdering vurder(Registrering registrering, BorgerSituation situation, List<TidligereSamtale> tidligere,
                            Set<String> planlagteSamtaler) {
        var kontekst = new Registreringskontekst(registrering, situation, tidligere, planlagteSamtaler, regler, erNulstillende(registrering));
        Overtraedelser fejl = new Overtraedelser();
        for (Registreringsregel regel : REGLER) {
            regel.kontroller(kontekst, fejl);
        }
        return new Vurdering(kontekst.nulstillende(), fejl.liste());
    }

    /** Whether the conversation counts as a held contact, by the nulstillende table in force on the day held. */
    public boolean erNulstillende(Registrering registrering) {
        return regler.nulstillende(registrering.afholdtDag())
                .map(tabel -> tabel.erNulstillende(registrering.samtaletype(), registrering.kontaktform()))
                .orElse(false);
    }
}
