package dk.samtaleregister.adgang.web;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtAudienceValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtTypeValidator;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * Every request needs a valid bearer token, except what must be reachable without one: health and the metrics (for the
 * platform; they name no citizen), the OpenAPI document and Swagger UI (to learn the API), the demo token (to get a
 * token) and the error page.
 * Stateless: no session, no cookie, hence no CSRF protection to need; no login page of any kind.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(Sikkerhedsindstillinger.class)
class Sikkerhedskonfiguration {

    /** How far the clocks of the identity provider and the registry may disagree on exp and nbf. */
    static final Duration URAFVIGELSE = Duration.ofSeconds(30);

    private static final String[] AABNE_STIER = {
            "/actuator/health", "/actuator/health/**", "/actuator/prometheus", "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**", "/error"};

    @Bean
    SecurityFilterChain sikkerhed(HttpSecurity http, JwtDecoder dekoder,
                                  @Qualifier("handlerExceptionResolver") HandlerExceptionResolver fejlsvar) throws Exception {
        Afvisning afvisning = new Afvisning(fejlsvar);
        return http
                .authorizeHttpRequests(adgang -> adgang
                        .requestMatchers(AABNE_STIER).permitAll()
                        // Open in either mode: without an issuer the demo endpoint answers; with one it does not exist (404).
                        .requestMatchers(HttpMethod.POST, DemoTokenController.STI).permitAll()
                        .anyRequest().authenticated())
                .oauth2ResourceServer(server -> server
                        .jwt(jwt -> jwt.decoder(dekoder).jwtAuthenticationConverter(new Tokenkalder()))
                        .authenticationEntryPoint(afvisning)
                        .accessDeniedHandler(afvisning)
                        .withObjectPostProcessor(fejlhaandtering(afvisning)))
                .exceptionHandling(fejl -> fejl.authenticationEntryPoint(afvisning).accessDeniedHandler(afvisning))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(AbstractHttpConfigurer::disable)
                .csrf(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .build();
    }

    /**
     * The token checks of both modes: signed (by the decoder), within its time (30 s leeway, exp required), from the
     * expected issuer, meant for this service (aud), and an access token by its type where it states one.
     */
    static OAuth2TokenValidator<Jwt> tokenregler(String issuer, String audience) {
        JwtTimestampValidator tid = new JwtTimestampValidator(URAFVIGELSE);
        tid.setAllowEmptyExpiryClaim(false);
        JwtTypeValidator type = new JwtTypeValidator("JWT", "at+jwt", "application/at+jwt");
        type.setAllowEmpty(true);
        return new DelegatingOAuth2TokenValidator<>(tid, new JwtIssuerValidator(issuer), new JwtAudienceValidator(audience), type);
    }

    /**
     * Spring rethrows a failure to check a token (the key set out of reach) past the entry point, and the container
     * would answer it in its own format; this answers it as every other error.
     */
    private static ObjectPostProcessor<BearerTokenAuthenticationFilter> fejlhaandtering(Afvisning afvisning) {
        return new ObjectPostProcessor<>() {
            @Override
            public <O extends BearerTokenAuthenticationFilter> O postProcess(O filter) {
                filter.setAuthenticationFailureHandler(afvisning);
                return filter;
            }
        };
    }
}
