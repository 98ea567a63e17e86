package dk.samtaleregister.planlaegning.domain;

import dk.samtaleregister.faelles.domain.AnsvarligSagsbehandler;

/** A well-formed cancellation: why, and who cancelled. */
public record Aflysning(String begrundelse, AnsvarligSagsbehandler ansvarligSagsbehandler) {
}
