package dk.samtaleregister.samtale.application;

import dk.samtaleregister.regler.domain.Regelbog;
import dk.samtaleregister.samtale.domain.Registreringspolitik;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The registration rules, judged by the rule files read and checked at start-up. */
@Configuration(proxyBeanMethods = false)
class SamtaleKonfiguration {

    @Bean
    Registreringspolitik registreringspolitik(Regelbog regelbog) {
        return new Registreringspolitik(regelbog);
    }
}
