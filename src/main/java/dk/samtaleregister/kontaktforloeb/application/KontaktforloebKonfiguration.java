package dk.samtaleregister.kontaktforloeb.application;

import dk.samtaleregister.borger.domain.Undtagelse;
import dk.samtaleregister.kontaktforloeb.domain.Kontaktforloebsberegning;
import dk.samtaleregister.kontaktforloeb.domain.Kravbog;
import dk.samtaleregister.kontaktforloeb.domain.Undtagelsesregler;
import dk.samtaleregister.regler.application.Regelkilde;
import dk.samtaleregister.regler.domain.Kontaktgruppe;
import dk.samtaleregister.regler.domain.RaskSyg;
import dk.samtaleregister.regler.domain.Regelbog;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The krav and undtagelse files are read and checked at start-up, like the legality table; a broken file stops the service. */
@Configuration(proxyBeanMethods = false)
class KontaktforloebKonfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(KontaktforloebKonfiguration.class);

    @Bean
    Kravbog kravbog(Regelkilde kilde, Regelbog regelbog) {
        Kravbog kravbog = Kravbog.laes(kilde, medSeedRaekke(regelbog));
        LOG.info("Kontaktforløb krav read and checked from {} ({} krav versions)", kilde.placering(), kravbog.alle().size());
        return kravbog;
    }

    @Bean
    Undtagelsesregler undtagelsesregler(Regelkilde kilde, Kravbog kravbog) {
        Undtagelsesregler regler = Undtagelsesregler.laes(kilde, kravbog);
        LOG.info("Undtagelse rules read and checked from {} ({} rows)", kilde.placering(), regler.alle().size());
        return regler;
    }

    @Bean
    Kontaktforloebsberegning kontaktforloebsberegning(Kravbog kravbog, Undtagelsesregler undtagelsesregler) {
        return new Kontaktforloebsberegning(kravbog, undtagelsesregler);
    }

    /** The kontaktgrupper that seed 004's legality table has a row for, in any of its versions, rask or syg. */
    private static Set<Kontaktgruppe> medSeedRaekke(Regelbog regelbog) {
        return Arrays.stream(Kontaktgruppe.values())
                .filter(gruppe -> regelbog.lovlighedsversioner().versioner().stream().anyMatch(v -> Arrays.stream(RaskSyg.values())
                        .anyMatch(dag -> !v.indhold().lovlige(gruppe, dag).isEmpty())))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Kontaktgruppe.class)));
    }
}
