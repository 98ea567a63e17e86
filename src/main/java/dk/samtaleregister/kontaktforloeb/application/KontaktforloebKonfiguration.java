package dk.samtaleregister.kontaktforloeb.application;

import dk.samtaleregister.kontaktforloeb.domain.Kontaktforloebsberegning;
import dk.samtaleregister.kontaktforloeb.domain.Kravbog;
import dk.samtaleregister.regler.application.Regelkilde;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The krav file is read and checked at start-up, like the legality table; a broken file stops the service. */
@Configuration(proxyBeanMethods = false)
class KontaktforloebKonfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(KontaktforloebKonfiguration.class);

    @Bean
    Kravbog kravbog(Regelkilde kilde) {
        Kravbog kravbog = Kravbog.laes(kilde);
        LOG.info("Kontaktforløb krav read and checked from {} ({} rule set(s))", kilde.placering(), kravbog.versioner().versioner().size());
        return kravbog;
    }

    @Bean
    Kontaktforloebsberegning kontaktforloebsberegning(Kravbog kravbog) {
        return new Kontaktforloebsberegning(kravbog);
    }
}
