package dk.samtaleregister.adgang.web;

import dk.samtaleregister.faelles.domain.Afvist;
import dk.samtaleregister.faelles.domain.Fejlkode;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * A request stopped before any handler, answered in the service's one error format by the same handler as every
 * other error: 401 without a valid token (with WWW-Authenticate, RFC 6750 section 3), 403 should Spring Security
 * itself deny, 503 when the token cannot be checked because the key set is out of reach. The token is never echoed
 * or logged.
 */
final class Afvisning implements AuthenticationEntryPoint, AuthenticationFailureHandler, AccessDeniedHandler {

    private static final Logger LOG = LoggerFactory.getLogger(Afvisning.class);

    private final HandlerExceptionResolver fejlsvar;

    Afvisning(HandlerExceptionResolver fejlsvar) {
        this.fejlsvar = fejlsvar;
    }

    @Override
    public void commence(HttpServletRequest anmodning, HttpServletResponse svar, AuthenticationException aarsag) {
        if (aarsag instanceof AuthenticationServiceException) {
            LOG.error("A bearer token could not be checked on {} {}: {}", anmodning.getMethod(), anmodning.getRequestURI(),
                    udenToken(aarsag.getMessage(), anmodning));
            skriv(anmodning, svar, Fejlkode.UDSTEDER_UTILGAENGELIG);
            return;
        }
        if (aarsag instanceof OAuth2AuthenticationException afvist) {
            String grund = aarsag.getMessage() != null ? aarsag.getMessage() : afvist.getError().getDescription();
            LOG.info("Refused a bearer token on {} {}: {}", anmodning.getMethod(), anmodning.getRequestURI(), udenToken(grund, anmodning));
            svar.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"");
        } else {
            // No token at all: RFC 6750 asks for the scheme alone, without an error code.
            svar.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        }
        skriv(anmodning, svar, Fejlkode.IKKE_AUTENTIFICERET);
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest anmodning, HttpServletResponse svar, AuthenticationException aarsag) {
        commence(anmodning, svar, aarsag);
    }

    @Override
    public void handle(HttpServletRequest anmodning, HttpServletResponse svar, AccessDeniedException aarsag) {
        LOG.info("Access denied by the security configuration on {} {}", anmodning.getMethod(), anmodning.getRequestURI());
        skriv(anmodning, svar, Fejlkode.INGEN_ADGANG);
    }

    private void skriv(HttpServletRequest anmodning, HttpServletResponse svar, Fejlkode kode) {
        if (fejlsvar.resolveException(anmodning, svar, null, Afvist.af(kode)) == null && !svar.isCommitted()) {
            // The handler could not write (it always can, short of a broken connection): at least the status.
            svar.setStatus(kode.status());
        }
    }

    /** A library's reason could one day quote what it could not parse; the token itself never reaches the log. */
    private static String udenToken(String grund, HttpServletRequest anmodning) {
        String header = anmodning.getHeader(HttpHeaders.AUTHORIZATION);
        if (grund == null || header == null || header.length() <= "Bearer ".length()) {
            return grund;
        }
        String token = header.substring("Bearer ".length()).strip();
        return token.isEmpty() ? grund : grund.replace(token, "[token]");
    }
}
