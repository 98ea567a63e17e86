package dk.samtaleregister.borger.domain;

import dk.samtaleregister.faelles.domain.Periode;
import dk.samtaleregister.regler.domain.Fravaerstype;
import dk.samtaleregister.regler.domain.Kontaktgruppe;
import java.util.function.Function;

/**
 * The kinds of period in the citizen's situation. Each is told apart from the others of its kind by one code
 * (kontaktgruppe, fravaerstype, jobcenter, a-kasse, anden aktør), kept as text by the kinds' common storage.
 */
public final class Periodeslag<P extends Borgerperiode> {

    public static final Periodeslag<KontaktgruppePeriode> KONTAKTGRUPPE = new Periodeslag<>("kontaktgruppeperiode", true,
            p -> String.valueOf(p.kontaktgruppe().nummer()),
            (id, kode, periode) -> new KontaktgruppePeriode(id, Kontaktgruppe.medNummer(Integer.parseInt(kode)).orElseThrow(), periode));

    /** Absences may overlap each other: a sickness during a holiday is both. */
    public static final Periodeslag<Fravaer> FRAVAER = new Periodeslag<>("fravaer", false,
            p -> p.fravaerstype().name(),
            (id, kode, periode) -> new Fravaer(id, Fravaerstype.valueOf(kode), periode));

    public static final Periodeslag<Jobcentertilknytning> JOBCENTERTILKNYTNING = new Periodeslag<>("jobcentertilknytning", true,
            Jobcentertilknytning::jobcenter,
            Jobcentertilknytning::new);

    public static final Periodeslag<Akassemedlemskab> AKASSEMEDLEMSKAB = new Periodeslag<>("akassemedlemskab", true,
            Akassemedlemskab::akasse,
            Akassemedlemskab::new);

    /** Referrals may overlap each other: a citizen can be referred to several actors at once. */
    public static final Periodeslag<AndenAktoerHenvisning> ANDEN_AKTOER_HENVISNING = new Periodeslag<>("andenaktoer_henvisning", false,
            AndenAktoerHenvisning::andenAktoer,
            AndenAktoerHenvisning::new);

    /** Builds a period of the kind from its stored parts. */
    @FunctionalInterface
    interface Fabrik<P> {
        P af(long id, String kode, Periode periode);
    }

    private final String navn;
    private final boolean enAdGangen;
    private final Function<P, String> kode;
    private final Fabrik<P> fabrik;

    private Periodeslag(String navn, boolean enAdGangen, Function<P, String> kode, Fabrik<P> fabrik) {
        this.navn = navn;
        this.enAdGangen = enAdGangen;
        this.kode = kode;
        this.fabrik = fabrik;
    }

    public String navn() {
        return navn;
    }

    /** Only one period of this kind may hold on a day, so a new or corrected one is placed by {@link Periodeplan}. */
    public boolean enAdGangen() {
        return enAdGangen;
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
