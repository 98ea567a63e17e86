package dk.samtaleregister.adgang.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * The pages sign in at the configured issuer, as the pages' client there ({@code samtaleregister.sikkerhed.sider.*}).
 * Its parts are no beans of their own, so that nothing else in the service (nor Spring Boot's OAuth 2.0 client
 * defaults, which would keep every caller's access token in memory) picks them up; {@link Sidesikkerhed} applies them.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(Demotilstand.Sidelogin.class)
class Udbyderkonfiguration {

    @Bean
    Udbyderlogin udbyderlogin(Sikkerhedsindstillinger indstillinger) {
        if (indstillinger.sider().clientId().strip().equals(indstillinger.audience())) {
            // An ID token's aud is the client id (OpenID Connect Core 1.0, section 2): with the API's audience as the
            // pages' client id, every ID token would pass as an access token to the API, and sign-out sends it through
            // the browser (id_token_hint).
            throw new IllegalStateException(Demotilstand.CLIENT_ID + " must differ from samtaleregister.sikkerhed.audience ("
                    + indstillinger.audience() + "): an ID token for the pages would otherwise be accepted as an access token by the API");
        }
        String issuer = indstillinger.issuer().strip();
        return new Udbyderlogin(new Udbyderregistrering(issuer, indstillinger.sider()), issuer);
    }
}
