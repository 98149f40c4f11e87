package nl.keukentafel;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.nio.file.Path;
import nl.keukentafel.store.Database;

/** The direction of dependencies (STYLE.md point 1): the UI depends on the domain and the store, never the reverse. */
@AnalyzeClasses(packages = "nl.keukentafel", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    @ArchTest
    static final ArchRule NO_JAVAFX_BELOW_THE_GUI = noClasses()
            .that().resideInAnyPackage("..model..", "..store..", "..logic..", "..i18n..", "..cli..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..")
            .because("the domain, the vault, the use cases, the texts and the CLI must run without a display and be testable"
                    + " with plain JUnit; only the GUI knows JavaFX");

    @ArchTest
    static final ArchRule MODEL_STANDS_ALONE = noClasses()
            .that().resideInAPackage("nl.keukentafel.model..")
            .should().dependOnClassesThat(resideInAPackage("nl.keukentafel..").and(not(resideInAPackage("nl.keukentafel.model.."))))
            .because("the domain model is the innermost layer: every other part may use it, it uses none of them");

    @ArchTest
    static final ArchRule MODEL_HAS_NO_JDBC = noClasses()
            .that().resideInAPackage("nl.keukentafel.model..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.sqlite..")
            .because("storage is the vault's concern; the model holds values and checks only (see its package-info)");

    @ArchTest
    static final ArchRule STORE_KNOWS_NO_USE_CASES_OR_SCREENS = noClasses()
            .that().resideInAPackage("nl.keukentafel.store..")
            .should().dependOnClassesThat().resideInAnyPackage("nl.keukentafel.logic..", "nl.keukentafel.gui..",
                    "nl.keukentafel.cli..")
            .because("the vault is used by the use cases and the front ends, never the reverse (ADR 0001)");

    @ArchTest
    static final ArchRule LOGIC_KNOWS_NO_FRONT_END = noClasses()
            .that().resideInAPackage("nl.keukentafel.logic..")
            .should().dependOnClassesThat().resideInAnyPackage("nl.keukentafel.gui..", "nl.keukentafel.cli..")
            .because("the GUI and the CLI both drive the same use cases; the use cases must not know which one does");

    @ArchTest
    static final ArchRule NO_PACKAGE_CYCLES = slices().matching("nl.keukentafel.(*)..")
            .should().beFreeOfCycles()
            .because("cycles between packages make layers impossible to test or replace one at a time");

    @ArchTest
    static final ArchRule THE_STORE_SPEAKS_NO_HTTP = noClasses()
            .that().resideInAPackage("nl.keukentafel.store..")
            .should().dependOnClassesThat().haveFullyQualifiedName("nl.keukentafel.sync.client.SyncApi")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("nl.keukentafel.sync.client.SyncEngine")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("nl.keukentafel.sync.client.SyncLoop")
            .orShould().dependOnClassesThat().resideInAnyPackage("java.net.http..")
            .because("the vault is a sync replica (the protocol's payloads and LocalReplica) but never talks to a server;"
                    + " rounds, retries and HTTP belong to sync-client, driven by the use cases (ADR 0002)");

    @ArchTest
    static final ArchRule PLAINTEXT_DATABASE_ONLY_FOR_THE_BENCHMARK = noClasses()
            .that().resideOutsideOfPackage("..bench..")
            .should().callMethod(Database.class, "openUnencryptedForBenchmark", Path.class)
            .because("a plaintext database would expose every family's data on a lost laptop; only the benchmark's"
                    + " baseline may measure what encryption costs (ADR 0001)");
}
