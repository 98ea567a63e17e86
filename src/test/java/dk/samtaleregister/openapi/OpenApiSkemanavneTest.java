package dk.samtaleregister.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverterContextImpl;
import io.swagger.v3.core.jackson.ModelResolver;
import io.swagger.v3.core.util.Json31;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.ResolvableType;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.http.HttpEntity;
import org.springframework.util.ClassUtils;
import org.springframework.util.ReflectionUtils;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * No two classes share a schema name. swagger-core names a schema by the class's simple name (or its
 * {@code @Schema(name)}), and when two classes get one name the document keeps one of them under it, without a
 * word: the other's requests and answers then point at the wrong schema, its examples fail it, and a generated client
 * gets one class for both. This resolves every type the controllers take and answer with, as springdoc does, and
 * notes which class defined each name.
 */
class OpenApiSkemanavneTest {

    @Test
    void no_two_classes_the_controllers_use_share_a_schema_name() {
        Map<String, Set<String>> navne = skemanavne(controllertyper());

        assertThat(navne.keySet()).as("the scan reaches the API's schemas")
                .contains("SamtaleAnmodningDto", "SamtaleSvar", "PeriodeSvar", "HistorikpostDto", "DemoTokenAnmodning",
                        "DemoMyndighed", "AdgangslogSvar", "KontaktforloebAnmodning", "Regelsaet");
        assertThat(deltNavn(navne)).as("schema names given to more than one class; give each its own with @Schema(name = ...)")
                .isEmpty();
    }

    @Test
    void two_classes_of_one_simple_name_are_found() {
        Map<String, Set<String>> navne = skemanavne(List.of(Et.Svar.class, Andet.Svar.class, Andet.Navngivet.class));

        assertThat(deltNavn(navne)).containsOnlyKeys("Svar");
        assertThat(deltNavn(navne).get("Svar")).containsExactlyInAnyOrder(
                Et.Svar.class.getName().replace('$', '.'), Andet.Svar.class.getName().replace('$', '.'));
        assertThat(navne).containsKey("AndetNavn");
    }

    static final class Et {
        record Svar(String tekst) {
        }
    }

    static final class Andet {
        record Svar(int tal) {
        }

        @Schema(name = "AndetNavn")
        record Navngivet(String tekst) {
        }
    }

    private static Map<String, Set<String>> deltNavn(Map<String, Set<String>> navne) {
        Map<String, Set<String>> delte = new TreeMap<>();
        navne.forEach((navn, klasser) -> {
            if (klasser.size() > 1) {
                delte.put(navn, klasser);
            }
        });
        return delte;
    }

    /** Each schema name and the classes (canonical type names) that defined it. */
    private static Map<String, Set<String>> skemanavne(List<Type> typer) {
        Map<String, Set<String>> navne = new TreeMap<>();
        ModelConverterContextImpl kontekst = new ModelConverterContextImpl(new ModelResolver(Json31.mapper()).openapi31(true)) {
            @Override
            public void defineModel(String navn, io.swagger.v3.oas.models.media.Schema model, AnnotatedType type, String foer) {
                navne.computeIfAbsent(navn, n -> new TreeSet<>()).add(Json31.mapper().constructType(type.getType()).toCanonical()
                        .replace('$', '.'));
                super.defineModel(navn, model, type, foer);
            }
        };
        typer.forEach(type -> kontekst.resolve(new AnnotatedType(type).resolveAsRef(true)));
        return navne;
    }

    /** What the handlers of every @RestController read from their bodies and answer with, generics resolved. */
    private static List<Type> controllertyper() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(RestController.class));
        Set<Type> typer = new LinkedHashSet<>();
        for (var kandidat : scanner.findCandidateComponents("dk.samtaleregister")) {
            Class<?> controller = ClassUtils.resolveClassName(kandidat.getBeanClassName(), OpenApiSkemanavneTest.class.getClassLoader());
            for (Method metode : ReflectionUtils.getUniqueDeclaredMethods(controller)) {
                if (!AnnotatedElementUtils.hasAnnotation(metode, RequestMapping.class)) {
                    continue;
                }
                ResolvableType retur = ResolvableType.forMethodReturnType(metode, controller);
                if (HttpEntity.class.isAssignableFrom(retur.toClass())) {
                    retur = retur.as(HttpEntity.class).getGeneric(0);
                }
                tilfoej(typer, retur);
                Parameter[] parametre = metode.getParameters();
                for (int i = 0; i < parametre.length; i++) {
                    if (parametre[i].isAnnotationPresent(RequestBody.class)) {
                        tilfoej(typer, ResolvableType.forMethodParameter(metode, i, controller));
                    }
                }
                for (ApiResponse svar : AnnotatedElementUtils.findMergedRepeatableAnnotations(metode, ApiResponse.class)) {
                    for (Content indhold : svar.content()) {
                        if (indhold.schema().implementation() != Void.class) {
                            typer.add(indhold.schema().implementation());
                        }
                    }
                }
            }
        }
        return new ArrayList<>(typer);
    }

    private static void tilfoej(Set<Type> typer, ResolvableType type) {
        Class<?> raa = type.resolve();
        if (raa == null || raa == Object.class || raa == void.class || raa == Void.class) {
            return;
        }
        for (ResolvableType argument : type.getGenerics()) {
            tilfoej(typer, argument);
        }
        typer.add(raa);
    }
}
