package dk.samtaleregister.regler.domain;

import java.io.Reader;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Function;

/** Every rule table a registration is judged by, each effective-dated. Built once at start-up and immutable. */
public final class Regelbog {

    public static final String LOVLIGHED = "regler/lovlige-samtaletyper.csv";
    public static final String NULSTILLENDE = "regler/nulstillende.csv";
    public static final String MYNDIGHEDSFORBEHOLD = "regler/myndighedsforbehold.csv";
    public static final String DELTAGELSE = "regler/deltagelsesstatus.csv";
    public static final String AKASSE_SYNLIGHED = "regler/akasse-synlige-samtaletyper.csv";

    private final Tidsbestemt<Lovlighedstabel> lovlighed;
    private final Tidsbestemt<Nulstillendetabel> nulstillende;
    private final Tidsbestemt<Myndighedsforbehold> myndighedsforbehold;
    private final Tidsbestemt<Deltagelsesregler> deltagelse;
    private final Tidsbestemt<AkassesSamtaletyper> akasseSynlighed;

    private Regelbog(Tidsbestemt<Lovlighedstabel> lovlighed, Tidsbestemt<Nulstillendetabel> nulstillende,
                     Tidsbestemt<Myndighedsforbehold> myndighedsforbehold, Tidsbestemt<Deltagelsesregler> deltagelse,
                     Tidsbestemt<AkassesSamtaletyper> akasseSynlighed) {
        this.lovlighed = lovlighed;
        this.nulstillende = nulstillende;
        this.myndighedsforbehold = myndighedsforbehold;
        this.deltagelse = deltagelse;
        this.akasseSynlighed = akasseSynlighed;
    }

    /** Reads the five rule files by name; any fault throws {@link RegelfilFejl} naming the file and line. */
    public static Regelbog laes(Function<String, Reader> kilde) {
        return new Regelbog(
                Tidsbestemt.af(Regelfil.laes(LOVLIGHED, kilde.apply(LOVLIGHED), Lovlighedstabel.HOVED), Lovlighedstabel::af),
                Tidsbestemt.af(Regelfil.laes(NULSTILLENDE, kilde.apply(NULSTILLENDE), Nulstillendetabel.HOVED), Nulstillendetabel::af),
                Tidsbestemt.af(Regelfil.laes(MYNDIGHEDSFORBEHOLD, kilde.apply(MYNDIGHEDSFORBEHOLD), Myndighedsforbehold.HOVED), Myndighedsforbehold::af),
                Tidsbestemt.af(Regelfil.laes(DELTAGELSE, kilde.apply(DELTAGELSE), Deltagelsesregler.HOVED), Deltagelsesregler::af),
                Tidsbestemt.af(Regelfil.laes(AKASSE_SYNLIGHED, kilde.apply(AKASSE_SYNLIGHED), AkassesSamtaletyper.HOVED), AkassesSamtaletyper::af));
    }

    public Optional<Lovlighedstabel> lovlighed(LocalDate dag) {
        return lovlighed.gaeldende(dag);
    }

    public Optional<Nulstillendetabel> nulstillende(LocalDate dag) {
        return nulstillende.gaeldende(dag);
    }

    public Optional<Myndighedsforbehold> myndighedsforbehold(LocalDate dag) {
        return myndighedsforbehold.gaeldende(dag);
    }

    public Optional<Deltagelsesregler> deltagelse(LocalDate dag) {
        return deltagelse.gaeldende(dag);
    }

    /** What an a-kasse may see on the day; empty (it sees none) where no rule set is in force. */
    public Optional<AkassesSamtaletyper> akasseSynlighed(LocalDate dag) {
        return akasseSynlighed.gaeldende(dag);
    }

    public Tidsbestemt<Lovlighedstabel> lovlighedsversioner() {
        return lovlighed;
    }

    public Tidsbestemt<Nulstillendetabel> nulstillendeversioner() {
        return nulstillende;
    }

    public Tidsbestemt<Myndighedsforbehold> myndighedsforbeholdversioner() {
        return myndighedsforbehold;
    }

    public Tidsbestemt<Deltagelsesregler> deltagelsesversioner() {
        return deltagelse;
    }

    public Tidsbestemt<AkassesSamtaletyper> akasseSynlighedsversioner() {
        return akasseSynlighed;
    }
}
