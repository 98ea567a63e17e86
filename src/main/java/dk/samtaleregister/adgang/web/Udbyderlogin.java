package dk.samtaleregister.adgang.web;

import dk.samtaleregister.adgang.domain.Kalder;
import dk.samtaleregister.faelles.domain.Overtraedelser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.RedirectStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UrlPathHelper;

/**
 * The pages' sign-in at the issuer by OpenID Connect, authorization code flow with PKCE, state and nonce: {@code GET
 * /log-ind} sends the browser to the provider, which sends it back to {@link Udbyderregistrering#SVAR}. The ID token
 * (and userinfo, where the scopes ask for it) is read into a {@link Kalder} by the same {@link Kalderkrav} as a
 * bearer token, and the session then holds a {@link KalderAutentifikation}, exactly as after the demo sign-in, so
 * that everything after it (access, audit) is the same. The provider's access token is not kept: the pages call
 * nothing with it. Sign-out ends the session here and, where the provider has an end_session_endpoint, there.
 */
final class Udbyderlogin {

    private static final Logger LOG = LoggerFactory.getLogger(Udbyderlogin.class);

    /** Set on a {@code GET /log-ind} whose sign-in could not start because the provider did not answer. */
    static final String UTILGAENGELIG = Udbyderlogin.class.getName() + ".UTILGAENGELIG";

    /** The error code of an identity whose claims name no valid caller. */
    static final String UGYLDIG_KALDER = "invalid_caller";

    /** The ID token, kept in the session only to name the session at the provider's sign-out (id_token_hint). */
    private static final String ID_TOKEN = Udbyderlogin.class.getName() + ".ID_TOKEN";

    static final String LOGGET_UD = Sidesikkerhed.LOG_IND + "?logget-ud";

    private final Udbyderregistrering registrering;
    private final String udbyderOrigin;
    private final OidcUserService brugere = new OidcUserService();
    private final SecurityContextRepository sessioner = new HttpSessionSecurityContextRepository();
    private final RedirectStrategy omdirigering = new DefaultRedirectStrategy();

    Udbyderlogin(Udbyderregistrering registrering, String issuer) {
        this.registrering = registrering;
        URI udbyder = URI.create(issuer);
        this.udbyderOrigin = udbyder.getScheme() + "://" + udbyder.getRawAuthority();
    }

    /**
     * Where a page's form may lead besides the service itself: the provider, since the sign-out form's answer is a
     * redirect there, and browsers hold a redirect after a form to the Content-Security-Policy's form-action.
     */
    String formularmaal() {
        return udbyderOrigin;
    }

    void anvend(HttpSecurity http) throws Exception {
        http.oauth2Login(login -> login
                        .loginPage(Sidesikkerhed.LOG_IND)
                        .loginProcessingUrl(Udbyderregistrering.SVAR)
                        .clientRegistrationRepository(registrering)
                        .authorizedClientRepository(new IntetGemt())
                        .authorizationEndpoint(start -> start.authorizationRequestResolver(new Start(registrering)))
                        .userInfoEndpoint(bruger -> bruger.oidcUserService(this::bruger))
                        .successHandler(this::loggetInd)
                        .failureHandler(this::mislykket))
                .logout(ud -> ud.addLogoutHandler(this::huskIdToken).logoutSuccessHandler(this::loggetUd));
    }

    /** The provider's user, checked and read into the caller here, so that an identity naming no caller never gets a session. */
    private OidcUser bruger(OidcUserRequest anmodning) {
        OidcUser bruger = brugere.loadUser(anmodning);
        Overtraedelser fejl = new Overtraedelser();
        Kalder kalder = Kalderkrav.fortolk(bruger.getClaims(), fejl);
        if (kalder == null) {
            OAuth2Error fejlen = new OAuth2Error(UGYLDIG_KALDER, "The identity names no valid caller: " + Kalderkrav.aarsag(fejl), null);
            throw new OAuth2AuthenticationException(fejlen, fejlen.getDescription());
        }
        return new Udbyderbruger(bruger, kalder);
    }

    /**
     * Spring has saved its own authentication by now (in the session it has just given a new id); it is replaced by
     * the caller's, as the demo sign-in makes it.
     */
    private void loggetInd(HttpServletRequest anmodning, HttpServletResponse svar, Authentication autentifikation) throws IOException {
        Udbyderbruger bruger = (Udbyderbruger) autentifikation.getPrincipal();
        SecurityContext kontekst = SecurityContextHolder.createEmptyContext();
        kontekst.setAuthentication(new KalderAutentifikation(bruger.kalder));
        SecurityContextHolder.setContext(kontekst);
        sessioner.saveContext(kontekst, anmodning, svar);
        anmodning.getSession().setAttribute(ID_TOKEN, bruger.getIdToken().getTokenValue());
        omdirigering.sendRedirect(anmodning, svar, "/");
    }

    private void mislykket(HttpServletRequest anmodning, HttpServletResponse svar, AuthenticationException aarsag) throws IOException {
        String kode = aarsag instanceof OAuth2AuthenticationException oauth ? oauth.getError().getErrorCode() : "";
        LOG.warn("A sign-in to the pages by the identity provider failed: {}", aarsag.getMessage());
        omdirigering.sendRedirect(anmodning, svar, Sidesikkerhed.LOG_IND + (UGYLDIG_KALDER.equals(kode) ? "?fejl=identitet" : "?fejl"));
    }

    /** Before the session ends: its ID token, for the provider's sign-out. */
    private void huskIdToken(HttpServletRequest anmodning, HttpServletResponse svar, Authentication autentifikation) {
        HttpSession session = anmodning.getSession(false);
        if (session != null && session.getAttribute(ID_TOKEN) instanceof String token) {
            anmodning.setAttribute(ID_TOKEN, token);
        }
    }

    /**
     * To the provider's end_session_endpoint when it has one, so that the next {@code GET /log-ind} asks for the
     * password again rather than signing the same person straight back in; it sends the browser back to
     * {@link #LOGGET_UD}, which must be registered there as a post_logout_redirect_uri. Without one, straight there.
     */
    private void loggetUd(HttpServletRequest anmodning, HttpServletResponse svar, Authentication autentifikation) throws IOException {
        Optional<URI> slut = registrering.udlogning();
        if (slut.isEmpty() || !(anmodning.getAttribute(ID_TOKEN) instanceof String idToken)) {
            omdirigering.sendRedirect(anmodning, svar, LOGGET_UD);
            return;
        }
        String tilbage = ServletUriComponentsBuilder.fromContextPath(anmodning).path(Sidesikkerhed.LOG_IND).query("logget-ud").toUriString();
        String sted = slut.get().toString();
        omdirigering.sendRedirect(anmodning, svar, sted + (sted.contains("?") ? "&" : "?")
                + "id_token_hint=" + kodet(idToken) + "&client_id=" + kodet(registrering.klientId())
                + "&post_logout_redirect_uri=" + kodet(tilbage));
    }

    private static String kodet(String vaerdi) {
        return URLEncoder.encode(vaerdi, StandardCharsets.UTF_8);
    }

    /**
     * {@code GET /log-ind}, bare, starts the sign-in; with a query ({@code ?logget-ud}, {@code ?fejl}) it is a page, so
     * that signing out or a failed sign-in does not bounce straight back to the provider. When the provider cannot be
     * reached, the request goes on to the page, marked, which says so.
     */
    private static final class Start implements OAuth2AuthorizationRequestResolver {

        private final DefaultOAuth2AuthorizationRequestResolver standard;

        Start(Udbyderregistrering registrering) {
            standard = new DefaultOAuth2AuthorizationRequestResolver(registrering, Sidesikkerhed.LOG_IND);
        }

        @Override
        public OAuth2AuthorizationRequest resolve(HttpServletRequest anmodning) {
            if (!"GET".equals(anmodning.getMethod()) || anmodning.getQueryString() != null
                    || !Sidesikkerhed.LOG_IND.equals(UrlPathHelper.defaultInstance.getPathWithinApplication(anmodning))) {
                return null;
            }
            return resolve(anmodning, Udbyderregistrering.ID);
        }

        @Override
        public OAuth2AuthorizationRequest resolve(HttpServletRequest anmodning, String registreringsId) {
            try {
                return standard.resolve(anmodning, registreringsId);
            } catch (RuntimeException e) {
                LOG.warn("The identity provider's discovery document cannot be read, so no one can sign in to the pages: {}",
                        e.getCause() != null ? e.getCause().getMessage() : e.getMessage());
                anmodning.setAttribute(UTILGAENGELIG, Boolean.TRUE);
                return null;
            }
        }
    }

    /** The provider's user with the caller read from it, for the moment between the code's exchange and the session. */
    private static final class Udbyderbruger extends DefaultOidcUser {

        private static final long serialVersionUID = 1L;

        private final transient Kalder kalder;

        Udbyderbruger(OidcUser bruger, Kalder kalder) {
            super(bruger.getAuthorities(), bruger.getIdToken(), bruger.getUserInfo());
            this.kalder = kalder;
        }
    }

    /** Spring would keep the provider's access token for each signed-in caller; the pages never use it, so nothing is kept. */
    private static final class IntetGemt implements OAuth2AuthorizedClientRepository {

        @Override
        public <T extends OAuth2AuthorizedClient> T loadAuthorizedClient(String registreringsId, Authentication principal,
                                                                         HttpServletRequest anmodning) {
            return null;
        }

        @Override
        public void saveAuthorizedClient(OAuth2AuthorizedClient klient, Authentication principal, HttpServletRequest anmodning,
                                         HttpServletResponse svar) {
        }

        @Override
        public void removeAuthorizedClient(String registreringsId, Authentication principal, HttpServletRequest anmodning,
                                           HttpServletResponse svar) {
        }
    }
}
