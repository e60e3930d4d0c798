package cn.nengshang.ledger.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.axonframework.spring.stereotype.Aggregate;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The module and feature boundaries the architecture relies on. */
class BoundariesTest {

    private static final JavaClasses PRODUCT = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("cn.nengshang");

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

    @Test
    void controllersDoNotReachTheEventStore() {
        noClasses().that().resideInAPackage("cn.nengshang..web..")
                .should().dependOnClassesThat().resideInAPackage("org.axonframework.eventsourcing..")
                .check(PRODUCT);
    }
}
