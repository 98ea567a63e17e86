package dk.samtaleregister.faelles.domain;

import java.util.List;

/**
 * A request refused, with every violation found; nothing has been changed when it is thrown. The answer's status and
 * problem type are those of the violations' codes, which therefore all share one {@link Problemtype}.
 */
public class Afvist extends RuntimeException {

    private final transient List<Overtraedelse> overtraedelser;

    public Afvist(List<Overtraedelse> overtraedelser) {
        super(beskrivelse(overtraedelser), null, false, false);
        this.overtraedelser = List.copyOf(overtraedelser);
    }

    /** Refused for one reason that concerns no single field. */
    public static Afvist af(Fejlkode kode, Object... argumenter) {
        return new Afvist(List.of(Overtraedelse.af(kode, null, argumenter)));
    }

    public List<Overtraedelse> overtraedelser() {
        return overtraedelser;
    }

    public Problemtype type() {
        return overtraedelser.get(0).kode().type();
    }

    private static String beskrivelse(List<Overtraedelse> overtraedelser) {
        if (overtraedelser.isEmpty()) {
            throw new IllegalArgumentException("Refused without a violation");
        }
        Problemtype type = overtraedelser.get(0).kode().type();
        if (overtraedelser.stream().anyMatch(o -> o.kode().type() != type)) {
            throw new IllegalArgumentException("Violations of more than one problem type: " + overtraedelser);
        }
        return overtraedelser.stream().map(o -> o.kode().name()).toList().toString();
    }
}
