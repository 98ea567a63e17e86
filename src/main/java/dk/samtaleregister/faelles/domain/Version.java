package dk.samtaleregister.faelles.domain;

import java.time.Instant;
import java.util.Map;

/** One stored version of something with a history: what it said, and the change that made it so. */
public interface Version {

    int version();

    Aendringsart art();

    /** The caseworker who made the change, or null where none was named (periods from before the caller was recorded). */
    AnsvarligSagsbehandler aendretAf();

    Instant tidspunkt();

    String begrundelse();

    /** The version's content field by field, named as in the API (nested fields with dots), in the API's order. */
    Map<String, Object> felter();
}
