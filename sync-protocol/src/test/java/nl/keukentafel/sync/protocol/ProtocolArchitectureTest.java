package nl.keukentafel.sync.protocol;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "nl.keukentafel.sync.protocol", importOptions = ImportOption.DoNotIncludeTests.class)
class ProtocolArchitectureTest {
    @ArchTest
    static final ArchRule DEFINITION_ONLY = noClasses()
        .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.net.http..", "com.sun.net.httpserver..", "java.sql..")
        .because("the protocol is the one definition both sides share: records, codes and JSON, never a transport or storage");
}
