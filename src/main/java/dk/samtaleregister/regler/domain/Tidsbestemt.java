package dk.samtaleregister.regler.domain;

import dk.samtaleregister.faelles.domain.Periode;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The versions of one rule table, each with its effective period (never overlapping, checked when read).
 * A day before the first period is judged by the first version: the seed's table from 2017 is the oldest
 * rule known, and the registry also holds older conversations (the project's decision 3 in docs/decisions.md).
 */
public final class Tidsbestemt<T> {

    public record Version<T>(Periode gyldighed, T indhold) {
    }

    private final List<Version<T>> versioner;

    private Tidsbestemt(List<Version<T>> versioner) {
        this.versioner = versioner.stream().sorted(Comparator.comparing(v -> v.gyldighed().fra())).toList();
    }

    public static <T> Tidsbestemt<T> af(Regelfil fil, Function<List<Raekke>, T> bygger) {
        return new Tidsbestemt<>(fil.efterPeriode().entrySet().stream()
                .map(e -> new Version<>(e.getKey(), bygger.apply(e.getValue())))
                .toList());
    }

    public Optional<T> gaeldende(LocalDate dag) {
        for (Version<T> version : versioner) {
            if (version.gyldighed().indeholder(dag)) {
                return Optional.of(version.indhold());
            }
        }
        return dag.isBefore(versioner.get(0).gyldighed().fra()) ? Optional.of(versioner.get(0).indhold()) : Optional.empty();
    }

    public List<Version<T>> versioner() {
        return versioner;
    }
}
