package dk.samtaleregister.arkitektur;

import static com.tngtech.archunit.base.DescribedPredicate.alwaysTrue;
import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;

/**
 * The boundaries of the code. The domain is pure Java: it knows no framework, no SQL, no JSON and no adapter, so that
 * the rules can be read and tested without starting anything. Use cases know no web adapter; the shared kernel
 * ({@code faelles}) knows no capability; the capabilities depend on each other without cycles, and one capability's
 * web adapter never reaches into another's. The last tests check that these rules have teeth.
 */
@AnalyzeClasses(packages = "dk.samtaleregister", importOptions = ImportOption.DoNotIncludeTests.class)
class ArkitekturTest {

    private static final String DOMAENE = "..domain..";

    private static final String[] RAMMEVAERK = {
            "org.springframework..", "java.sql..", "javax.sql..", "jakarta..",
            "tools.jackson..", "com.fasterxml..", "io.swagger..", "org.springdoc..", "org.flywaydb..", "io.zonky.."};

    private static final String[] ADAPTERE_OG_ANVENDELSE = {"..application..", "..web..", "..persistence.."};

    static ArchRule kenderIkkeRammevaerk(String pakker) {
        return noClasses().that().resideInAPackage(pakker)
                .should().dependOnClassesThat().resideInAnyPackage(RAMMEVAERK)
                .because("the domain is pure Java: no Spring, no SQL, no JSON, no OpenAPI")
                .allowEmptyShould(false);
    }

    static ArchRule kenderIkkeAdaptere(String pakker) {
        return noClasses().that().resideInAPackage(pakker)
                .should().dependOnClassesThat().resideInAnyPackage(ADAPTERE_OG_ANVENDELSE)
                .because("use cases and adapters depend on the domain, never the other way round")
                .allowEmptyShould(false);
    }

    @ArchTest
    static final ArchRule the_domain_depends_on_no_framework_sql_json_or_openapi = kenderIkkeRammevaerk(DOMAENE);

    @ArchTest
    static final ArchRule the_domain_depends_on_no_application_web_or_persistence_package = kenderIkkeAdaptere(DOMAENE);

    @ArchTest
    static final ArchRule the_domain_depends_only_on_the_jdk_and_other_domain_packages = classes()
            .that().resideInAPackage(DOMAENE)
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", DOMAENE)
            .allowEmptyShould(false);

    /** Every top-level package but the shared kernel and the database start-up is a capability. */
    private static final String KAPABILITETER = "dk.samtaleregister.(*)..";

    static ArchRule anvendelseKenderIkkeWeb() {
        return noClasses().that().resideInAPackage("..application..")
                .should().dependOnClassesThat().resideInAPackage("..web..")
                .because("a use case is called by its adapters; it never reaches back into one")
                .allowEmptyShould(false);
    }

    static ArchRule faellesKenderIngenKapabilitet() {
        return noClasses().that().resideInAPackage("dk.samtaleregister.faelles..")
                .should().dependOnClassesThat(resideInAPackage("dk.samtaleregister..").and(not(resideInAPackage("dk.samtaleregister.faelles.."))))
                .because("the shared kernel is shared by every capability, so it can depend on none of them")
                .allowEmptyShould(false);
    }

    static ArchRule kapabiliteterUdenKredsloeb() {
        return slices().matching(KAPABILITETER).should().beFreeOfCycles()
                .because("a capability can be read, tested and changed on the ones it builds on, never on one that builds on it");
    }

    static ArchRule webKenderIkkeAndresWeb() {
        return slices().matching("dk.samtaleregister.(*).web..").should().notDependOnEachOther()
                .ignoreDependency(alwaysTrue(), resideInAPackage("dk.samtaleregister.faelles.."))
                .because("each capability answers its own requests; what two share lives in faelles.web or a use case");
    }

    @ArchTest
    static final ArchRule application_never_depends_on_web = anvendelseKenderIkkeWeb();

    @ArchTest
    static final ArchRule faelles_depends_on_no_capability = faellesKenderIngenKapabilitet();

    @ArchTest
    static final ArchRule the_capabilities_are_free_of_cycles = kapabiliteterUdenKredsloeb();

    @ArchTest
    static final ArchRule no_web_adapter_depends_on_another_capabilitys_web_adapter = webKenderIkkeAndresWeb();

    @ArchTest
    static void the_rules_see_the_domain_classes_of_every_capability(JavaClasses alle) {
        var domaene = alle.stream().filter(c -> c.getPackageName().contains(".domain")).map(JavaClass::getName).toList();

        assertThat(domaene).contains(
                "dk.samtaleregister.faelles.domain.Cpr",
                "dk.samtaleregister.faelles.domain.Periode",
                "dk.samtaleregister.regler.domain.Regelbog",
                "dk.samtaleregister.samtale.domain.Registreringspolitik");
        assertThat(domaene).noneMatch(navn -> navn.endsWith("Test"));
    }

    @ArchTest
    static void the_framework_rule_fails_on_a_package_that_uses_spring(JavaClasses alle) {
        EvaluationResult resultat = kenderIkkeRammevaerk("..regler.application..").evaluate(alle);

        assertThat(resultat.hasViolation()).isTrue();
        assertThat(resultat.getFailureReport().getDetails()).anyMatch(linje -> linje.contains("org.springframework"));
    }

    @ArchTest
    static void the_adapter_rule_fails_on_a_package_that_uses_a_use_case(JavaClasses alle) {
        EvaluationResult resultat = kenderIkkeAdaptere("..borger.web..").evaluate(alle);

        assertThat(resultat.hasViolation()).isTrue();
        assertThat(resultat.getFailureReport().getDetails()).anyMatch(linje -> linje.contains("borger.application.BorgerService"));
    }

    @ArchTest
    static void a_rule_that_matches_no_class_fails_instead_of_passing_silently(JavaClasses alle) {
        assertThatThrownBy(() -> kenderIkkeRammevaerk("..no_such_package..").check(alle))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("failed to check any classes");
    }
}
