package dk.samtaleregister.indlaesning.domain;

import dk.samtaleregister.adgang.domain.Adgangsregler;
import dk.samtaleregister.borger.domain.BorgerSituation;
import dk.samtaleregister.faelles.domain.Overtraedelse;
import dk.samtaleregister.faelles.domain.Overtraedelser;
import dk.samtaleregister.faelles.domain.Regelbrud;
import dk.samtaleregister.samtale.domain.Registrering;
import dk.samtaleregister.samtale.domain.Registreringsindlaesning;
import dk.samtaleregister.samtale.domain.Registreringspolitik;
import dk.samtaleregister.samtale.domain.Samtaleaendring;
import dk.samtaleregister.samtale.domain.Samtaleanmodning;
import dk.samtaleregister.samtale.domain.TidligereSamtale;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Judges one citizen's historical conversations as the API judges a registration: each row read as the POST body is,
 * then in the order they were held (file order where two were held at once) against the citizen's situation, the
 * conversations already stored and those of the file accepted before it. Whether the citizen was the named
 * authority's own on the day held is judged first, as for a registration. The caller is the system that loads the
 * history, so each row names its own caseworker and authority.
 */
public final class Samtaledom {

    /** An accepted row: what is stored, and whether it is nulstillende. */
    public record Godkendt(long linje, Registrering registrering, boolean nulstillende, String begrundelse) {
    }

    private record Laest(long linje, Registrering registrering, String begrundelse) {
    }

    private final Registreringspolitik politik;

    public Samtaledom(Registreringspolitik politik) {
        this.politik = politik;
    }

    public Borgerdom<Godkendt> doem(List<Importraekke> raekker, BorgerSituation situation, List<TidligereSamtale> lagrede,
                                    Set<String> planlagte, Instant nu) {
        List<Afvisning> afviste = new ArrayList<>();
        List<Laest> laeste = new ArrayList<>();
        for (Importraekke raekke : raekker) {
            Overtraedelser fejl = new Overtraedelser();
            Registrering registrering = registrering(raekke, nu, fejl);
            String begrundelse = Samtaleaendring.begrundelse(raekke.felt("begrundelse"), false, fejl);
            if (fejl.ingen()) {
                laeste.add(new Laest(raekke.linje(), registrering, begrundelse));
            } else {
                afviste.add(new Afvisning(raekke.linje(), fejl.liste()));
            }
        }
        laeste.sort(Comparator.comparing((Laest l) -> l.registrering().afholdt()).thenComparingLong(Laest::linje));

        List<TidligereSamtale> tidligere = new ArrayList<>(lagrede);
        List<Godkendt> godkendte = new ArrayList<>();
        for (Laest laest : laeste) {
            Registrering r = laest.registrering();
            Optional<Overtraedelse> ikkeEgen = Adgangsregler.registreringsadgang(r.ansvarligSagsbehandler().myndighed(), situation, r.afholdtDag());
            if (ikkeEgen.isPresent()) {
                afviste.add(new Afvisning(laest.linje(), List.of(ikkeEgen.get())));
                continue;
            }
            Registreringspolitik.Vurdering vurdering = politik.vurder(r, situation, tidligere, planlagte);
            if (!vurdering.godkendt()) {
                afviste.add(new Afvisning(laest.linje(), vurdering.overtraedelser()));
                continue;
            }
            godkendte.add(new Godkendt(laest.linje(), r, vurdering.nulstillende(), laest.begrundelse()));
            // Not stored yet: named by its line, negated, so that it can be told from every stored conversation.
            tidligere.add(new TidligereSamtale(-laest.linje(), r.samtaletype(), r.afholdt(), vurdering.nulstillende()));
        }
        return Borgerdom.samlet(godkendte, Godkendt::linje, afviste);
    }

    private static Registrering registrering(Importraekke raekke, Instant nu, Overtraedelser fejl) {
        Integer samtaletype = Tekstfelter.heltal(raekke.felt("samtaletype"), "samtaletype", fejl);
        Boolean flereMyndigheder = Tekstfelter.sandhed(raekke.felt("flereMyndigheder"), "flereMyndigheder", fejl);
        if (!fejl.ingen()) {
            return null;
        }
        Samtaleanmodning anmodning = new Samtaleanmodning(raekke.felt(Importart.CPR), raekke.felt("afholdt"), samtaletype,
                raekke.felt("kontaktform"), raekke.felt("samtaleinformation"), flereMyndigheder, raekke.felt("deltagelsesstatus"),
                raekke.felt("planlagtSamtale"), raekke.felt(Importart.IDENT), raekke.felt(Importart.MYNDIGHEDSTYPE),
                raekke.felt(Importart.MYNDIGHEDSKODE), raekke.felt("aftalenummer"), raekke.felt("samtykkeloebenummer"));
        try {
            return Registreringsindlaesning.fortolk(anmodning, nu);
        } catch (Regelbrud brud) {
            brud.overtraedelser().forEach(fejl::tilfoej);
            return null;
        }
    }
}
