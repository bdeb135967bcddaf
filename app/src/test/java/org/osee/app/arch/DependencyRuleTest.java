package org.osee.app.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Keeps the direction of dependencies of DESIGN.md: app → connectors → bot-core → knowledge, platforms boxed in. */
class DependencyRuleTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importProductionClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.osee");
    }

    @Test
    void knowledge_depends_on_no_other_module() {
        noClasses().that().resideInAPackage("org.osee.knowledge..")
                .should().dependOnClassesThat().resideInAnyPackage("org.osee.bot..", "org.osee.connectors..", "org.osee.app..")
                .check(classes);
    }

    @Test
    void bot_core_depends_only_on_knowledge() {
        noClasses().that().resideInAPackage("org.osee.bot..")
                .should().dependOnClassesThat().resideInAnyPackage("org.osee.connectors..", "org.osee.app..")
                .check(classes);
    }

    @Test
    void connectors_do_not_depend_on_app() {
        noClasses().that().resideInAPackage("org.osee.connectors..")
                .should().dependOnClassesThat().resideInAPackage("org.osee.app..")
                .check(classes);
    }

    @Test
    void bot_core_uses_no_platform_or_web_library() {
        noClasses().that().resideInAPackage("org.osee.bot..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.mail..", "net.dv8tion..",
                        "org.telegram..", "io.javalin..", "org.eclipse.jetty..", "picocli..", "okhttp3..",
                        "com.fasterxml.jackson.dataformat.yaml..", "io.micrometer..", "org.openqa..")
                .check(classes);
    }

    @Test
    void mail_types_stay_in_the_email_connector() {
        noClasses().that().resideOutsideOfPackage("org.osee.connectors.email..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.mail..", "org.eclipse.angus..")
                .check(classes);
    }

    @Test
    void discord_and_telegram_types_stay_in_their_connector() {
        noClasses().that().resideOutsideOfPackage("org.osee.connectors.discord..")
                .should().dependOnClassesThat().resideInAPackage("net.dv8tion..")
                .allowEmptyShould(true)
                .check(classes);
        noClasses().that().resideOutsideOfPackage("org.osee.connectors.telegram..")
                .should().dependOnClassesThat().resideInAPackage("org.telegram..")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void connector_packages_do_not_import_each_other() {
        String[] connectors = {"email", "discord", "telegram"};
        for (String connector : connectors) {
            String[] others = java.util.Arrays.stream(connectors).filter(c -> !c.equals(connector))
                    .map(c -> "org.osee.connectors." + c + "..").toArray(String[]::new);
            noClasses().that().resideInAPackage("org.osee.connectors." + connector + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(others)
                    .allowEmptyShould(true)
                    .check(classes);
        }
    }

    @Test
    void configuration_sections_in_connectors_carry_no_framework_annotations() {
        noClasses().that().resideInAPackage("org.osee.connectors..")
                .should().dependOnClassesThat().resideInAnyPackage("com.fasterxml.jackson.annotation..")
                .allowEmptyShould(true)
                .check(classes);
    }
}
