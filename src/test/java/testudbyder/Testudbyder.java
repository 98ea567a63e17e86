package testudbyder;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/**
 * A real OpenID Connect provider for the tests of the pages' sign-in: Spring Authorization Server, as Spring Boot
 * sets it up (discovery, authorization endpoint with PKCE required, token endpoint, JWK set, userinfo, RP-initiated
 * logout, a form login), in its own application context on its own random port. Its ID tokens carry the claims
 * that name a caller in the registry. It lives outside {@code dk.samtaleregister}, so that no component scan of the
 * service ever finds it, and it reads no application.properties (the service's own would give it the service's
 * session cookie).
 */
public final class Testudbyder implements AutoCloseable {

    public static final String KLIENT_ID = "samtaleregister-sider";
    public static final String KLIENT_HEMMELIGHED = "sidernes-hemmelighed";

    /** A jobcenter caseworker: JOBCENTER 101, ident jc101-mhan, roles SYSTEM and one meant for another system. */
    public static final String SAGSBEHANDLER = "mhan";
    public static final String SAGSBEHANDLER_IDENT = "jc101-mhan";

    /** A user whose identity names no authority. */
    public static final String UDEN_MYNDIGHED = "uden-myndighed";

    public static final String ADGANGSKODE = "adgangskode-til-test";

    /** The claims each user's ID token gets besides the standard ones. */
    private static final Map<String, Map<String, Object>> KRAV = Map.of(
            SAGSBEHANDLER, Map.of("preferred_username", SAGSBEHANDLER_IDENT, "myndighedstype", "JOBCENTER", "myndighedskode", "101",
                    "roller", List.of("SYSTEM", "offline_access")),
            UDEN_MYNDIGHED, Map.of("preferred_username", "ukendt-1"));

    private final ConfigurableApplicationContext kontekst;

    private Testudbyder(ConfigurableApplicationContext kontekst) {
        this.kontekst = kontekst;
    }

    public static Testudbyder start() {
        // Command-line arguments, so that nothing in the environment (SERVER_PORT) outranks them.
        return new Testudbyder(new SpringApplicationBuilder(Konfiguration.class).main(Testudbyder.class).run(
                "--server.port=0", "--spring.config.name=testudbyder", "--spring.main.banner-mode=off", "--spring.jmx.enabled=false",
                "--management.endpoints.access.default=none", "--springdoc.api-docs.enabled=false", "--springdoc.swagger-ui.enabled=false"));
    }

    /** The issuer, as the provider names itself (from the request's host, as no issuer is configured). */
    public String issuer() {
        return "http://localhost:" + kontekst.getEnvironment().getProperty("local.server.port");
    }

    /** Registers the service at this address as the pages' client: its redirect and post-logout addresses. */
    public void registrer(String tjeneste) {
        Klienter klienter = kontekst.getBean(Klienter.class);
        RegisteredClient tidligere = klienter.findByClientId(KLIENT_ID);
        klienter.save(RegisteredClient.withId(tidligere != null ? tidligere.getId() : UUID.randomUUID().toString())
                .clientId(KLIENT_ID)
                .clientSecret("{noop}" + KLIENT_HEMMELIGHED)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri(tjeneste + "/log-ind/svar")
                .postLogoutRedirectUri(tjeneste + "/log-ind?logget-ud")
                .scope(OidcScopes.OPENID)
                .clientSettings(ClientSettings.builder().requireProofKey(true).requireAuthorizationConsent(false).build())
                .build());
    }

    public ConfigurableApplicationContext kontekst() {
        return kontekst;
    }

    @Override
    public void close() {
        kontekst.close();
    }

    /** Spring Boot's authorization server, form login and JWK set, with these clients, users and claims. */
    @SpringBootConfiguration
    @EnableAutoConfiguration(excludeName = "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration")
    static class Konfiguration {

        @Bean
        Klienter klienter() {
            return new Klienter();
        }

        @Bean
        UserDetailsService brugere() {
            return new InMemoryUserDetailsManager(KRAV.keySet().stream()
                    .map(navn -> User.withUsername(navn).password("{noop}" + ADGANGSKODE).roles("USER").build()).toList());
        }

        @Bean
        OAuth2TokenCustomizer<JwtEncodingContext> kalderkrav() {
            return kontekst -> {
                if (OidcParameterNames.ID_TOKEN.equals(kontekst.getTokenType().getValue())) {
                    kontekst.getClaims().claims(krav -> krav.putAll(KRAV.getOrDefault(kontekst.getPrincipal().getName(), Map.of())));
                }
            };
        }
    }

    /** The registered clients, one per client id; registered once the service's port is known, after both have started. */
    static final class Klienter implements RegisteredClientRepository {

        private final Map<String, RegisteredClient> efterKlientId = new ConcurrentHashMap<>();

        @Override
        public void save(RegisteredClient klient) {
            efterKlientId.put(klient.getClientId(), klient);
        }

        @Override
        public RegisteredClient findById(String id) {
            return efterKlientId.values().stream().filter(k -> k.getId().equals(id)).findFirst().orElse(null);
        }

        @Override
        public RegisteredClient findByClientId(String klientId) {
            return efterKlientId.get(klientId);
        }
    }
}
