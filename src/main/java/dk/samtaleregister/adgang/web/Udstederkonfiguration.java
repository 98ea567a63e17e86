package dk.samtaleregister.adgang.web;

import java.util.EnumSet;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoderInitializationException;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;

/**
 * Production: tokens from the configured issuer, any OpenID Connect provider, verified with the keys of its JWK set
 * ({@code jwk-set-uri}, or where its discovery document points).
 */
@Configuration(proxyBeanMethods = false)
@Conditional(Demotilstand.Udsteder.class)
class Udstederkonfiguration {

    /** Asymmetric only: a shared secret (HS*) would let whoever verifies tokens also make them; "none" is no signature. */
    private static final Set<SignatureAlgorithm> ALGORITMER = EnumSet.of(
            SignatureAlgorithm.RS256, SignatureAlgorithm.RS384, SignatureAlgorithm.RS512,
            SignatureAlgorithm.PS256, SignatureAlgorithm.PS384, SignatureAlgorithm.PS512,
            SignatureAlgorithm.ES256, SignatureAlgorithm.ES384, SignatureAlgorithm.ES512);

    @Bean
    JwtDecoder jwtDekoder(Sikkerhedsindstillinger indstillinger) {
        String issuer = indstillinger.issuer().strip();
        // Made at the first token, not at start-up: discovery is a network call, and the identity provider may be
        // starting at the same time. Until it answers, requests get 503 and the next one tries again.
        JwtDecoder forsinket = new SupplierJwtDecoder(() -> {
            NimbusJwtDecoder.JwkSetUriJwtDecoderBuilder bygger = indstillinger.jwkSetUri() == null
                    ? NimbusJwtDecoder.withIssuerLocation(issuer)
                    : NimbusJwtDecoder.withJwkSetUri(indstillinger.jwkSetUri().toString());
            NimbusJwtDecoder dekoder = bygger.jwsAlgorithms(algoritmer -> {
                algoritmer.clear();
                algoritmer.addAll(ALGORITMER);
            }).build();
            dekoder.setJwtValidator(Sikkerhedskonfiguration.tokenregler(issuer, indstillinger.audience()));
            return dekoder;
        });
        return token -> {
            try {
                return forsinket.decode(token);
            } catch (JwtDecoderInitializationException e) {
                String aarsag = e.getCause() != null ? e.getCause().getMessage() : e.getMessage();
                throw new JwtException("The issuer's key set cannot be found: " + aarsag, e);
            }
        };
    }
}
