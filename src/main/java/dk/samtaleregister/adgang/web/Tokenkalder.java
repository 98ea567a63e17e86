package dk.samtaleregister.adgang.web;

import dk.samtaleregister.adgang.domain.Kalder;
import dk.samtaleregister.adgang.domain.Rolle;
import dk.samtaleregister.faelles.domain.AnsvarligSagsbehandler;
import dk.samtaleregister.faelles.domain.Felter;
import dk.samtaleregister.faelles.domain.Myndighed;
import dk.samtaleregister.faelles.domain.Overtraedelse;
import dk.samtaleregister.faelles.domain.Overtraedelser;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;

/**
 * Reads the caller from a verified token. A token that names no valid authority or ident is refused like a forged
 * one: the registry cannot tell who is calling. Roles it does not know are ignored, so that an identity provider can
 * carry roles meant for other systems in the same claim.
 */
final class Tokenkalder implements Converter<Jwt, AbstractAuthenticationToken> {

    static final String MYNDIGHEDSTYPE = "myndighedstype";
    static final String MYNDIGHEDSKODE = "myndighedskode";
    static final String ROLLER = "roller";
    static final String PREFERRED_USERNAME = "preferred_username";

    @Override
    public AbstractAuthenticationToken convert(Jwt token) {
        return new KalderAutentifikation(kalder(token));
    }

    static Kalder kalder(Jwt token) {
        Overtraedelser fejl = new Overtraedelser();
        String ident = Felter.tekst(Felter.paakraevet(ident(token), PREFERRED_USERNAME, fejl), AnsvarligSagsbehandler.MAKS_IDENT,
                PREFERRED_USERNAME, fejl);
        Myndighed myndighed = Myndighed.fortolk(tekst(token, MYNDIGHEDSTYPE), tekst(token, MYNDIGHEDSKODE), "myndighed", fejl);
        if (!fejl.ingen()) {
            // The reason names codes and claims only: the values are the caller's and could be anything.
            throw new InvalidBearerTokenException("The token names no valid caller: " + fejl.liste().stream()
                    .map(Tokenkalder::aarsag).collect(Collectors.joining(", ")));
        }
        return new Kalder(myndighed, ident, roller(token.getClaims().get(ROLLER)));
    }

    /** The caseworker as the identity provider shows them, else its subject. */
    private static String ident(Jwt token) {
        String navn = tekst(token, PREFERRED_USERNAME);
        return navn == null || navn.isBlank() ? tekst(token, JwtClaimNames.SUB) : navn;
    }

    private static String tekst(Jwt token, String krav) {
        return token.getClaims().get(krav) instanceof String tekst ? tekst : null;
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

    private static String aarsag(Overtraedelse fejl) {
        return fejl.kode() + " at " + fejl.felt();
    }
}
