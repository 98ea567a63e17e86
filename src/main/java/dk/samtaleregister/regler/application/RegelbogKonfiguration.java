package dk.samtaleregister.regler.application;

import dk.samtaleregister.regler.domain.Regelbog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ResourceLoader;

/**
 * The rule files are read from {@code samtaleregister.regler.placering} (default: those shipped in the jar),
 * so that operators can run a changed rule set without a new build. They are checked once, at start-up.
 */
@Configuration(proxyBeanMethods = false)
class RegelbogKonfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(RegelbogKonfiguration.class);

    @Bean
    Regelkilde regelkilde(ResourceLoader ressourcer, @Value("${samtaleregister.regler.placering:classpath:}") String placering) {
        return new Regelkilde(ressourcer, placering);
    }

    @Bean
    Regelbog regelbog(Regelkilde kilde) {
        Regelbog regelbog = Regelbog.laes(kilde);
        LOG.info("Rule files read and checked from {} ({} legality rule set(s))", kilde.placering(),
                regelbog.lovlighedsversioner().versioner().size());
        return regelbog;
    }
}
