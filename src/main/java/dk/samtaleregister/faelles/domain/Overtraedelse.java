package dk.samtaleregister.faelles.domain;

import java.util.Objects;

/** One broken rule: a stable code, the field it concerns (JSON path, or null for the whole request), a Danish message. */
public record Overtraedelse(Fejlkode kode, String felt, String besked) {

    public Overtraedelse {
        Objects.requireNonNull(kode, "kode");
        Objects.requireNonNull(besked, "besked");
    }

    public static Overtraedelse af(Fejlkode kode, String felt, Object... argumenter) {
        return new Overtraedelse(kode, felt, kode.besked(argumenter));
    }
}
