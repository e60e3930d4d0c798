package cn.nengshang.ledger.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.axonframework.spring.stereotype.Aggregate;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The module and feature boundaries the architecture relies on. */
class BoundariesTest {

    private static final JavaClasses PRODUCT = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("cn.nengshang");

    /** The ledger's features: each the home of one part of the scheme's record. */
    private static final String[] FEATURES = {"cn.nengshang.ledger.kernel..", "cn.nengshang.ledger.staff..",
            "cn.nengshang.ledger.term..", "cn.nengshang.ledger.appointment..", "cn.nengshang.ledger.casework..",
            "cn.nengshang.ledger.assessment..", "cn.nengshang.ledger.policies..", "cn.nengshang.ledger.calendar..",
            "cn.nengshang.ledger.organisation..", "cn.nengshang.ledger.history..", "cn.nengshang.ledger.catalog..",
            "cn.nengshang.ledger.integration..", "cn.nengshang.ledger.audit..", "cn.nengshang.ledger.console.."};
    private static final Set<String> NUMBERS = Set.of("int", "long", "double", "float", "short",
            "java.lang.Integer", "java.lang.Long", "java.lang.Double", "java.math.BigDecimal", "java.time.Duration",
            "java.time.Period");

    @Test
    void featuresDependOnEachOtherOneWayOnly() {
        slices().matching("cn.nengshang.ledger.(*)..").namingSlices("$1").should().beFreeOfCycles().check(PRODUCT);
    }

    /** The scheme's numbers (months, counts, grades, days) come from the policy: no feature writes one down. */
    @Test
    void theSchemesThresholdsLiveInThePolicyNotInTheFeatures() {
        DescribedPredicate<JavaField> aNumber = DescribedPredicate.describe("a number",
                field -> NUMBERS.contains(field.getRawType().getName()));
        noFields().that().areStatic().and().areFinal().and(aNumber)
                .should().beDeclaredInClassesThat().resideInAnyPackage(FEATURES)
                .check(PRODUCT);
    }

    @Test
    void theRulesStayFreeOfFrameworksAndOfTheService() {
        noClasses().that().resideInAPackage("cn.nengshang.policy..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.springframework..", "org.axonframework..", "jakarta..", "cn.nengshang.ledger..")
                .check(PRODUCT);
    }

    @Test
    void messagesDependOnNoRole() {
        noClasses().that().resideInAPackage("cn.nengshang..api..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "cn.nengshang..command..", "cn.nengshang..query..", "cn.nengshang..web..", "cn.nengshang..config..")
                .check(PRODUCT);
    }

    @Test
    void aggregatesAreReachedOnlyThroughCommands() {
        noClasses().that().resideOutsideOfPackage("cn.nengshang..command..")
                .should().dependOnClassesThat().resideInAPackage("cn.nengshang..command..")
                .check(PRODUCT);
        classes().that().areAnnotatedWith(Aggregate.class).should().notBePublic().check(PRODUCT);
    }

    @Test
    void readModelsNeverDecide() {
        noClasses().that().resideInAPackage("cn.nengshang..command..")
                .should().dependOnClassesThat().resideInAnyPackage("cn.nengshang..query..", "cn.nengshang..web..")
                .check(PRODUCT);
    }

    /** The console acts and reads through the product's HTTP API only: no check, query or command of its own. */
    @Test
    void theConsoleReachesTheRecordOnlyThroughTheApi() {
        noClasses().that().resideInAPackage("cn.nengshang.ledger.console..")
                .should().dependOnClassesThat().resideInAnyPackage("cn.nengshang..query..", "cn.nengshang..command..",
                        "org.axonframework..", "org.springframework.jdbc..", "jakarta.persistence..")
                .check(PRODUCT);
        noClasses().that().resideInAPackage("cn.nengshang.ledger.console..")
                .should().dependOnClassesThat(JavaClass.Predicates.resideInAPackage("cn.nengshang.ledger..web..")
                        .and(DescribedPredicate.not(JavaClass.Predicates.resideInAPackage("cn.nengshang.ledger.common.web.."))))
                .check(PRODUCT);
    }

    @Test
    void controllersDoNotReachTheEventStore() {
        noClasses().that().resideInAPackage("cn.nengshang..web..")
                .should().dependOnClassesThat().resideInAPackage("org.axonframework.eventsourcing..")
                .check(PRODUCT);
    }
}
