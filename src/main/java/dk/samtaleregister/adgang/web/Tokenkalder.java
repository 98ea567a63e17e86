package dk.samtaleregister.adgang.web;

import dk.samtaleregister.adgang.domain.Kalder;
import dk.samtaleregister.faelles.domain.Overtraedelser;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;

/**
 * Reads the caller from a verified token, by its claims ({@link Kalderkrav}). A token that names no valid authority
 * or ident is refused like a forged one: the registry cannot tell who is calling.
 */
final class Tokenkalder implements Converter<Jwt, AbstractAuthenticationToken> {

    @Override
    public AbstractAuthenticationToken convert(Jwt token) {
        return new KalderAutentifikation(kalder(token));
    }

    static Kalder kalder(Jwt token) {
        Overtraedelser fejl = new Overtraedelser();
        Kalder kalder = Kalderkrav.fortolk(token.getClaims(), fejl);
        if (kalder == null) {
            throw new InvalidBearerTokenException("The token names no valid caller: " + Kalderkrav.aarsag(fejl));
        }
        return kalder;
    }
}
