package dk.samtaleregister.regler.domain;

/** A code-list value with a Danish name, as shown in the reference data. */
public interface Kode {
    String navn();
}
