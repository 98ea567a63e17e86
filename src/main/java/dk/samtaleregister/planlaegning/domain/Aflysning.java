package dk.samtaleregister.planlaegning.domain;

import dk.samtaleregister.regler.domain.AnsvarligSagsbehandler;

/** A well-formed cancellation: why, and who cancelled. */
public record Aflysning(String begrundelse, AnsvarligSagsbehandler ansvarligSagsbehandler) {
}
