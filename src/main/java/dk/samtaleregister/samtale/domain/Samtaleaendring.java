package dk.samtaleregister.samtale.domain;

import dk.samtaleregister.faelles.domain.AnsvarligSagsbehandler;
import dk.samtaleregister.faelles.domain.Felter;
import dk.samtaleregister.faelles.domain.Overtraedelser;

/** Why a conversation was changed, and by whom: the reason is required for an annulment, optional otherwise. */
public record Samtaleaendring(String begrundelse, AnsvarligSagsbehandler aendretAf) {

    public static final int MAKS_BEGRUNDELSE = 1000;

    public static String begrundelse(String tekst, boolean paakraevet, Overtraedelser fejl) {
        String begrundelse = paakraevet ? Felter.paakraevet(tekst, "begrundelse", fejl) : tekst;
        return Felter.tekst(begrundelse, MAKS_BEGRUNDELSE, "begrundelse", fejl);
    }
}
