package dk.samtaleregister.idempotens.web;

import dk.samtaleregister.idempotens.persistence.Idempotensnoegler;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.web.servlet.HandlerExceptionResolver;

/** Idempotency keys: the filter that honours them, the scheduled clean-up, and the header in the OpenAPI document. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class IdempotensKonfiguration {

    private static final String BESKRIVELSE = """
            Valgfri nøgle, der gør forespørgslen sikker at gentage, f.eks. efter en time-out: 1-255 synlige ASCII-tegn, \
            typisk en UUID, ny for hver ny forespørgsel. Samme nøgle med samme forespørgsel (metode, adresse, If-Match og \
            indhold) giver det første svar igen, med status, indhold, Location og ETag og headeren Idempotent-Replayed: true, \
            og intet gemmes igen. Samme nøgle med en anden forespørgsel afvises med 422 IDEMPOTENSNOEGLE_GENBRUGT; \
            en ugyldig nøgle med 400 UGYLDIG_IDEMPOTENSNOEGLE. Kun et vellykket svar (2xx) huskes: efter en afvisning \
            (4xx) eller en fejl (5xx) er intet gemt, og forespørgslen kan rettes og sendes igen med samme nøgle. \
            Nøglen huskes i mindst 24 timer.""";

    @Bean
    FilterRegistrationBean<IdempotensFilter> idempotensFilter(Idempotensnoegler noegler, PlatformTransactionManager transaktioner,
                                                              @Qualifier("handlerExceptionResolver") HandlerExceptionResolver fejlsvar) {
        FilterRegistrationBean<IdempotensFilter> registrering =
                new FilterRegistrationBean<>(new IdempotensFilter(noegler, transaktioner, fejlsvar));
        registrering.addUrlPatterns("/api/v1/*");
        return registrering;
    }

    @Bean
    OpenApiCustomizer idempotensnoegleHeader() {
        return api -> {
            if (api.getPaths() == null) {
                return;
            }
            api.getPaths().forEach((sti, operationer) -> {
                if (IdempotensFilter.omfatter("POST", sti)) {
                    tilfoejHeader(operationer.getPost());
                }
                if (IdempotensFilter.omfatter("PUT", sti)) {
                    tilfoejHeader(operationer.getPut());
                }
            });
        };
    }

    private static void tilfoejHeader(Operation operation) {
        if (operation == null || (operation.getParameters() != null
                && operation.getParameters().stream().anyMatch(p -> IdempotensFilter.HEADER.equalsIgnoreCase(p.getName())))) {
            return;
        }
        operation.addParametersItem(new HeaderParameter()
                .name(IdempotensFilter.HEADER)
                .required(false)
                .description(BESKRIVELSE)
                .schema(new StringSchema().minLength(1).maxLength(IdempotensFilter.MAKS_LAENGDE).pattern("^[\\x21-\\x7E]+$")
                        .example("3f1c9a52-8d0e-4b7a-9c1e-2b5d7e6f4a10")));
    }
}
