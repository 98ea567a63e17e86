package dk.samtaleregister.adgang.web;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/** No issuer is configured: the service signs its own tokens, for trying it out. */
class Demotilstand implements Condition {

    static final String ISSUER = "samtaleregister.sikkerhed.issuer";
    static final String CLIENT_ID = "samtaleregister.sikkerhed.sider.client-id";

    static boolean gaelder(Environment miljoe) {
        return !StringUtils.hasText(miljoe.getProperty(ISSUER));
    }

    @Override
    public boolean matches(ConditionContext kontekst, AnnotatedTypeMetadata metadata) {
        return gaelder(kontekst.getEnvironment());
    }

    /** An issuer is configured: only its tokens count. */
    static class Udsteder implements Condition {

        @Override
        public boolean matches(ConditionContext kontekst, AnnotatedTypeMetadata metadata) {
            return !gaelder(kontekst.getEnvironment());
        }
    }

    /** An issuer and the pages' client at it are configured: the pages sign in there by OpenID Connect. */
    static class Sidelogin implements Condition {

        @Override
        public boolean matches(ConditionContext kontekst, AnnotatedTypeMetadata metadata) {
            return !gaelder(kontekst.getEnvironment()) && StringUtils.hasText(kontekst.getEnvironment().getProperty(CLIENT_ID));
        }
    }
}
