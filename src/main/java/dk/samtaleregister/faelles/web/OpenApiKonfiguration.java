package dk.samtaleregister.faelles.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class OpenApiKonfiguration {

    @Bean
    OpenAPI samtaleregisterApi() {
        return new OpenAPI().info(new Info()
                .title("Samtaleregister")
                .version("v1")
                .description("""
                        Registret over afholdte samtaler i beskæftigelsessystemet. Jobcentre, a-kasser og andre aktører \
                        registrerer hver samtale, de holder med en borger. Registret kontrollerer, at samtalen er lovlig for \
                        borgerens kontaktgruppe den dag, den blev holdt, og gemmer den.

                        Fejl svares som RFC 9457 application/problem+json med en liste `fejl` af {kode, felt, besked}. \
                        Et CPR-nummer sendes altid i indholdet, aldrig i adressen."""));
    }
}
