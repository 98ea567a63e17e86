package dk.samtaleregister.borger.web;

import dk.samtaleregister.borger.domain.Periodeslag;
import io.swagger.v3.core.util.Json31;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * The OpenAPI document shows each kind of period on its own paths, as a case system calls them
 * ({@code /api/v1/kontaktgruppeperioder}, {@code /api/v1/fravaer}, ...), although one controller serves them all on
 * {@code /api/v1/{periodeslag}}: each copy has only its own kind's request example, so that every example fits the
 * path it is shown on. It runs before the document's other customizers, which then see the concrete paths (and name
 * each copy's operations apart, so that a generated client has a method per kind).
 */
@Configuration(proxyBeanMethods = false)
class PeriodestierIOpenApi {

    private static final String SKABELON = "{periodeslag}";

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    OpenApiCustomizer periodestier() {
        return api -> {
            Paths stier = new Paths();
            api.getPaths().forEach((sti, punkt) -> {
                if (!sti.contains(SKABELON)) {
                    stier.addPathItem(sti, punkt);
                    return;
                }
                Periodeslag.ALLE.forEach(slag -> stier.addPathItem(sti.replace(SKABELON, slag.samling()), forSlag(punkt, slag)));
            });
            api.setPaths(stier);
        };
    }

    /** Copied as OpenAPI 3.1, which the document is: a 3.0 copy loses a schema's types, and every parameter became an object. */
    private static PathItem forSlag(PathItem skabelon, Periodeslag<?> slag) {
        PathItem kopi = Json31.mapper().convertValue(skabelon, PathItem.class);
        kopi.readOperationsMap().values().forEach(operation -> tilpas(operation, slag));
        return kopi;
    }

    private static void tilpas(Operation operation, Periodeslag<?> slag) {
        if (operation.getParameters() != null) {
            operation.getParameters().removeIf(parameter -> "periodeslag".equals(parameter.getName()));
        }
        Content indhold = operation.getRequestBody() == null ? null : operation.getRequestBody().getContent();
        if (indhold != null) {
            indhold.values().forEach(medie -> kunEgetEksempel(medie, slag));
        }
    }

    /** A request body with one example per kind keeps the kind's own; the end of a period has one for all. */
    private static void kunEgetEksempel(MediaType medie, Periodeslag<?> slag) {
        if (medie.getExamples() != null && medie.getExamples().containsKey(slag.samling())) {
            medie.setExamples(Map.of(slag.samling(), medie.getExamples().get(slag.samling())));
        }
    }
}
