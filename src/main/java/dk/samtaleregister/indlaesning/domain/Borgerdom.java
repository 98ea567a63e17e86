package dk.samtaleregister.indlaesning.domain;

import dk.samtaleregister.faelles.domain.Fejlkode;
import dk.samtaleregister.faelles.domain.Overtraedelse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToLongFunction;

/**
 * One citizen's rows judged: what is loaded, in the order it is written, and what is not. A citizen's rows load
 * together or not at all: a history with a hole where a refused row stood would judge the rows after it against a
 * past that never was, and a corrected file could not simply be sent again.
 */
public record Borgerdom<T>(List<T> godkendte, List<Afvisning> afviste) {

    public Borgerdom {
        godkendte = List.copyOf(godkendte);
        afviste = List.copyOf(afviste);
    }

    /** The accepted rows if no row was refused; otherwise none, each held back with the first refused row's line. */
    public static <T> Borgerdom<T> samlet(List<T> godkendte, ToLongFunction<T> linje, List<Afvisning> afviste) {
        if (afviste.isEmpty()) {
            return new Borgerdom<>(godkendte, List.of());
        }
        long foerste = afviste.stream().mapToLong(Afvisning::linje).min().orElseThrow();
        List<Afvisning> alle = new ArrayList<>(afviste);
        for (T godkendt : godkendte) {
            alle.add(new Afvisning(linje.applyAsLong(godkendt), List.of(Overtraedelse.af(Fejlkode.BORGER_AFVIST_I_FILEN, null, foerste))));
        }
        alle.sort(Comparator.comparingLong(Afvisning::linje));
        return new Borgerdom<>(List.of(), alle);
    }
}
