package dk.samtaleregister.adgang.web;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.util.StringUtils;

/**
 * The pages' one client at the issuer, built from the issuer's OpenID discovery document at the first sign-in, not at
 * start-up: as for the API's keys, the identity provider may be starting at the same time, and the service must
 * come up without it. Until the provider answers, a sign-in asks again, but not sooner than {@link #PAUSE} after the
 * last failed try, so that a provider that hangs holds up one sign-in, not every one; once it has answered, the answer
 * is kept.
 */
final class Udbyderregistrering implements ClientRegistrationRepository {

    static final String ID = "samtaleregister";

    /** Where the provider sends the browser back with the code; register it at the provider as the redirect URI. */
    static final String SVAR = Sidesikkerhed.LOG_IND + "/svar";

    /** As the Retry-After the page answers with meanwhile. */
    static final Duration PAUSE = Duration.ofSeconds(5);

    private final String issuer;
    private final Sikkerhedsindstillinger.Sider klient;
    private volatile ClientRegistration registrering;
    private long sidsteFejl;
    private RuntimeException aarsag;

    Udbyderregistrering(String issuer, Sikkerhedsindstillinger.Sider klient) {
        this.issuer = issuer;
        this.klient = klient;
    }

    @Override
    public ClientRegistration findByRegistrationId(String id) {
        return ID.equals(id) ? registrering() : null;
    }

    /** Asks the provider's discovery document if it has not answered yet; throws while it cannot be reached. */
    ClientRegistration registrering() {
        ClientRegistration kendt = registrering;
        if (kendt != null) {
            return kendt;
        }
        synchronized (this) {
            if (registrering != null) {
                return registrering;
            }
            if (aarsag != null && System.nanoTime() - sidsteFejl < PAUSE.toNanos()) {
                throw aarsag;
            }
            try {
                registrering = byg(ClientRegistrations.fromIssuerLocation(issuer));
                aarsag = null;
                return registrering;
            } catch (RuntimeException e) {
                sidsteFejl = System.nanoTime();
                aarsag = e;
                throw e;
            }
        }
    }

    private ClientRegistration byg(ClientRegistration.Builder fraUdbyder) {
        Set<String> scopes = new LinkedHashSet<>();
        // Without openid it would be plain OAuth 2.0: no ID token, so nothing to name the caller by.
        scopes.add("openid");
        klient.scopes().stream().filter(StringUtils::hasText).map(String::strip).forEach(scopes::add);
        fraUdbyder.registrationId(ID)
                .clientId(klient.clientId().strip())
                .scope(scopes)
                .redirectUri("{baseUrl}" + SVAR)
                // PKCE (RFC 7636) for a confidential client too, as OAuth 2.0 Security BCP (RFC 9700, section 2.1.1) asks.
                .clientSettings(ClientRegistration.ClientSettings.builder().requireProofKey(true).build());
        if (StringUtils.hasText(klient.clientSecret())) {
            fraUdbyder.clientSecret(klient.clientSecret());
        } else {
            // A public client: it proves itself by PKCE alone.
            fraUdbyder.clientAuthenticationMethod(ClientAuthenticationMethod.NONE);
        }
        return fraUdbyder.build();
    }

    /**
     * The provider's end_session_endpoint (OpenID Connect RP-Initiated Logout 1.0), if it has one and has answered
     * already; never a network call, as sign-out must work with the provider away.
     */
    Optional<URI> udlogning() {
        ClientRegistration kendt = registrering;
        if (kendt == null) {
            return Optional.empty();
        }
        Object sted = kendt.getProviderDetails().getConfigurationMetadata().get("end_session_endpoint");
        return sted instanceof String tekst && StringUtils.hasText(tekst) ? Optional.of(URI.create(tekst)) : Optional.empty();
    }

    String klientId() {
        return klient.clientId().strip();
    }
}
