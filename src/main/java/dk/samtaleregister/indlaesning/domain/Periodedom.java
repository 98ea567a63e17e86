package dk.samtaleregister.indlaesning.domain;

import dk.samtaleregister.borger.domain.Aendring;
import dk.samtaleregister.borger.domain.Borgerperiode;
import dk.samtaleregister.borger.domain.Periodeafslutning;
import dk.samtaleregister.borger.domain.Periodeplan;
import dk.samtaleregister.borger.domain.Periodeslag;
import dk.samtaleregister.borger.domain.Versioneret;
import dk.samtaleregister.faelles.domain.Aendringsart;
import dk.samtaleregister.faelles.domain.AnsvarligSagsbehandler;
import dk.samtaleregister.faelles.domain.Cpr;
import dk.samtaleregister.faelles.domain.Felter;
import dk.samtaleregister.faelles.domain.Overtraedelser;
import dk.samtaleregister.faelles.domain.Periode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * Judges one citizen's periods of one kind as the API judges a registration of each, in file order: against the
 * periods stored and those of the file before it. Where only one period of the kind holds on a day, a period that
 * starts inside an open one ends that one the day before, as a version of its own; any other overlap is refused.
 */
public final class Periodedom {

    /**
     * One version to write: the period as it then is, its version, the change that made it, and for a new period the
     * open periods its registration ended.
     */
    public record Skrivning<P extends Borgerperiode>(long linje, P periode, int version, Aendringsart art, Aendring aendring,
                                                     List<Periodeafslutning> afsluttede) {

        public Skrivning {
            afsluttede = List.copyOf(afsluttede);
        }
    }

    private Periodedom() {
    }

    /**
     * The versions the citizen's rows write, in the order they are written. {@code nyeId} hands out the ids of new
     * periods; {@code kalderen} is the caseworker of a row that names none, as for a single registration.
     */
    public static <P extends Borgerperiode> Borgerdom<Skrivning<P>> doem(Periodeslag<P> slag, List<Importraekke> raekker,
                                                                         List<Versioneret<P>> lagrede, LongSupplier nyeId,
                                                                         AnsvarligSagsbehandler kalderen) {
        List<Versioneret<P>> aktuelle = new ArrayList<>(lagrede);
        List<Skrivning<P>> skrivninger = new ArrayList<>();
        List<Afvisning> afviste = new ArrayList<>();
        for (Importraekke raekke : raekker) {
            Overtraedelser fejl = new Overtraedelser();
            Cpr.fortolk(raekke.felt(Importart.CPR), Importart.CPR, fejl);
            String kode = kode(slag, raekke.felt(slag.kodefelt()), fejl);
            Periode periode = Felter.periode(raekke.felt("fra"), raekke.felt("til"), fejl);
            AnsvarligSagsbehandler ansvarlig = ansvarlig(raekke, kalderen, fejl);
            List<Periodeafslutning> afsluttede = List.of();
            if (fejl.ingen() && slag.enAdGangen()) {
                afsluttede = Periodeplan.indsaet(aktuelle.stream().<Borgerperiode>map(Versioneret::periode).toList(), periode, fejl);
            }
            if (!fejl.ingen()) {
                afviste.add(new Afvisning(raekke.linje(), fejl.liste()));
                continue;
            }
            long id = nyeId.getAsLong();
            Aendring aendring = new Aendring(ansvarlig, null);
            for (Periodeafslutning afslutning : afsluttede) {
                int i = indeks(aktuelle, afslutning.id());
                Versioneret<P> gammel = aktuelle.get(i);
                P afsluttet = slag.med(gammel.periode(), new Periode(gammel.periode().periode().fra(), afslutning.sidsteDag()));
                aktuelle.set(i, new Versioneret<>(afsluttet, gammel.version() + 1));
                skrivninger.add(new Skrivning<>(raekke.linje(), afsluttet, gammel.version() + 1, Aendringsart.AFSLUTTET,
                        Aendring.afsluttetAfNy(id, aendring), List.of()));
            }
            P ny = slag.af(id, kode, periode);
            aktuelle.add(new Versioneret<>(ny, 1));
            skrivninger.add(new Skrivning<>(raekke.linje(), ny, 1, Aendringsart.OPRETTET, aendring, afsluttede));
        }
        return Borgerdom.samlet(skrivninger, Skrivning::linje, afviste);
    }

    /** The kind's code as the JSON body has it: a kontaktgruppe is a number there, every other code text. */
    private static String kode(Periodeslag<?> slag, String tekst, Overtraedelser fejl) {
        if (slag != Periodeslag.KONTAKTGRUPPE) {
            return slag.laesKode(tekst, fejl);
        }
        Overtraedelser tal = new Overtraedelser();
        Integer nummer = Tekstfelter.heltal(tekst, slag.kodefelt(), tal);
        if (!tal.ingen()) {
            tal.liste().forEach(fejl::tilfoej);
            return null;
        }
        return slag.laesKode(nummer, fejl);
    }

    /** The row's caseworker if it names one (all three fields), else the caller. */
    private static AnsvarligSagsbehandler ansvarlig(Importraekke raekke, AnsvarligSagsbehandler kalderen, Overtraedelser fejl) {
        String ident = raekke.felt(Importart.IDENT);
        String type = raekke.felt(Importart.MYNDIGHEDSTYPE);
        String kode = raekke.felt(Importart.MYNDIGHEDSKODE);
        if (ident == null && type == null && kode == null) {
            return kalderen;
        }
        return AnsvarligSagsbehandler.fortolk(ident, type, kode, "ansvarligSagsbehandler", fejl);
    }

    private static int indeks(List<? extends Versioneret<?>> perioder, long id) {
        for (int i = 0; i < perioder.size(); i++) {
            if (perioder.get(i).periode().id() == id) {
                return i;
            }
        }
        throw new IllegalStateException("No period " + id + " to end");
    }
}
