package nl.keukentafel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import nl.keukentafel.logic.Session;
import nl.keukentafel.logic.SessionManager;
import nl.keukentafel.logic.intake.DomainLists;
import nl.keukentafel.logic.plan.Parties;
import nl.keukentafel.logic.plan.PlanService;
import nl.keukentafel.model.Contact;
import nl.keukentafel.model.FieldCheck;
import nl.keukentafel.model.Member;
import nl.keukentafel.model.RecordKind;
import nl.keukentafel.model.RecordRef;
import nl.keukentafel.model.plan.Action;
import nl.keukentafel.model.plan.Closure;
import nl.keukentafel.model.plan.Goal;
import nl.keukentafel.model.plan.OwnerKind;
import nl.keukentafel.model.plan.Plan;
import nl.keukentafel.model.plan.PlanIds;
import nl.keukentafel.store.StoredRecord;
import nl.keukentafel.store.TestVaults;
import nl.keukentafel.store.VaultLocation;
import nl.keukentafel.store.crypto.KdfParams;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code plan show|export|import} on a real vault: an import is checked whole, changes nothing when wrong (exit 13). */
class PlanCliTest {
    private static final String GOAL = "Daan gaat weer elke dag naar school";
    @TempDir
    Path directory;
    private Path vault;
    private Path passphraseFile;
    private UUID dossier;
    private UUID anna;
    private UUID version;

    @BeforeEach
    void vaultWithAnAgreedPlan() throws Exception {
        vault = directory.resolve("kluis");
        passphraseFile = directory.resolve("wachtwoordzin.txt");
        Files.writeString(passphraseFile, TestVaults.PASSPHRASE + "\n");
        SessionManager manager = new SessionManager(new VaultLocation(vault), Clock.systemUTC(), KdfParams.FAST_FOR_TESTS);
        Session session = manager.create(TestVaults.passphrase(), TestVaults.passphrase(), TestVaults.CONSULTANT);
        dossier = session.caseload().createFamily("Gezin Bakker").join();
        anna = session.vault().records().create(RecordKind.MEMBER, dossier, Map.of(Member.Field.GIVEN_NAME, "Anna",
                Member.Field.FAMILY_NAME, "Bakker", Member.Field.ROLE, "PARENT", Member.Field.BIRTH_DATE, "14-03-1986")).join().id();
        UUID school = session.vault().records().create(RecordKind.CONTACT, dossier, Map.of(Contact.Field.NAME, "Meester Jansen",
                Contact.Field.PROFESSIONAL, true)).join().id();
        session.intake().start(dossier, DomainLists.defaultList(), "01-11-2026").join();
        PlanService plan = session.plan();
        plan.start(dossier).join();
        session.vault().records().patch(PlanIds.plan(dossier), Map.of(Plan.Field.STARTED_ON, "01-11-2026",
                Plan.Field.PROBLEM_ANALYSIS, "Schoolverzuim en schulden")).join();
        RecordRef goal = plan.addGoal(dossier, GOAL).join();
        session.vault().records().patch(goal, Map.of(Goal.Field.DOMAIN_CODES, List.of("financien"))).join();
        RecordRef action = plan.addAction(dossier, goal.id()).join();
        session.vault().records().patch(action, Map.of(Action.Field.OWNER_KIND, OwnerKind.CONTACT.name(), Action.Field.OWNER_ID, school,
                Action.Field.WHAT, "Belt bij afwezigheid", Action.Field.DUE_DATE, "15-11-2026")).join();
        version = plan.agree(dossier, "05-11-2026", Parties.expected(plan.read(dossier), plan.today()), 6).join().id();
        manager.lock();
    }

    private String[] vaultArgs(String... command) {
        String[] args = new String[command.length + 4];
        System.arraycopy(command, 0, args, 0, command.length);
        args[command.length] = "--vault";
        args[command.length + 1] = vault.toString();
        args[command.length + 2] = "--passphrase-file";
        args[command.length + 3] = passphraseFile.toString();
        return args;
    }

    private <T> T inVault(Function<Session, T> work) throws Exception {
        SessionManager manager = new SessionManager(new VaultLocation(vault), Clock.systemUTC(), KdfParams.FAST_FOR_TESTS);
        try {
            return work.apply(manager.unlock(TestVaults.passphrase()));
        } finally {
            manager.lock();
        }
    }

    private String stored() throws Exception {
        return inVault(session -> session.vault().records().dossierRecords(dossier).stream()
                .map(record -> record.ref().id() + record.body().toString()).sorted().toList().toString());
    }

    private CliRunner.Result importFile(String name, String content) throws Exception {
        Path file = directory.resolve(name);
        Files.writeString(file, content);
        return CliRunner.dutch(vaultArgs("plan", "import", "--dossier", dossier.toString(), "--file", file.toString()));
    }

    /** The file with only the live plan's analysis changed (the agreed version keeps its own copy). */
    private static String withAnalysis(String exported, String analysis) throws Exception {
        com.fasterxml.jackson.databind.node.ObjectNode root = (com.fasterxml.jackson.databind.node.ObjectNode)
                nl.keukentafel.store.RecordMapper.json().readTree(exported);
        ((com.fasterxml.jackson.databind.node.ObjectNode) root.get("plan")).put(Plan.Field.PROBLEM_ANALYSIS, analysis);
        return root.toPrettyString();
    }

    @Test
    void showPrintsTheAgreedVersionWithNamesFromTheDossier() {
        CliRunner.Result show = CliRunner.dutch(vaultArgs("plan", "show", "--dossier", dossier.toString()));

        assertThat(show.exitCode()).as(show.err()).isZero();
        assertThat(show.out()).contains("Werkplan Gezin Bakker", "Versie 1, akkoord op 05-11-2026", "Anna Bakker (Ouder)",
                "1. " + GOAL + " (Voorgesteld)", "Meester Jansen: Belt bij afwezigheid · 15-11-2026 · Nog niet begonnen",
                "Probleemanalyse: Schoolverzuim en schulden", "Zelfredzaamheid (uit de intake)");
    }

    @Test
    void exportThenImportTheSameFileKeepsTheAgreedVersion() throws Exception {
        Path file = directory.resolve("werkplan.json");
        CliRunner.Result export = CliRunner.dutch(vaultArgs("plan", "export", "--dossier", dossier.toString(), "--out", file.toString()));
        assertThat(export.exitCode()).as(export.err()).isZero();
        assertThat(export.out()).contains("niet versleuteld").doesNotContain("Anna");
        String exported = Files.readString(file);
        assertThat(exported).contains("\"format\" : \"keukentafel-plan\"", GOAL, version.toString());
        String before = inVault(session -> session.vault().records().find(version).map(StoredRecord::body).orElseThrow().toString());

        CliRunner.Result imported = importFile("opnieuw.json", withAnalysis(exported, "Schoolverzuim"));

        assertThat(imported.exitCode()).as(imported.out() + imported.err()).isZero();
        String analysis = inVault(session -> session.plan().read(dossier).plan().orElseThrow().problemAnalysis());
        String after = inVault(session -> session.vault().records().find(version).map(StoredRecord::body).orElseThrow().toString());
        assertThat(analysis).isEqualTo("Schoolverzuim");
        assertThat(after).isEqualTo(before);
    }

    @Test
    void aWrongFileIsRefusedWholeWithExitThirteenAndChangesNothing() throws Exception {
        Path file = directory.resolve("werkplan.json");
        CliRunner.dutch(vaultArgs("plan", "export", "--dossier", dossier.toString(), "--out", file.toString()));
        String exported = Files.readString(file);
        String before = stored();
        String stranger = UUID.randomUUID().toString();

        CliRunner.Result wrong = importFile("fout.json", exported.replace("Schoolverzuim en schulden", "overschreven")
                .replace("\"financien\"", "\"sterrenkunde\"").replace("\"15-11-2026\"", "\"31-10-2026\"")
                .replaceFirst("\"text\" : \"" + GOAL + "\"", "\"text\" : \"" + GOAL + "\", \"memberIds\" : [ \"" + stranger + "\" ]"));
        CliRunner.Result malformed = importFile("kapot.json", exported.substring(0, exported.length() / 2));
        CliRunner.Result badDate = importFile("datum.json", exported.replace("\"15-11-2026\"", "\"31-11-2026\""));
        CliRunner.Result frozen = importFile("bevroren.json", exported.replace("\"agreedOn\" : \"05-11-2026\"",
                "\"agreedOn\" : \"06-11-2026\""));

        assertThat(List.of(wrong, malformed, badDate, frozen)).extracting(CliRunner.Result::exitCode).containsOnly(13);
        assertThat(wrong.out()).contains("leefgebied sterrenkunde staat niet in de lijst van de intake",
                "noemt een gezinslid dat niet in dit dossier staat", "de actie moet klaar zijn vóór het werkplan begon");
        assertThat(wrong.out() + wrong.err()).doesNotContain("overschreven").doesNotContain("Anna");
        assertThat(wrong.errorLine()).endsWith("Er is niets veranderd.");
        assertThat(malformed.out()).contains("geen geldige JSON");
        assertThat(badDate.out()).contains("\"dueDate\" is geen datum");
        assertThat(frozen.out()).contains("akkoordversie bestaat al en wijkt af");
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void aClosedDossierRefusesAnImportAndAMissingPlanIsExitFourteen() throws Exception {
        Path file = directory.resolve("werkplan.json");
        CliRunner.dutch(vaultArgs("plan", "export", "--dossier", dossier.toString(), "--out", file.toString()));
        String exported = Files.readString(file);
        inVault(session -> {
            RecordRef closure = session.plan().prepareClosure(dossier).join();
            return session.vault().records().patch(closure, Map.of(Closure.Field.CLOSED, true,
                    Closure.Field.CLOSED_ON, FieldCheck.write(LocalDate.now()))).join();
        });
        String before = stored();

        CliRunner.Result closed = importFile("dicht.json", withAnalysis(exported, "anders"));
        UUID empty = inVault(session -> session.caseload().createFamily("Gezin Zonder Plan").join());
        CliRunner.Result none = CliRunner.dutch(vaultArgs("plan", "show", "--dossier", empty.toString()));

        assertThat(closed.exitCode()).isEqualTo(13);
        assertThat(closed.out()).contains("Dit dossier is afgesloten");
        assertThat(stored()).isEqualTo(before);
        assertThat(none.exitCode()).isEqualTo(ExitCode.DOSSIER_NOT_FOUND.code());
        assertThat(none.errorLine()).contains("nog niet begonnen");

        Path intakeFile = directory.resolve("intake.json");
        assertThat(CliRunner.dutch(vaultArgs("intake", "export", "--dossier", dossier.toString(), "--out", intakeFile.toString()))
                .exitCode()).isZero();
        CliRunner.Result intake = CliRunner.dutch(vaultArgs("intake", "import", "--dossier", dossier.toString(), "--file",
                intakeFile.toString()));
        assertThat(intake.exitCode()).isEqualTo(ExitCode.IMPORT_REFUSED.code());
        assertThat(intake.errorLine()).startsWith("Dit dossier is afgesloten en kan niet worden gewijzigd");
        assertThat(stored()).isEqualTo(before);
    }
}
