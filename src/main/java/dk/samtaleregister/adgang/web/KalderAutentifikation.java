package dk.samtaleregister.adgang.web;

import dk.samtaleregister.adgang.domain.Kalder;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * An accepted token, as the rest of the service sees it: the {@link Kalder} is the principal. The token itself is
 * not kept, so that nothing that logs or serialises the authentication can leak it.
 */
final class KalderAutentifikation extends AbstractAuthenticationToken {

    private final transient Kalder kalder;

    KalderAutentifikation(Kalder kalder) {
        super(kalder.roller().stream().map(rolle -> new SimpleGrantedAuthority("ROLLE_" + rolle.name())).toList());
        this.kalder = kalder;
        setAuthenticated(true);
    }

    @Override
    public Kalder getPrincipal() {
        return kalder;
    }

    @Override
    public Object getCredentials() {
        return null;
    }

    @Override
    public String getName() {
        return kalder.ident();
    }
}
