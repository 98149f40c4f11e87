package nl.keukentafel.sync.server;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** What the server may depend on: no display, no client or app code. */
@AnalyzeClasses(packages = "nl.keukentafel.sync.server", importOptions = ImportOption.DoNotIncludeTests.class)
class ServerArchitectureTest {
    @ArchTest
    static final ArchRule NO_JAVAFX = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("javafx..")
            .because("the server runs headless on a machine without a display");

    @ArchTest
    static final ArchRule NO_CLIENT_OR_APP_CODE = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("nl.keukentafel.sync.client..", "nl.keukentafel.store..",
                    "nl.keukentafel.logic..", "nl.keukentafel.gui..")
            .because("the server and the client meet only in the wire format (docs/api/openapi.yaml), so either can change"
                    + " its insides without the other");
}
