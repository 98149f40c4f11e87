package nl.keukentafel.sync.client;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The sync client is the protocol and nothing else (ADR 0002): no screens, no SQL, no vault. */
@AnalyzeClasses(packages = "nl.keukentafel.sync.client", importOptions = ImportOption.DoNotIncludeTests.class)
class SyncClientArchitectureTest {
    @ArchTest
    static final ArchRule NO_JAVAFX_NO_SQL = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.sql..", "org.sqlite..")
            .because("the protocol runs headless and never sees storage: the app's vault implements LocalReplica");
}
