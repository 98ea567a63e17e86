package dk.samtaleregister.planlaegning.domain;

/** A booking's content as the client sent it: every value unchecked, so that every fault can be reported. */
public record Bookinganmodning(
        String cpr,
        String start,
        String slut,
        Integer samtaletype,
        String kontaktform,
        String sted,
        String sagsbehandlerNavn,
        String sagsbehandlerIdent,
        String myndighedstype,
        String myndighedskode,
        Boolean ombookingTilladt,
        String ombookingFrist,
        String deltagelsesstatus,
        String begrundelse) {
}
