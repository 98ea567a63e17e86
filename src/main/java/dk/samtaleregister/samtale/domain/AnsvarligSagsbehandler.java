package dk.samtaleregister.samtale.domain;

import dk.samtaleregister.regler.domain.Myndighed;

/** The caseworker responsible for the registration, and the authority they act for. */
public record AnsvarligSagsbehandler(String ident, Myndighed myndighed) {
}
