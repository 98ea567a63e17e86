package dk.samtaleregister.borger.domain;

import dk.samtaleregister.adgang.domain.Rolle;
import dk.samtaleregister.faelles.domain.Overtraedelser;
import dk.samtaleregister.faelles.domain.Periode;
import dk.samtaleregister.regler.domain.Fravaerstype;
import dk.samtaleregister.regler.domain.Kontaktgruppe;
import dk.samtaleregister.regler.domain.Undtagelsesgrund;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The kinds of period in the citizen's situation, and everything in which they differ: one table of six rows. Each
 * kind is told apart from the others of its kind by one code (kontaktgruppe, fravaerstype, jobcenter, a-kasse,
 * anden aktør, undtagelsesgrund), kept as text by the kinds' common storage. In DFDG the periods come from other
 * parts of the data basis; here the feed from them (role SYSTEM) writes every kind.
 */
public final class Periodeslag<P extends Borgerperiode> {

    public static final Periodeslag<KontaktgruppePeriode> KONTAKTGRUPPE = new Periodeslag<>("kontaktgruppeperiode", "kontaktgruppeperioder",
            "kontaktgruppe", true, Rolle.SYSTEM, Periodekoder::kontaktgruppe,
            p -> String.valueOf(p.kontaktgruppe().nummer()),
            (id, kode, periode) -> new KontaktgruppePeriode(id, Kontaktgruppe.medNummer(Integer.parseInt(kode)).orElseThrow(), periode));

    /** Absences may overlap each other: a sickness during a holiday is both. */
    public static final Periodeslag<Fravaer> FRAVAER = new Periodeslag<>("fravaer", "fravaer",
            "fravaerstype", false, Rolle.SYSTEM, Periodekoder::fravaerstype,
            p -> p.fravaerstype().name(),
            (id, kode, periode) -> new Fravaer(id, Fravaerstype.valueOf(kode), periode));

    public static final Periodeslag<Jobcentertilknytning> JOBCENTERTILKNYTNING = new Periodeslag<>("jobcentertilknytning",
            "jobcentertilknytninger", "jobcenter", true, Rolle.SYSTEM, Periodekoder::jobcenter,
            Jobcentertilknytning::jobcenter, Jobcentertilknytning::new);

    public static final Periodeslag<Akassemedlemskab> AKASSEMEDLEMSKAB = new Periodeslag<>("akassemedlemskab", "akassemedlemskaber",
            "akasse", true, Rolle.SYSTEM, Periodekoder::akasse,
            Akassemedlemskab::akasse, Akassemedlemskab::new);

    /** Referrals may overlap each other: a citizen can be referred to several actors at once. */
    public static final Periodeslag<AndenAktoerHenvisning> ANDEN_AKTOER_HENVISNING = new Periodeslag<>("andenaktoer_henvisning",
            "andenaktoer-henvisninger", "andenAktoer", false, Rolle.SYSTEM, Periodekoder::andenAktoer,
            AndenAktoerHenvisning::andenAktoer, AndenAktoerHenvisning::new);

    /**
     * Exemptions from the kontaktforløb's krav may overlap each other, as absences do: each grund is a fact of its own,
     * lifting the krav that the rule file regler/undtagelser.csv gives it, so two on one day contradict nothing.
     */
    public static final Periodeslag<Undtagelse> UNDTAGELSE = new Periodeslag<>("undtagelse", "undtagelser",
            "grund", false, Rolle.SYSTEM, Periodekoder::undtagelsesgrund,
            p -> p.grund().name(),
            (id, kode, periode) -> new Undtagelse(id, Undtagelsesgrund.valueOf(kode), periode));

    public static final List<Periodeslag<?>> ALLE = List.of(KONTAKTGRUPPE, FRAVAER, JOBCENTERTILKNYTNING, AKASSEMEDLEMSKAB,
            ANDEN_AKTOER_HENVISNING, UNDTAGELSE);

    /** Reads a kind's code from a request: the code as stored text, or null with the violation recorded under {@code felt}. */
    @FunctionalInterface
    interface Kodelaeser {
        String laes(Object vaerdi, String felt, Overtraedelser fejl);
    }

    /** Builds a period of the kind from its stored parts. */
    @FunctionalInterface
    interface Fabrik<P> {
        P af(long id, String kode, Periode periode);
    }

    private final String navn;
    private final String samling;
    private final String kodefelt;
    private final boolean enAdGangen;
    private final Rolle skrivesAf;
    private final Kodelaeser kodelaeser;
    private final Function<P, String> kode;
    private final Fabrik<P> fabrik;

    private Periodeslag(String navn, String samling, String kodefelt, boolean enAdGangen, Rolle skrivesAf, Kodelaeser kodelaeser,
                        Function<P, String> kode, Fabrik<P> fabrik) {
        this.navn = navn;
        this.samling = samling;
        this.kodefelt = kodefelt;
        this.enAdGangen = enAdGangen;
        this.skrivesAf = skrivesAf;
        this.kodelaeser = kodelaeser;
        this.kode = kode;
        this.fabrik = fabrik;
    }

    /** The kind's name; its storage is named after it. */
    public String navn() {
        return navn;
    }

    /** The name of the kind's collection in the API, e.g. {@code kontaktgruppeperioder}. */
    public String samling() {
        return samling;
    }

    public static Optional<Periodeslag<?>> medSamling(String samling) {
        return ALLE.stream().filter(slag -> slag.samling.equals(samling)).findFirst();
    }

    /** The request field that carries the kind's code. */
    public String kodefelt() {
        return kodefelt;
    }

    /** Only one period of this kind may hold on a day, so a new or corrected one is placed by {@link Periodeplan}. */
    public boolean enAdGangen() {
        return enAdGangen;
    }

    /** The role a caller needs to write periods of this kind. */
    public Rolle skrivesAf() {
        return skrivesAf;
    }

    /** The code in a request's code field, as stored text; null with the violation recorded if it is missing or unknown. */
    public String laesKode(Object vaerdi, Overtraedelser fejl) {
        return kodelaeser.laes(vaerdi, kodefelt, fejl);
    }

    public String kode(P periode) {
        return kode.apply(periode);
    }

    public P af(long id, String kode, Periode periode) {
        return fabrik.af(id, kode, periode);
    }

    /** The same period under another id. */
    public P medId(P periode, long id) {
        return af(id, kode(periode), periode.periode());
    }

    /** The same period with other days. */
    public P med(P periode, Periode dage) {
        return af(periode.id(), kode(periode), dage);
    }

    @Override
    public String toString() {
        return navn;
    }
}
