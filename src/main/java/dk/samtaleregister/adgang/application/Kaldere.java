package dk.samtaleregister.adgang.application;

import dk.samtaleregister.adgang.domain.Kalder;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The caller of the request this thread serves, as its token named it. */
public final class Kaldere {

    private Kaldere() {
    }

    /** Empty on the paths open without a token (health, OpenAPI, the demo token) and outside a request. */
    public static Optional<Kalder> aktuel() {
        Authentication autentifikation = SecurityContextHolder.getContext().getAuthentication();
        if (autentifikation != null && autentifikation.isAuthenticated() && autentifikation.getPrincipal() instanceof Kalder kalder) {
            return Optional.of(kalder);
        }
        return Optional.empty();
    }
}
