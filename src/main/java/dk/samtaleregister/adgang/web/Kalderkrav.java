package dk.samtaleregister.adgang.web;

import dk.samtaleregister.adgang.domain.Kalder;
import dk.samtaleregister.adgang.domain.Rolle;
import dk.samtaleregister.faelles.domain.AnsvarligSagsbehandler;
import dk.samtaleregister.faelles.domain.Felter;
import dk.samtaleregister.faelles.domain.Myndighed;
import dk.samtaleregister.faelles.domain.Overtraedelser;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The claims that name a caller: myndighedstype and myndighedskode (the authority), preferred_username (else sub;
 * the caseworker's ident) and roller. Read the same way wherever the identity provider put them, in a bearer token
 * ({@link Tokenkalder}) or in the ID token and userinfo of a sign-in to the pages, so that a caseworker is the same
 * {@link Kalder}, with the same access, in the API and on the pages. Roles it does not know are ignored, so
 * that an identity provider can carry roles meant for other systems in the same claim.
 */
final class Kalderkrav {

    static final String MYNDIGHEDSTYPE = "myndighedstype";
    static final String MYNDIGHEDSKODE = "myndighedskode";
    static final String ROLLER = "roller";
    static final String PREFERRED_USERNAME = "preferred_username";
    static final String SUB = "sub";

    private Kalderkrav() {
    }

    /** The caller these claims name, or null, with every reason in {@code fejl}, when they name no valid one. */
    static Kalder fortolk(Map<String, Object> krav, Overtraedelser fejl) {
        String ident = Felter.tekst(Felter.paakraevet(ident(krav), PREFERRED_USERNAME, fejl), AnsvarligSagsbehandler.MAKS_IDENT,
                PREFERRED_USERNAME, fejl);
        Myndighed myndighed = Myndighed.fortolk(tekst(krav, MYNDIGHEDSTYPE), tekst(krav, MYNDIGHEDSKODE), "myndighed", fejl);
        return fejl.ingen() ? new Kalder(myndighed, ident, roller(krav.get(ROLLER))) : null;
    }

    /** Why claims named no caller: codes and claim names only, as the values are the caller's and could be anything. */
    static String aarsag(Overtraedelser fejl) {
        return fejl.liste().stream().map(o -> o.kode() + " at " + o.felt()).collect(Collectors.joining(", "));
    }

    /** The caseworker as the identity provider shows them, else its subject. */
    private static String ident(Map<String, Object> krav) {
        String navn = tekst(krav, PREFERRED_USERNAME);
        return navn == null || navn.isBlank() ? tekst(krav, SUB) : navn;
    }

    private static String tekst(Map<String, Object> krav, String navn) {
        return krav.get(navn) instanceof String tekst ? tekst : null;
    }

    /** A list of role names, or (as some identity providers send a single value) one name. Anything else: no roles. */
    static Set<Rolle> roller(Object krav) {
        Collection<?> navne = krav instanceof Collection<?> liste ? liste : krav instanceof String navn ? List.of(navn) : List.of();
        Set<Rolle> roller = EnumSet.noneOf(Rolle.class);
        for (Object navn : navne) {
            if (navn instanceof String tekst) {
                Rolle.medNavn(tekst).ifPresent(roller::add);
            }
        }
        return roller;
    }
}
