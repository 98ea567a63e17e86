package dk.samtaleregister.faelles.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class OpenApiKonfiguration {

    /** Every operation needs it unless it says otherwise; it gives Swagger UI its Authorize button. */
    private static final String BEARER = "bearer";

    @Bean
    OpenAPI samtaleregisterApi() {
        return new OpenAPI()
                .components(new Components().addSecuritySchemes(BEARER, new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP)
                        .scheme("bearer")
                        .bearerFormat("JWT")
                        .description("Adgangstoken (JWT) fra identitetsudbyderen, med myndighedstype, myndighedskode og "
                                + "sagsbehandlerens ident (preferred_username). I demotilstand: hent et med POST /api/v1/demo/token.")))
                .addSecurityItem(new SecurityRequirement().addList(BEARER))
                .info(new Info()
                .title("Samtaleregister")
                .version("v1")
                .description("""
                        Registret over afholdte samtaler i beskæftigelsessystemet. Jobcentre, a-kasser og andre aktører \
                        registrerer hver samtale, de holder med en borger. Registret kontrollerer, at samtalen er lovlig for \
                        borgerens kontaktgruppe den dag, den blev holdt, og gemmer den.

                        Hver forespørgsel skal have et adgangstoken: `Authorization: Bearer <token>`. Uden et gyldigt token \
                        svares 401 med fejlkoden IKKE_AUTENTIFICERET.

                        Fejl svares som RFC 9457 application/problem+json med en liste `fejl` af {kode, felt, besked}. \
                        Et CPR-nummer sendes altid i indholdet, aldrig i adressen."""));
    }
}
