package dk.samtaleregister.kontaktforloeb.domain;

import dk.samtaleregister.faelles.domain.Myndighedstype;
import dk.samtaleregister.regler.domain.Kontaktform;
import dk.samtaleregister.regler.domain.Kontaktgruppe;
import dk.samtaleregister.regler.domain.Raekke;
import dk.samtaleregister.regler.domain.Regelbog;
import dk.samtaleregister.regler.domain.Regelfil;
import dk.samtaleregister.regler.domain.RegelfilFejl;
import dk.samtaleregister.regler.domain.Samtaletype;
import java.io.Reader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The krav of the kontaktforløb. Each krav is dated on its own: a row holds one version of one krav, for the forløb
 * that start inside its gyldig_fra..gyldig_til, and the versions in force on the day a forløb starts govern it (the
 * acts' transition rules were not found; docs/decisions.md). No krav is encoded for a forløb that starts before the
 * first gyldig_fra. Built once at start-up and immutable; any fault in the file throws {@link RegelfilFejl} naming
 * the file and line: an unknown code, a window that ends before it begins, two versions of one krav for the same
 * group and start day, or a kontaktgruppe without a row in seed 004's table.
 */
public final class Kravbog {

    public static final String KRAV = "regler/kontaktforloeb-krav.csv";
    public static final String HOVED =
            "gyldig_fra;gyldig_til;kode;kontaktgrupper;fra;til;antal;samtaletyper;ansvarlig;kontaktform;maal;hjemmel;kilde;beskrivelse";

    private static final int KODE = 2, GRUPPER = 3, FRA = 4, TIL = 5, ANTAL = 6, TYPER = 7, ANSVARLIG = 8, FORM = 9,
            MAAL = 10, HJEMMEL = 11, KILDE = 12, BESKRIVELSE = 13;

    /** Start days to check a window on: every day of a leap year, so month lengths and 29 February are all met. */
    private static final LocalDate PROEVESTART = LocalDate.of(2024, 1, 1);

    private final List<Krav> alle;
    private final Map<Kontaktgruppe, List<Krav>> efterGruppe = new EnumMap<>(Kontaktgruppe.class);
    private final LocalDate foersteStart;

    private Kravbog(List<Krav> alle) {
        this.alle = List.copyOf(alle);
        for (Kontaktgruppe gruppe : Kontaktgruppe.values()) {
            efterGruppe.put(gruppe, this.alle.stream().filter(k -> k.kontaktgrupper().contains(gruppe)).toList());
        }
        this.foersteStart = this.alle.stream().map(k -> k.gyldighed().fra()).min(LocalDate::compareTo).orElseThrow();
    }

    /**
     * Reads and checks the krav file. {@code medSeedRaekke}: the kontaktgrupper seed 004's legality table has rows for;
     * a krav for any other group could never be met, since no conversation could be registered in it.
     */
    public static Kravbog laes(Function<String, Reader> kilde, Set<Kontaktgruppe> medSeedRaekke) {
        List<Krav> krav = new ArrayList<>();
        List<Raekke> laest = new ArrayList<>();
        for (Raekke r : Regelfil.raekker(KRAV, kilde.apply(KRAV), HOVED)) {
            Krav k = krav(r, medSeedRaekke);
            for (int i = 0; i < krav.size(); i++) {
                Krav tidligere = krav.get(i);
                if (tidligere.kode().equals(k.kode()) && tidligere.gyldighed().overlapper(k.gyldighed())
                        && !Collections.disjoint(tidligere.kontaktgrupper(), k.kontaktgrupper())) {
                    throw r.fejl("krav " + k.kode() + " " + k.gyldighed() + " overlaps its version on line " + laest.get(i).linje()
                            + " (" + tidligere.gyldighed() + ") for the same kontaktgruppe");
                }
            }
            krav.add(k);
            laest.add(r);
        }
        return new Kravbog(krav);
    }

    /** The krav governing a forløb in {@code gruppe} that starts on {@code start}; empty when none apply. */
    public List<Krav> krav(LocalDate start, Kontaktgruppe gruppe) {
        List<Krav> gruppens = efterGruppe.get(gruppe);
        List<Krav> gaeldende = new ArrayList<>(gruppens.size());
        for (Krav k : gruppens) {
            if (k.gyldighed().indeholder(start)) {
                gaeldende.add(k);
            }
        }
        return gaeldende;
    }

    /** The first day a forløb can start on and have krav: no earlier rules are encoded. */
    public LocalDate foersteStart() {
        return foersteStart;
    }

    /** Every version of every krav, in the file's order. */
    public List<Krav> alle() {
        return alle;
    }

    private static Krav krav(Raekke r, Set<Kontaktgruppe> medSeedRaekke) {
        String[] f = r.felter();
        String kode = r.tekst(KODE, "kode");
        Fristudtryk fra = udtryk(r, FRA, "fra");
        Fristudtryk til = udtryk(r, TIL, "til");
        for (int dag = 0; dag < 366; dag++) {
            LocalDate start = PROEVESTART.plusDays(dag);
            int foerste = fra.equals(Fristudtryk.STARTDAGEN) ? 0 : fra.slutDag(start) + 1;
            if (til.slutDag(start) < foerste) {
                throw r.fejl("the window ends (til " + til + ") before it begins (fra " + fra + ") for a start on " + start);
            }
        }
        int antal = heltal(r, f[ANTAL], "antal");
        if (antal < 1) {
            throw r.fejl("antal must be at least 1, found " + antal);
        }
        Set<Kontaktgruppe> grupper = EnumSet.noneOf(Kontaktgruppe.class);
        for (String del : r.liste(GRUPPER, "kontaktgrupper")) {
            Kontaktgruppe gruppe = Kontaktgruppe.medNummer(heltal(r, del, "kontaktgrupper"))
                    .orElseThrow(() -> r.fejl("unknown kontaktgruppe " + del));
            if (!grupper.add(gruppe)) {
                throw r.fejl("kontaktgruppe " + del + " is listed twice");
            }
            if (!medSeedRaekke.contains(gruppe)) {
                throw r.fejl("kontaktgruppe " + del + " has no row in seed 004's table (" + Regelbog.LOVLIGHED + ")");
            }
        }
        Set<Samtaletype> typer = EnumSet.noneOf(Samtaletype.class);
        for (String del : r.liste(TYPER, "samtaletyper")) {
            Samtaletype type = Samtaletype.medId(heltal(r, del, "samtaletyper"))
                    .orElseThrow(() -> r.fejl("unknown samtaletype id " + del));
            if (!typer.add(type)) {
                throw r.fejl("samtaletype " + del + " is listed twice");
            }
        }
        Myndighedstype ansvarlig = r.kode(ANSVARLIG, Myndighedstype.class);
        if (ansvarlig != Myndighedstype.JOBCENTER && ansvarlig != Myndighedstype.AKASSE) {
            throw r.fejl("ansvarlig must be JOBCENTER or AKASSE");
        }
        Kontaktform form = f[FORM].isEmpty() ? null : r.kode(FORM, Kontaktform.class);
        Integer maal = f[MAAL].isEmpty() ? null : heltal(r, f[MAAL], "maal");
        if (maal != null && (maal < 1 || maal > 100)) {
            throw r.fejl("maal is a share in per cent, 1-100, found " + maal);
        }
        String hjemmel = r.tekst(HJEMMEL, "hjemmel");
        String kilde = r.kilde(KILDE);
        String beskrivelse = r.tekst(BESKRIVELSE, "beskrivelse");
        return new Krav(kode, beskrivelse, hjemmel, kilde, r.gyldighed(), grupper, fra, til, antal, typer, ansvarlig, form, maal);
    }

    private static Fristudtryk udtryk(Raekke r, int kolonne, String navn) {
        Fristudtryk udtryk = Fristudtryk.fortolk(r.felter()[kolonne]);
        if (udtryk == null) {
            throw r.fejl("expected a window expression in column " + navn + " (0, nD, nU, nUS or nM), found '"
                    + r.felter()[kolonne] + "'");
        }
        return udtryk;
    }

    private static int heltal(Raekke r, String tekst, String navn) {
        try {
            return Integer.parseInt(tekst);
        } catch (NumberFormatException e) {
            throw r.fejl("expected a number in " + navn + ", found '" + tekst + "'");
        }
    }
}
