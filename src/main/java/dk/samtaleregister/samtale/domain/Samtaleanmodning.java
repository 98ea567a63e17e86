package dk.samtaleregister.samtale.domain;

/** A registration as the client sent it: every value unchecked, so that every fault can be reported. */
public record Samtaleanmodning(
        String cpr,
        String afholdt,
        Integer samtaletype,
        String kontaktform,
        String samtaleinformation,
        Boolean flereMyndigheder,
        String deltagelsesstatus,
        String planlagtSamtale,
        String sagsbehandlerIdent,
        String myndighedstype,
        String myndighedskode,
        String aftalenummer,
        String samtykkeloebenummer) {
}
