package dk.samtaleregister.faelles.web;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;

/**
 * Strict JSON: a misspelt field ("flereMyndighed") or a number sent as text is the client's mistake and
 * answers 400, instead of being silently ignored or guessed at.
 */
@Configuration(proxyBeanMethods = false)
class JsonKonfiguration {

    @Bean
    JsonMapperBuilderCustomizer striksJson() {
        return builder -> builder
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, DeserializationFeature.FAIL_ON_TRAILING_TOKENS,
                        DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS);
    }
}
