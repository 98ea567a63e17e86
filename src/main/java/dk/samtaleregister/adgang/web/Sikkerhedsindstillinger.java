package dk.samtaleregister.adgang.web;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where tokens come from. With {@code issuer} set, only tokens from that issuer count, verified with the keys at
 * {@code jwkSetUri} (or, unset, the keys its OpenID discovery document names). Without it, the demo mode.
 */
@ConfigurationProperties("samtaleregister.sikkerhed")
record Sikkerhedsindstillinger(String issuer, URI jwkSetUri, @DefaultValue("samtaleregister") String audience, @DefaultValue Demo demo,
                               @DefaultValue Sider sider) {

    record Demo(@DefaultValue("./data/demo-signeringsnoegle.json") Path noeglefil) {
    }

    /**
     * The pages' client at the issuer, for their sign-in by OpenID Connect: set {@code clientId} (and {@code clientSecret}
     * for a confidential client) to sign in there. The scope {@code openid} is always asked for.
     */
    record Sider(String clientId, String clientSecret, @DefaultValue("openid") List<String> scopes) {
    }
}
