package dk.samtaleregister.samtale.domain;

/**
 * A registration every rule accepted, with what the rules worked out about it: whether it is nulstillende. What a
 * registration stores, and what a prøve answers without storing it.
 */
public record GodkendtRegistrering(Registrering registrering, boolean nulstillende) {
}
