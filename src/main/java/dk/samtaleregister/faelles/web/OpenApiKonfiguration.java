package dk.samtaleregister.faelles.web;

import dk.samtaleregister.faelles.domain.Fejlkode;
import dk.samtaleregister.faelles.domain.Problemtype;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.SpecVersion;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.oas.models.tags.Tag;
import java.lang.annotation.Annotation;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.ParameterCustomizer;
import org.springdoc.core.utils.SpringDocAnnotationsUtils;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.ResolvableType;
import org.springframework.http.HttpEntity;
import org.springframework.http.server.PathContainer;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * The OpenAPI document at /v3/api-docs, made a contract a client generator can work from (OpenAPI 3.1, the
 * specification at spec.openapis.org/oas/v3.1.0). springdoc describes each operation from its annotations; what it
 * cannot know, or gets wrong for a generator, is derived here once from the shape of each operation, so that every
 * controller is described by the same rules:
 *
 * <ul>
 *   <li>the success answer is the documented 2xx (else 200) with the schema of what the handler returns;</li>
 *   <li>every error is {@code application/problem+json} (RFC 9457) with the one {@value #PROBLEM} schema, for the
 *       statuses the operation can give: a body gives 400 and 422, a path parameter 400 and 404, If-Match 400, 412 and
 *       428, a token 401, 403 and 503 (the token's keys, the database and the audit log can all be away);</li>
 *   <li>every operation has a stable operationId from its handler, not springdoc's numbered {@code hent_3};</li>
 *   <li>a nullable reference becomes {@code anyOf [$ref, null]}: in 3.1 a {@code type} beside {@code $ref} applies to
 *       the same value, so springdoc's {@code {"type": "null", "$ref": ...}} would allow nothing;</li>
 *   <li>what the application resolves itself (the caller) is no request parameter, and the document is in a stable
 *       order, so that it can be kept as a file and compared.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class OpenApiKonfiguration {

    /** Every operation needs it unless it says otherwise; it gives Swagger UI its Authorize button. */
    private static final String BEARER = "bearer";

    static final String PROBLEM = "Problem";
    static final String FEJL = "Fejl";
    static final String PROBLEM_JSON = "application/problem+json";
    private static final String JSON = "application/json";
    private static final String SKEMAER = "#/components/schemas/";
    private static final String HEADERE = "#/components/headers/";

    private static final String ETAG = "ETag";
    private static final String LOCATION = "Location";
    private static final String RETRY_AFTER = "Retry-After";
    private static final String WWW_AUTHENTICATE = "WWW-Authenticate";

    @Bean
    OpenAPI samtaleregisterApi() {
        return new OpenAPI()
                // Relative: the document's own host (OpenAPI 3.1 section 4.8.5), so that Swagger UI and a client work
                // against whichever host and port serve it, and the document is the same wherever it is served.
                .addServersItem(new Server().url("/").description("Den tjeneste, der leverer dette dokument."))
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

    /**
     * A handler parameter that one of the application's own argument resolvers fills in (the authenticated call) is
     * not part of the request; springdoc would show it as a required query parameter. Returning null drops it.
     */
    @Bean
    ParameterCustomizer udenEgneArgumenter(ObjectProvider<RequestMappingHandlerAdapter> adapter) {
        return (parameter, metodeparameter) -> {
            List<HandlerMethodArgumentResolver> egne = adapter.getObject().getCustomArgumentResolvers();
            boolean egen = egne != null && egne.stream().anyMatch(resolver -> resolver.supportsParameter(metodeparameter));
            return egen ? null : parameter;
        };
    }

    @Bean
    OpenApiCustomizer kontrakt(@Qualifier("requestMappingHandlerMapping") ObjectProvider<RequestMappingHandlerMapping> mapping) {
        return api -> new Kontrakt(api, Haandtering.af(mapping.getObject())).anvend();
    }

    /**
     * The handler behind an operation of the document, what it produces, and the path variables a document path fixes:
     * where one handler serves several paths ({@code /api/v1/{periodeslag}}), the document may show each on its own
     * ({@code /api/v1/fravaer}), and the fixed values name the operation apart.
     */
    record Haandtering(HandlerMethod metode, Set<String> medietyper, List<String> faste) {

        /** Each handler's path patterns, by HTTP method. */
        record Moenster(String http, PathPattern sti, HandlerMethod metode, Set<String> medietyper) {
        }

        static List<Moenster> af(RequestMappingHandlerMapping mapping) {
            List<Moenster> alle = new ArrayList<>();
            mapping.getHandlerMethods().forEach((info, metode) -> {
                Set<String> medietyper = info.getProducesCondition().getProducibleMediaTypes().stream()
                        .map(type -> type.getType() + "/" + type.getSubtype()).collect(Collectors.toCollection(TreeSet::new));
                for (String sti : stier(info)) {
                    for (var http : info.getMethodsCondition().getMethods()) {
                        alle.add(new Moenster(http.name(), PathPatternParser.defaultInstance.parse(sti), metode, medietyper));
                    }
                }
            });
            return alle;
        }

        /** The handler of the document's operation, matched as a request to that path would be; null if none. */
        static Haandtering forOperation(List<Moenster> moenstre, String http, String sti) {
            PathContainer dokumentsti = PathContainer.parsePath(sti);
            return moenstre.stream().filter(m -> m.http().equals(http)).filter(m -> m.sti().matches(dokumentsti))
                    .min(Comparator.comparing(Moenster::sti, PathPattern.SPECIFICITY_COMPARATOR))
                    .map(m -> new Haandtering(m.metode(), m.medietyper(), m.sti().matchAndExtract(dokumentsti).getUriVariables().values()
                            .stream().filter(vaerdi -> !vaerdi.startsWith("{")).toList()))
                    .orElse(null);
        }

        private static Set<String> stier(RequestMappingInfo info) {
            return info.getPathPatternsCondition() != null ? info.getPathPatternsCondition().getPatternValues()
                    : info.getPatternValues();
        }
    }

    /** One pass over the document springdoc built. */
    static final class Kontrakt {

        private final OpenAPI api;
        private final List<Haandtering.Moenster> haandteringer;
        private final Set<String> operationIder = new HashSet<>();

        Kontrakt(OpenAPI api, List<Haandtering.Moenster> haandteringer) {
            this.api = api;
            this.haandteringer = haandteringer;
        }

        void anvend() {
            if (api.getComponents() == null) {
                api.setComponents(new Components());
            }
            Components komponenter = api.getComponents();
            komponenter.addSchemas(FEJL, fejlskema());
            komponenter.addSchemas(PROBLEM, problemskema());
            komponenter.addHeaders(ETAG, new Header().description("Versionen af det, svaret handler om, i anførselstegn, f.eks. \"3\". "
                    + "Send den i If-Match ved den næste ændring.").schema(tekst()));
            komponenter.addHeaders(LOCATION, new Header().description("Adressen på det, der blev oprettet.")
                    .schema(tekst().format("uri-reference")));
            komponenter.addHeaders(RETRY_AFTER, new Header().description("Sekunder, før forespørgslen kan prøves igen uændret "
                    + "(RFC 9110 afsnit 10.2.3).").schema(new JsonSchema().types(typer("integer")).minimum(BigDecimal.ZERO)));
            komponenter.addHeaders(WWW_AUTHENTICATE, new Header().description("Bearer, eller Bearer error=\"invalid_token\" for et "
                    + "ugyldigt token (RFC 6750 afsnit 3).").schema(tekst()));

            Paths sorteret = new Paths();
            if (api.getPaths() != null) {
                new TreeMap<>(api.getPaths()).forEach((sti, punkt) -> {
                    punkt.readOperationsMap().forEach((metode, operation) -> beskriv(metode, sti, operation));
                    sorteret.addPathItem(sti, punkt);
                });
            }
            api.setPaths(sorteret);
            overAlleSkemaer(OpenApiKonfiguration.Kontrakt::nullbarReference);
            fjernUbrugte();
            if (api.getTags() != null) {
                api.setTags(api.getTags().stream().sorted(Comparator.comparing(Tag::getName)).toList());
            }
            if (komponenter.getSchemas() != null) {
                komponenter.setSchemas(new LinkedHashMap<>(new TreeMap<>(komponenter.getSchemas())));
            }
        }

        private void beskriv(PathItem.HttpMethod metode, String sti, Operation operation) {
            Haandtering haandtering = Haandtering.forOperation(haandteringer, metode.name(), sti);
            operation.setOperationId(operationId(metode, sti, haandtering));
            if (operation.getParameters() != null) {
                operation.getParameters().forEach(Kontrakt::eksempelSomTekst);
            }
            ApiResponses foer = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
            Map<String, ApiResponse> svar = new TreeMap<>(foer);

            String succes = svar.keySet().stream().filter(kode -> kode.startsWith("2")).findFirst().orElse("200");
            ApiResponse ok = svar.computeIfAbsent(succes, kode -> new ApiResponse().description("OK."));
            Schema<?> skema = haandtering == null ? null : returskema(haandtering.metode());
            if (skema != null) {
                Content indhold = new Content();
                Set<String> medietyper = haandtering.medietyper().isEmpty() ? typer(JSON) : haandtering.medietyper();
                medietyper.forEach(type -> indhold.addMediaType(type, new MediaType().schema(skema)));
                ok.setContent(indhold);
            }
            if (succes.equals("201")) {
                ok.addHeaderObject(LOCATION, new Header().$ref(HEADERE + LOCATION));
            }
            if (versioneret(ok)) {
                ok.addHeaderObject(ETAG, new Header().$ref(HEADERE + ETAG));
            }

            for (Problemtype type : problemer(operation)) {
                svar.putIfAbsent(Integer.toString(type.status()), new ApiResponse().description(beskrivelse(type.status())));
            }
            svar.forEach((kode, problem) -> {
                if (!kode.startsWith("2")) {
                    problem.setContent(new Content().addMediaType(PROBLEM_JSON, new MediaType().schema(new JsonSchema().$ref(SKEMAER + PROBLEM))));
                    headere(kode, problem);
                }
            });
            ApiResponses efter = new ApiResponses();
            svar.forEach(efter::addApiResponse);
            operation.setResponses(efter);
        }

        /** The statuses the operation's shape can give, each with its problem type(s). */
        private Set<Problemtype> problemer(Operation operation) {
            Set<Problemtype> typer = new LinkedHashSet<>();
            List<Parameter> parametre = operation.getParameters() == null ? List.of() : operation.getParameters();
            boolean sti = parametre.stream().anyMatch(p -> "path".equals(p.getIn()));
            boolean header = parametre.stream().anyMatch(p -> "header".equals(p.getIn()));
            boolean ifMatch = parametre.stream().anyMatch(p -> "header".equals(p.getIn()) && "If-Match".equalsIgnoreCase(p.getName()));
            boolean token = operation.getSecurity() == null ? api.getSecurity() != null && !api.getSecurity().isEmpty()
                    : !operation.getSecurity().isEmpty();
            if (operation.getRequestBody() != null || sti || header) {
                typer.add(Problemtype.UGYLDIG_FORESPOERGSEL);
            }
            if (token) {
                typer.add(Problemtype.IKKE_AUTENTIFICERET);
                typer.add(Problemtype.INGEN_ADGANG);
            }
            if (sti) {
                typer.add(Problemtype.IKKE_FUNDET);
            }
            if (ifMatch) {
                typer.add(Problemtype.VERSION_FORAELDET);
            }
            if (operation.getRequestBody() != null) {
                typer.add(Problemtype.REGELBRUD);
            }
            if (ifMatch) {
                typer.add(Problemtype.IF_MATCH_MANGLER);
            }
            if (token) {
                typer.add(Problemtype.DATABASE_UTILGAENGELIG);
            }
            return typer;
        }

        /** The Danish title of the status and the codes a client can get with it, from the one error catalogue. */
        private static String beskrivelse(int status) {
            Set<String> titler = Arrays.stream(Problemtype.values()).filter(t -> t.status() == status).map(Problemtype::titel)
                    .collect(Collectors.toCollection(LinkedHashSet::new));
            String koder = Arrays.stream(Fejlkode.values()).filter(k -> k.status() == status).map(Enum::name)
                    .collect(Collectors.joining(", "));
            return String.join(" / ", titler) + ". Fejlkoder: " + koder + ".";
        }

        private static void headere(String kode, ApiResponse problem) {
            switch (kode) {
                case "401" -> problem.addHeaderObject(WWW_AUTHENTICATE, new Header().$ref(HEADERE + WWW_AUTHENTICATE));
                case "412" -> problem.addHeaderObject(ETAG, new Header().$ref(HEADERE + ETAG));
                case "503" -> problem.addHeaderObject(RETRY_AFTER, new Header().$ref(HEADERE + RETRY_AFTER));
                default -> {
                    // no header of its own
                }
            }
        }

        /** Answers about one versioned thing carry its version as the ETag. */
        private boolean versioneret(ApiResponse svar) {
            if (svar.getContent() == null) {
                return false;
            }
            return svar.getContent().values().stream().map(MediaType::getSchema).filter(Objects::nonNull)
                    .map(Schema::get$ref).filter(Objects::nonNull)
                    .map(ref -> api.getComponents().getSchemas().get(ref.substring(SKEMAER.length())))
                    .anyMatch(skema -> skema != null && skema.getProperties() != null && skema.getProperties().containsKey("version"));
        }

        /** The schema of what the handler answers with, generics resolved against its controller; null if it says nothing. */
        private Schema<?> returskema(HandlerMethod metode) {
            ResolvableType retur = ResolvableType.forMethodReturnType(metode.getMethod(), metode.getBeanType());
            if (HttpEntity.class.isAssignableFrom(retur.toClass())) {
                retur = retur.as(HttpEntity.class).getGeneric(0);
            }
            Type type = type(retur);
            if (type == null || type == Object.class || type == void.class || type == Void.class) {
                return null;
            }
            return SpringDocAnnotationsUtils.extractSchema(api.getComponents(), type, null, new Annotation[0], SpecVersion.V31);
        }

        /** The Java type with its generic arguments resolved, or null where one is unknown (a wildcard). */
        private static Type type(ResolvableType type) {
            Class<?> raa = type.resolve();
            if (raa == null || type.getType() instanceof WildcardType) {
                return null;
            }
            if (!type.hasGenerics()) {
                return raa;
            }
            Type[] argumenter = new Type[type.getGenerics().length];
            for (int i = 0; i < argumenter.length; i++) {
                argumenter[i] = type(type.getGeneric(i));
                if (argumenter[i] == null) {
                    return null;
                }
            }
            return new Parametriseret(raa, argumenter);
        }

        /**
         * The handler's name and its controller's, e.g. hentSamtale for SamtaleController.hent: stable as long as the
         * code is, unique in the document, and a readable method name in a generated client. Should two handlers meet
         * in one name, the later (by path) is named by method and path instead.
         */
        private String operationId(PathItem.HttpMethod metode, String sti, Haandtering haandtering) {
            String id = null;
            if (haandtering != null) {
                String controller = haandtering.metode().getBeanType().getSimpleName().replaceFirst("Controller$", "");
                id = haandtering.metode().getMethod().getName() + controller + haandtering.faste().stream()
                        .flatMap(fast -> Arrays.stream(fast.split("-")))
                        .map(del -> Character.toUpperCase(del.charAt(0)) + del.substring(1)).collect(Collectors.joining());
            }
            if (id == null || !operationIder.add(id)) {
                id = metode.name().toLowerCase(Locale.ROOT) + Arrays.stream(sti.split("[/{}-]")).filter(del -> !del.isBlank())
                        .map(del -> Character.toUpperCase(del.charAt(0)) + del.substring(1)).collect(Collectors.joining());
                operationIder.add(id);
            }
            return id;
        }

        /**
         * springdoc reads an annotation's example as JSON (into swagger-core's Jackson 2 tree), so a kommunenummer "101"
         * would become the number 101, which its text schema does not allow.
         */
        private static void eksempelSomTekst(Parameter parameter) {
            Object eksempel = parameter.getExample();
            Schema<?> skema = parameter.getSchema();
            if (eksempel == null || eksempel instanceof String || skema == null || !erTekst(skema)) {
                return;
            }
            parameter.setExample(eksempel instanceof com.fasterxml.jackson.databind.JsonNode node && node.isValueNode()
                    ? node.asText() : eksempel.toString());
        }

        private static boolean erTekst(Schema<?> skema) {
            return "string".equals(skema.getType()) || (skema.getTypes() != null && skema.getTypes().equals(Set.of("string")));
        }

        /** {"type": "null", "$ref": X} (or nullable) becomes {"anyOf": [{"$ref": X}, {"type": "null"}]}, keeping its description. */
        private static Schema<?> nullbarReference(Schema<?> skema) {
            boolean nullbar = Boolean.TRUE.equals(skema.getNullable()) || (skema.getTypes() != null && skema.getTypes().contains("null"));
            if (skema.get$ref() == null || !nullbar) {
                return skema;
            }
            JsonSchema enten = new JsonSchema();
            enten.setDescription(skema.getDescription());
            enten.addAnyOfItem(new JsonSchema().$ref(skema.get$ref()));
            enten.addAnyOfItem(new JsonSchema().types(typer("null")));
            return enten;
        }

        /** Applies the replacement to every schema in the document, depth first, wherever it stands. */
        private void overAlleSkemaer(UnaryOperator<Schema<?>> erstat) {
            Components komponenter = api.getComponents();
            if (komponenter.getSchemas() != null) {
                komponenter.getSchemas().replaceAll((navn, skema) -> gennemgaa(skema, erstat));
            }
            for (PathItem punkt : api.getPaths().values()) {
                for (Operation operation : punkt.readOperations()) {
                    if (operation.getParameters() != null) {
                        operation.getParameters().forEach(p -> p.setSchema(gennemgaa(p.getSchema(), erstat)));
                    }
                    if (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null) {
                        operation.getRequestBody().getContent().values().forEach(m -> m.setSchema(gennemgaa(m.getSchema(), erstat)));
                    }
                    operation.getResponses().values().stream().filter(s -> s.getContent() != null)
                            .forEach(s -> s.getContent().values().forEach(m -> m.setSchema(gennemgaa(m.getSchema(), erstat))));
                }
            }
        }

        @SuppressWarnings({"rawtypes", "unchecked"})
        private static Schema gennemgaa(Schema skema, UnaryOperator<Schema<?>> erstat) {
            if (skema == null) {
                return null;
            }
            if (skema.getProperties() != null) {
                Map<String, Schema> egenskaber = skema.getProperties();
                egenskaber.replaceAll((navn, egenskab) -> gennemgaa(egenskab, erstat));
            }
            if (skema.getItems() != null) {
                skema.setItems(gennemgaa(skema.getItems(), erstat));
            }
            if (skema.getAdditionalProperties() instanceof Schema ekstra) {
                skema.setAdditionalProperties(gennemgaa(ekstra, erstat));
            }
            for (List<Schema> dele : Arrays.asList(skema.getAllOf(), skema.getAnyOf(), skema.getOneOf(), skema.getPrefixItems())) {
                if (dele != null) {
                    dele.replaceAll(del -> gennemgaa(del, erstat));
                }
            }
            return erstat.apply(skema);
        }

        /** Schemas nothing refers to (the caller's, once its parameter is gone): a lint error, and noise in a client. */
        private void fjernUbrugte() {
            Map<String, Schema> skemaer = api.getComponents().getSchemas();
            if (skemaer == null) {
                return;
            }
            Set<String> brugte = new HashSet<>();
            List<String> udestaaende = new ArrayList<>();
            Consumer<Schema<?>> saml = skema -> {
                if (skema.get$ref() != null && skema.get$ref().startsWith(SKEMAER)) {
                    String navn = skema.get$ref().substring(SKEMAER.length());
                    if (brugte.add(navn)) {
                        udestaaende.add(navn);
                    }
                }
            };
            overOperationernesSkemaer(saml);
            while (!udestaaende.isEmpty()) {
                Schema<?> skema = skemaer.get(udestaaende.remove(udestaaende.size() - 1));
                if (skema != null) {
                    gennemgaa(skema, s -> {
                        saml.accept(s);
                        return s;
                    });
                }
            }
            skemaer.keySet().retainAll(brugte);
        }

        private void overOperationernesSkemaer(Consumer<Schema<?>> besoeg) {
            UnaryOperator<Schema<?>> kun = s -> {
                besoeg.accept(s);
                return s;
            };
            for (PathItem punkt : api.getPaths().values()) {
                for (Operation operation : punkt.readOperations()) {
                    if (operation.getParameters() != null) {
                        operation.getParameters().forEach(p -> gennemgaa(p.getSchema(), kun));
                    }
                    if (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null) {
                        operation.getRequestBody().getContent().values().forEach(m -> gennemgaa(m.getSchema(), kun));
                    }
                    operation.getResponses().values().stream().filter(s -> s.getContent() != null)
                            .forEach(s -> s.getContent().values().forEach(m -> gennemgaa(m.getSchema(), kun)));
                }
            }
        }

        /** In the order given: a Set.of would list "string" and "null" in a different order from one start to the next. */
        private static Set<String> typer(String... typer) {
            return new LinkedHashSet<>(List.of(typer));
        }

        private static JsonSchema tekst() {
            JsonSchema tekst = new JsonSchema();
            tekst.types(typer("string"));
            return tekst;
        }

        private static Schema<?> fejlskema() {
            JsonSchema fejl = new JsonSchema();
            fejl.types(typer("object"));
            fejl.description("Et brud på en regel eller en anden fejl i forespørgslen.");
            fejl.addProperty("kode", tekst().description("Den stabile kode at handle på, f.eks. SAMTALETYPE_IKKE_LOVLIG. Koder omdøbes "
                    + "og genbruges aldrig, men nye kan komme til; alle står i tabellen i docs/error-codes.md.")
                    .example("SAMTALETYPE_IKKE_LOVLIG"));
            JsonSchema felt = new JsonSchema();
            felt.types(typer("string", "null"));
            felt.description("JSON-stien til feltet, f.eks. ansvarligSagsbehandler.myndighed.kode; null, når fejlen gælder hele forespørgslen.");
            fejl.addProperty("felt", felt);
            fejl.addProperty("besked", tekst().description("Beskeden på dansk, til mennesker. Den gentager aldrig fritekst fra forespørgslen."));
            fejl.required(List.of("kode", "felt", "besked"));
            return fejl;
        }

        private static Schema<?> problemskema() {
            JsonSchema problem = new JsonSchema();
            problem.types(typer("object"));
            problem.description("En fejl som RFC 9457 problem+json. Status og type følger af fejlkoderne i fejl.");
            problem.addProperty("type", tekst().format("uri").description("urn:samtaleregister:problem: efterfulgt af problemtypen, "
                    + "f.eks. urn:samtaleregister:problem:regelbrud.").example(Problemtype.REGELBRUD.uri()));
            problem.addProperty("title", tekst().description("Problemtypens titel på dansk.").example(Problemtype.REGELBRUD.titel()));
            problem.addProperty("status", new JsonSchema().types(typer("integer")).format("int32").description("HTTP-status.").example(422));
            problem.addProperty("detail", tekst().description("Hvad der gik galt, på dansk.").example("1 regel er brudt. Intet er ændret."));
            problem.addProperty("instance", tekst().format("uri-reference").description("Forespørgslens adresse.").example("/api/v1/samtaler"));
            JsonSchema fejl = new JsonSchema();
            fejl.types(typer("array"));
            fejl.description("Alle fejl, der blev fundet; den første bestemmer status og type.");
            fejl.setItems(new JsonSchema().$ref(SKEMAER + FEJL));
            problem.addProperty("fejl", fejl);
            problem.required(List.of("type", "title", "status", "fejl"));
            return problem;
        }
    }

    /** A generic type with its arguments, for a return type whose arguments Spring resolved against the controller. */
    private record Parametriseret(Class<?> raa, Type[] argumenter) implements ParameterizedType {

        @Override
        public Type[] getActualTypeArguments() {
            return argumenter.clone();
        }

        @Override
        public Type getRawType() {
            return raa;
        }

        @Override
        public Type getOwnerType() {
            return null;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Parametriseret p && raa.equals(p.raa) && Arrays.equals(argumenter, p.argumenter);
        }

        @Override
        public int hashCode() {
            return 31 * raa.hashCode() + Arrays.hashCode(argumenter);
        }

        @Override
        public String toString() {
            return raa.getTypeName() + Arrays.stream(argumenter).map(Type::getTypeName).collect(Collectors.joining(", ", "<", ">"));
        }
    }
}
