package nl.keukentafel;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
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
    static final ArchRule THE_CLI_KNOWS_NO_SCREENS = noClasses()
            .that().resideInAPackage("nl.keukentafel.cli..")
            .should().dependOnClassesThat().resideInAPackage("nl.keukentafel.gui..")
            .because("the command line drives the same use cases as the screens and must run without them (and without a display);"
                    + " what both need belongs in logic");

    /**
     * Every package its own slice, however deep (gui.intake and gui.intake.safety are two). The composition root has a
     * package of its own (logic.session): it builds the services of logic.intake, logic.genogram, logic.plan and the
     * rest, which use the core of logic (Autosaver, DossierService, Dossier) — a layering, not a cycle.
     */
    static final SliceAssignment EVERY_PACKAGE = new SliceAssignment() {
        private static final String APP = "nl.keukentafel";

        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
            String packageName = javaClass.getPackageName();
            if (!packageName.equals(APP) && !packageName.startsWith(APP + ".")) {
                return SliceIdentifier.ignore();
            }
            return SliceIdentifier.of(packageName.equals(APP) ? "(launcher)" : packageName.substring(APP.length() + 1));
        }

        @Override
        public String getDescription() {
            return "every package of the app";
        }
    };

    @ArchTest
    static final ArchRule NO_CYCLES_BETWEEN_SUB_PACKAGES = slices().assignedFrom(EVERY_PACKAGE)
            .should().beFreeOfCycles()
            .because("a feature package and its parts form a tree: gui.intake uses its sections, the sections share"
                    + " gui.intake.common, never the reverse; genogram and ecogram share gui.drawing; logic's sub-packages"
                    + " use its core and only the composition root uses them. A cycle means one cannot be read, tested or"
                    + " moved without the other");

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
