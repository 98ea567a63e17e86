package dk.samtaleregister.kontaktforloeb.domain;

import dk.samtaleregister.faelles.domain.Periode;
import dk.samtaleregister.regler.domain.Raekke;
import dk.samtaleregister.regler.domain.Regelfil;
import dk.samtaleregister.regler.domain.RegelfilFejl;
import dk.samtaleregister.regler.domain.Undtagelsesgrund;
import java.io.Reader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Which krav each grund of exemption applies to, and for which frist days, from {@code regler/undtagelser.csv}. Read
 * once at start-up; a fault (an unknown grund or krav, two overlapping rows of one grund, a grund without a row)
 * throws {@link RegelfilFejl} naming the file and line.
 */
public final class Undtagelsesregler {

    public static final String UNDTAGELSER = "regler/undtagelser.csv";
    public static final String HOVED = "gyldig_fra;gyldig_til;grund;krav;hjemmel;kilde";

    private static final int GRUND = 2, KRAV = 3, HJEMMEL = 4, KILDE = 5;

    /** One row: the krav a grund applies to for frist days in {@code gyldighed}. */
    public record Regel(Undtagelsesgrund grund, Periode gyldighed, Set<String> krav, String hjemmel, String kilde) {
    }

    private final List<Regel> alle;
    private final Map<Undtagelsesgrund, List<Regel>> efterGrund = new EnumMap<>(Undtagelsesgrund.class);

    private Undtagelsesregler(List<Regel> alle) {
        this.alle = List.copyOf(alle);
        for (Regel regel : this.alle) {
            efterGrund.computeIfAbsent(regel.grund(), g -> new ArrayList<>()).add(regel);
        }
    }

    /** Reads and checks the file; every krav it names must be a krav of {@code kravbog}. */
    public static Undtagelsesregler laes(Function<String, Reader> kilde, Kravbog kravbog) {
        Set<String> kendteKrav = new LinkedHashSet<>();
        kravbog.alle().forEach(k -> kendteKrav.add(k.kode()));
        List<Regel> regler = new ArrayList<>();
        List<Raekke> raekker = Regelfil.raekker(UNDTAGELSER, kilde.apply(UNDTAGELSER), HOVED);
        for (Raekke r : raekker) {
            Undtagelsesgrund grund = r.kode(GRUND, Undtagelsesgrund.class);
            Set<String> krav = new LinkedHashSet<>();
            for (String kode : r.liste(KRAV, "krav")) {
                if (!kendteKrav.contains(kode)) {
                    throw r.fejl("unknown krav " + kode + " (not in " + Kravbog.KRAV + ")");
                }
                if (!krav.add(kode)) {
                    throw r.fejl("krav " + kode + " is listed twice");
                }
            }
            Regel regel = new Regel(grund, r.gyldighed(), Set.copyOf(krav), r.tekst(HJEMMEL, "hjemmel"), r.kilde(KILDE));
            for (int i = 0; i < regler.size(); i++) {
                Regel tidligere = regler.get(i);
                if (tidligere.grund() == grund && tidligere.gyldighed().overlapper(regel.gyldighed())) {
                    throw r.fejl("grund " + grund + " " + regel.gyldighed() + " overlaps its row on line " + raekker.get(i).linje());
                }
            }
            regler.add(regel);
        }
        for (Undtagelsesgrund grund : Undtagelsesgrund.values()) {
            if (regler.stream().noneMatch(regel -> regel.grund() == grund)) {
                throw new RegelfilFejl(UNDTAGELSER, raekker.get(raekker.size() - 1).linje(), "grund " + grund + " has no row");
            }
        }
        return new Undtagelsesregler(regler);
    }

    /** Whether an undtagelse for {@code grund} exempts from krav {@code kode} with its frist on {@code frist}. */
    public boolean gaelder(Undtagelsesgrund grund, String kode, LocalDate frist) {
        for (Regel regel : efterGrund.getOrDefault(grund, List.of())) {
            if (regel.gyldighed().indeholder(frist) && regel.krav().contains(kode)) {
                return true;
            }
        }
        return false;
    }

    public List<Regel> alle() {
        return alle;
    }
}
