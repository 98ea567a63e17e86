package dk.samtaleregister.planlaegning.domain;

/** A cancellation as the client sent it, unchecked. */
public record Aflysningsanmodning(String begrundelse, String sagsbehandlerIdent, String myndighedstype, String myndighedskode) {
}
