package dk.samtaleregister.adgang.domain;

import java.util.Optional;

/** A role a token may carry beside its authority. Roles the registry does not know are ignored. */
public enum Rolle {
    /** The feed from the rest of DFDG: the only caller that writes the citizen's situation (every kind of period). */
    SYSTEM;

    public static Optional<Rolle> medNavn(String navn) {
        for (Rolle rolle : values()) {
            if (rolle.name().equals(navn)) {
                return Optional.of(rolle);
            }
        }
        return Optional.empty();
    }
}
