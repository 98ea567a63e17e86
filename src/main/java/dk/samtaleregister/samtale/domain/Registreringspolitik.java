package dk.samtaleregister.samtale.domain;

import dk.samtaleregister.borger.domain.BorgerSituation;
import dk.samtaleregister.faelles.domain.AnsvarligSagsbehandler;
import dk.samtaleregister.faelles.domain.Overtraedelse;
import dk.samtaleregister.faelles.domain.Overtraedelser;
import dk.samtaleregister.regler.domain.Kontaktform;
import dk.samtaleregister.regler.domain.Regelbog;
import dk.samtaleregister.regler.domain.Samtaletype;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Rules 3-8 and DFDG rule 6 in one place: a registration is judged by all of them and every violation is reported.
 * Rule 9 (the citizen is the authority's own on the day held) is judged before these, as an access rule: see
 * {@code dk.samtaleregister.adgang.domain.Adgangsregler}.
 *
 * <p>The rules come in three groups, judged in this order: those of the citizen's day, those of the samtaletype on
 * that day for the registering authority, and those of the conversation itself. The first two are all that decide
 * which samtaletyper are open to an authority on a day ({@link #muligheder}).
 */
public final class Registreringspolitik {

    public record Vurdering(boolean nulstillende, List<Overtraedelse> overtraedelser) {
        public boolean godkendt() {
            return overtraedelser.isEmpty();
        }
    }

    /** Rules 3 and the first part of 4: whatever the samtaletype, the day must have a kontaktgruppe and a rule set. */
    private static final List<Registreringsregel> DAGENS_REGLER = List.of(
            new KontaktgruppePaaDagen(),
            new ReglerPaaDagen());

    /** Rules 4 and 5: they read only the samtaletype, the day, the citizen's situation and the registering authority. */
    private static final List<Registreringsregel> TYPENS_REGLER = List.of(
            new LovligSamtaletype(),
            new Myndighedsforbeholdsregel());

    /** Rules 6-8 and DFDG rule 6: the conversation's status, its time against the citizen's others, its booking. */
    private static final List<Registreringsregel> SAMTALENS_REGLER = List.of(
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
        kontroller(DAGENS_REGLER, kontekst, fejl);
        kontroller(TYPENS_REGLER, kontekst, fejl);
        kontroller(SAMTALENS_REGLER, kontekst, fejl);
        return new Vurdering(kontekst.nulstillende(), fejl.liste());
    }

    /**
     * The samtaletyper the authority of {@code registrerende} may register for the citizen on the day of
     * {@code forespoergsel}, by the very rules a registration is judged by: the day's rules once, then the type's
     * rules for a registration of each samtaletype in turn. Throws {@link dk.samtaleregister.faelles.domain.Regelbrud}
     * with the day's violations, as a registration on that day would answer them. Rules 6-8 are left out: they judge
     * the conversation's own status, time and booking, which a day does not have.
     */
    public Samtalemuligheder muligheder(Mulighedsforespoergsel forespoergsel, AnsvarligSagsbehandler registrerende,
                                        BorgerSituation situation) {
        List<Registreringskontekst> kontekster = Arrays.stream(Samtaletype.values())
                .map(type -> new Registreringskontekst(forespoergsel.somRegistrering(type, registrerende), situation, List.of(), Set.of(),
                        regler, false))
                .toList();
        Overtraedelser dagens = new Overtraedelser();
        kontroller(DAGENS_REGLER, kontekster.get(0), dagens);
        dagens.kastHvisNogen();
        List<Samtalemulighed> lovlige = kontekster.stream()
                .filter(kontekst -> {
                    Overtraedelser typens = new Overtraedelser();
                    kontroller(TYPENS_REGLER, kontekst, typens);
                    return typens.ingen();
                })
                .map(this::mulighed)
                .toList();
        LocalDate dag = forespoergsel.afholdtDag();
        return new Samtalemuligheder(dag, situation.kontaktgruppe(dag).orElseThrow(), situation.raskSyg(dag), lovlige);
    }

    /** Whether the conversation counts as a held contact, by the nulstillende table in force on the day held. */
    public boolean erNulstillende(Registrering registrering) {
        return erNulstillende(registrering.samtaletype(), registrering.kontaktform(), registrering.afholdtDag());
    }

    /** Whether a conversation of this type, held in this form on {@code dag}, counts as a held contact. */
    public boolean erNulstillende(Samtaletype type, Kontaktform form, LocalDate dag) {
        return regler.nulstillende(dag)
                .map(tabel -> tabel.erNulstillende(type, form))
                .orElse(false);
    }

    private Samtalemulighed mulighed(Registreringskontekst kontekst) {
        Samtaletype type = kontekst.registrering().samtaletype();
        Set<Kontaktform> nulstillende = EnumSet.noneOf(Kontaktform.class);
        for (Kontaktform form : Kontaktform.values()) {
            if (erNulstillende(type, form, kontekst.dag())) {
                nulstillende.add(form);
            }
        }
        return new Samtalemulighed(type, kontekst.deltagelsesregel(), nulstillende);
    }

    private static void kontroller(List<Registreringsregel> gruppe, Registreringskontekst kontekst, Overtraedelser fejl) {
        for (Registreringsregel regel : gruppe) {
            regel.kontroller(kontekst, fejl);
        }
    }
}
