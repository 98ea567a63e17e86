package dk.samtaleregister.faelles.domain;

/** A code-list value with a Danish name, as shown in the reference data. */
public interface Kode {
    String navn();
}
