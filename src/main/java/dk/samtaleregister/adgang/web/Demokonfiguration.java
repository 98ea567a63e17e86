package dk.samtaleregister.adgang.web;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.util.StringUtils;

/**
 * The demo mode: no identity provider is configured, so the service makes its own key and signs its own tokens
 * ({@code POST /api/v1/demo/token}). Tokens are checked exactly as in production, against that one key.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(Demotilstand.class)
class Demokonfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(Demokonfiguration.class);

    @Bean
    RSAKey demonoegle(Sikkerhedsindstillinger indstillinger) {
        if (indstillinger.jwkSetUri() != null) {
            // A key set without an issuer is a half-done production set-up; running open to everyone would hide it.
            throw new IllegalStateException("samtaleregister.sikkerhed.jwk-set-uri is set but samtaleregister.sikkerhed.issuer is not: "
                    + "set the issuer too, or remove the key set to run in demo mode");
        }
        if (StringUtils.hasText(indstillinger.sider().clientId())) {
            // The same half-done set-up for the pages: a client id means sign-in at a provider, and demo mode has none.
            throw new IllegalStateException(Demotilstand.CLIENT_ID + " is set but samtaleregister.sikkerhed.issuer is not: "
                    + "set the issuer too, or remove the client id to run in demo mode");
        }
        RSAKey noegle = Demonoegle.hentEllerLav(indstillinger.demo().noeglefil());
        LOG.warn("DEMO MODE: samtaleregister.sikkerhed.issuer is not set, so this service issues its own access tokens at "
                + "POST {} to anyone who can reach its port. Never run it like this in production: set "
                + "samtaleregister.sikkerhed.issuer (and jwk-set-uri) to your identity provider. Signing key: {}",
                DemoTokenController.STI, indstillinger.demo().noeglefil().toAbsolutePath().normalize());
        return noegle;
    }

    @Bean
    Demoudsteder demoudsteder(RSAKey demonoegle, Sikkerhedsindstillinger indstillinger) {
        return new Demoudsteder(demonoegle, indstillinger.audience(), Clock.systemUTC());
    }

    @Bean
    JwtDecoder jwtDekoder(RSAKey demonoegle, Sikkerhedsindstillinger indstillinger) {
        NimbusJwtDecoder dekoder = NimbusJwtDecoder.withJwkSource(new ImmutableJWKSet<>(new JWKSet(demonoegle.toPublicJWK())))
                .jwsAlgorithm(SignatureAlgorithm.RS256)
                .build();
        dekoder.setJwtValidator(Sikkerhedskonfiguration.tokenregler(Demoudsteder.ISSUER, indstillinger.audience()));
        return dekoder;
    }
}
