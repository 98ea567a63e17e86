package dk.samtaleregister.kontaktforloeb.domain;

import dk.samtaleregister.regler.domain.Kontaktform;
import dk.samtaleregister.regler.domain.Kontaktgruppe;
import dk.samtaleregister.faelles.domain.Myndighedstype;
import dk.samtaleregister.regler.domain.Raekke;
import dk.samtaleregister.regler.domain.Regelfil;
import dk.samtaleregister.regler.domain.RegelfilFejl;
import dk.samtaleregister.regler.domain.Samtaletype;
import dk.samtaleregister.regler.domain.Tidsbestemt;
import java.io.Reader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The krav of the kontaktforløb, effective-dated: the version in force on the day a forløb starts governs it.
 * Built once at start-up and immutable; any fault in the file throws {@link RegelfilFejl} naming the file and line.
 */
public final class Kravbog {

    public static final String KRAV = "regler/kontaktforloeb-krav.csv";
    public static final String HOVED =
            "gyldig_fra;gyldig_til;kode;kontaktgrupper;fra;til;antal;samtaletyper;ansvarlig;kontaktform;hjemmel;beskrivelse";

    private static final int KODE = 2, GRUPPER = 3, FRA = 4, TIL = 5, ANTAL = 6, TYPER = 7, ANSVARLIG = 8, FORM = 9,
            HJEMMEL = 10, BESKRIVELSE = 11;

    /** Start days to check a window on: every day of a leap year, so month lengths and 29 February are all met. */
    private static final LocalDate PROEVESTART = LocalDate.of(2024, 1, 1);

    /** The krav of one version, by kontaktgruppe. */
    public static final class Version {
        private final List<Krav> alle;
        private final Map<Kontaktgruppe, List<Krav>> efterGruppe = new EnumMap<>(Kontaktgruppe.class);

        private Version(List<Krav> alle) {
            this.alle = List.copyOf(alle);
            for (Kontaktgruppe gruppe : Kontaktgruppe.values()) {
                List<Krav> krav = this.alle.stream().filter(k -> k.kontaktgrupper().contains(gruppe)).toList();
                efterGruppe.put(gruppe, krav);
            }
        }

        public List<Krav> alle() {
            return alle;
        }

        public List<Krav> krav(Kontaktgruppe gruppe) {
            return efterGruppe.get(gruppe);
        }
    }

    private final Tidsbestemt<Version> versioner;

    private Kravbog(Tidsbestemt<Version> versioner) {
        this.versioner = versioner;
    }

    public static Kravbog laes(Function<String, Reader> kilde) {
        return new Kravbog(Tidsbestemt.af(Regelfil.laes(KRAV, kilde.apply(KRAV), HOVED), Kravbog::version));
    }

    /** The krav governing a forløb in {@code gruppe} that starts on {@code start}; empty when none apply. */
    public List<Krav> krav(LocalDate start, Kontaktgruppe gruppe) {
        return versioner.gaeldende(start).map(v -> v.krav(gruppe)).orElse(List.of());
    }

    public Tidsbestemt<Version> versioner() {
        return versioner;
    }

    private static Version version(List<Raekke> raekker) {
        List<Krav> krav = new ArrayList<>();
        Set<String> koder = new HashSet<>();
        for (Raekke r : raekker) {
            String[] f = r.felter();
            String kode = f[KODE];
            if (kode.isEmpty()) {
                throw r.fejl("kode is empty");
            }
            if (!koder.add(kode)) {
                throw r.fejl("kode " + kode + " appears twice in the period " + r.gyldighed());
            }
            Fristudtryk fra = udtryk(r, FRA, "fra");
            Fristudtryk til = udtryk(r, TIL, "til");
            for (int dag = 0; dag < 366; dag++) {
                LocalDate start = PROEVESTART.plusDays(dag);
                int foerste = fra.equals(Fristudtryk.STARTDAGEN) ? 0 : fra.slutDag(start) + 1;
                if (til.slutDag(start) < foerste) {
                    throw r.fejl("the window ends (til " + til + ") before it begins (fra " + fra + ") for a start on " + start);
                }
            }
            int antal;
            try {
                antal = Integer.parseInt(f[ANTAL]);
            } catch (NumberFormatException e) {
                throw r.fejl("expected a number in column antal, found '" + f[ANTAL] + "'");
            }
            if (antal < 1) {
                throw r.fejl("antal must be at least 1, found " + antal);
            }
            Set<Kontaktgruppe> grupper = EnumSet.noneOf(Kontaktgruppe.class);
            for (String del : liste(r, GRUPPER, "kontaktgrupper")) {
                Kontaktgruppe gruppe = Kontaktgruppe.medNummer(heltal(r, del, "kontaktgrupper"))
                        .orElseThrow(() -> r.fejl("unknown kontaktgruppe " + del));
                if (!grupper.add(gruppe)) {
                    throw r.fejl("kontaktgruppe " + del + " is listed twice");
                }
            }
            Set<Samtaletype> typer = EnumSet.noneOf(Samtaletype.class);
            for (String del : liste(r, TYPER, "samtaletyper")) {
                Samtaletype type = Samtaletype.medId(heltal(r, del, "samtaletyper"))
                        .orElseThrow(() -> r.fejl("unknown samtaletype id " + del));
                if (!typer.add(type)) {
                    throw r.fejl("samtaletype " + del + " is listed twice");
                }
            }
            Myndighedstype ansvarlig = r.kode(ANSVARLIG, Myndighedstype.class);
            if (ansvarlig == Myndighedstype.ANDEN_AKTOER) {
                throw r.fejl("ansvarlig must be JOBCENTER or AKASSE");
            }
            Kontaktform form = f[FORM].isEmpty() ? null : r.kode(FORM, Kontaktform.class);
            if (f[HJEMMEL].isEmpty()) {
                throw r.fejl("hjemmel is empty");
            }
            if (f[BESKRIVELSE].isEmpty()) {
                throw r.fejl("beskrivelse is empty");
            }
            krav.add(new Krav(kode, f[BESKRIVELSE], f[HJEMMEL], grupper, fra, til, antal, typer, ansvarlig, form));
        }
        return new Version(krav);
    }

    private static Fristudtryk udtryk(Raekke r, int kolonne, String navn) {
        Fristudtryk udtryk = Fristudtryk.fortolk(r.felter()[kolonne]);
        if (udtryk == null) {
            throw r.fejl("expected a window expression in column " + navn + " (0, nD, nU, nUS or nM), found '"
                    + r.felter()[kolonne] + "'");
        }
        return udtryk;
    }

    private static String[] liste(Raekke r, int kolonne, String navn) {
        String tekst = r.felter()[kolonne];
        if (tekst.isEmpty()) {
            throw r.fejl(navn + " is empty");
        }
        return tekst.split("\\s+");
    }

    private static int heltal(Raekke r, String tekst, String navn) {
        try {
            return Integer.parseInt(tekst);
        } catch (NumberFormatException e) {
            throw r.fejl("expected a number in " + navn + ", found '" + tekst + "'");
        }
    }
}
