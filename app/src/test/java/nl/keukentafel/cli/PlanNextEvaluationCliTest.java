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
import nl.keukentafel.logic.session.Session;
import nl.keukentafel.logic.session.SessionManager;
import nl.keukentafel.model.FieldCheck;
import nl.keukentafel.model.RecordKind;
import nl.keukentafel.model.RecordRef;
import nl.keukentafel.model.plan.Closure;
import nl.keukentafel.model.plan.Plan;
import nl.keukentafel.model.plan.PlanIds;
import nl.keukentafel.store.AuditLog;
import nl.keukentafel.store.TestVaults;
import nl.keukentafel.store.VaultLocation;
import nl.keukentafel.store.crypto.KdfParams;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code plan next-evaluation} on a real vault through the CLI's entry point: the Evaluatie tab's "Volgende evaluatie
 * gepland op" through the same use case, with its refusals in Dutch, a non-zero exit and nothing written.
 */
class PlanNextEvaluationCliTest {
    @TempDir
    Path directory;
    private Path vault;
    private Path passphraseFile;
    private UUID dossier;
    private UUID withoutPlan;

    @BeforeEach
    void vaultWithAStartedPlan() throws Exception {
        vault = directory.resolve("kluis");
        passphraseFile = directory.resolve("wachtwoordzin.txt");
        Files.writeString(passphraseFile, TestVaults.PASSPHRASE + "\n");
        SessionManager manager = new SessionManager(new VaultLocation(vault), Clock.systemUTC(), KdfParams.FAST_FOR_TESTS);
        Session session = manager.create(TestVaults.passphrase(), TestVaults.passphrase(), TestVaults.CONSULTANT);
        dossier = session.caseload().createFamily("Gezin Bakker").join();
        withoutPlan = session.caseload().createFamily("Gezin Zonder Plan").join();
        session.plan().start(dossier).join();
        session.vault().records().patch(PlanIds.plan(dossier), Map.of(Plan.Field.NEXT_EVALUATION_ON, day(14))).join();
        manager.lock();
    }

    /** A day {@code days} from today, as typed (dd-mm-jjjj); the CLI runs on the system clock. */
    private static String day(int days) {
        return FieldCheck.write(LocalDate.now().plusDays(days));
    }

    private CliRunner.Result nextEvaluation(UUID id, String on) {
        return CliRunner.dutch("plan", "next-evaluation", "--dossier", id.toString(), "--on", on,
                "--vault", vault.toString(), "--passphrase-file", passphraseFile.toString());
    }

    private <T> T inVault(Function<Session, T> work) throws Exception {
        SessionManager manager = new SessionManager(new VaultLocation(vault), Clock.systemUTC(), KdfParams.FAST_FOR_TESTS);
        try {
            return work.apply(manager.unlock(TestVaults.passphrase()));
        } finally {
            manager.lock();
        }
    }

    private String planned() throws Exception {
        return inVault(session -> session.plan().read(dossier).plan().orElseThrow().nextEvaluationOn());
    }

    /** Every record of both dossiers and every audit row: what "nothing written" must leave equal. */
    private String everything() throws Exception {
        return inVault(session -> List.of(dossier, withoutPlan).stream()
                .map(id -> session.vault().records().dossierRecords(id).stream()
                        .map(record -> record.ref().id() + "@" + record.version() + record.body()).sorted().toList()
                        + session.vault().audit().forDossier(id).toString())
                .toList().toString());
    }

    @Test
    void movesTheNextEvaluationWithAnAuditRowAndSaysSoWhenNothingChanges() throws Exception {
        CliRunner.Result moved = nextEvaluation(dossier, " " + day(21) + " ");

        assertThat(moved.exitCode()).as(moved.err()).isZero();
        assertThat(moved.out()).contains("De volgende evaluatie van dossier " + dossier + " is gepland op " + day(21) + ".");
        assertThat(planned()).isEqualTo(day(21));
        AuditLog.Entry newest = inVault(session -> session.vault().audit().forDossier(dossier).get(0));
        assertThat(newest).extracting(AuditLog.Entry::action, AuditLog.Entry::kind, AuditLog.Entry::detail, AuditLog.Entry::result)
                .containsExactly("update", RecordKind.PLAN, Plan.Field.NEXT_EVALUATION_ON, "ok");

        String before = everything();
        CliRunner.Result same = nextEvaluation(dossier, day(21));
        CliRunner.Result today = nextEvaluation(dossier, day(0));

        assertThat(same.exitCode()).isZero();
        assertThat(same.out()).contains("stond al op " + day(21) + "; er is niets veranderd.");
        assertThat(today.exitCode()).as("today may be planned: " + today.err()).isZero();
        assertThat(planned()).isEqualTo(day(0));
        assertThat(everything()).isNotEqualTo(before);
    }

    @Test
    void refusesAnUnreadableOrPastDateNoPlanAndAClosedDossierInDutchWritingNothing() throws Exception {
        String before = everything();

        CliRunner.Result impossible = nextEvaluation(dossier, "31-02-2027");
        CliRunner.Result words = nextEvaluation(dossier, "volgende week");
        CliRunner.Result past = nextEvaluation(dossier, day(-1));
        CliRunner.Result noPlan = nextEvaluation(withoutPlan, day(7));
        CliRunner.Result noDate = CliRunner.dutch("plan", "next-evaluation", "--dossier", dossier.toString(),
                "--vault", vault.toString(), "--passphrase-file", passphraseFile.toString());

        assertThat(List.of(impossible, words, past)).extracting(CliRunner.Result::exitCode)
                .containsOnly(ExitCode.IMPORT_REFUSED.code());
        assertThat(impossible.errorLine()).isEqualTo("\"31-02-2027\" is geen datum. Gebruik dd-mm-jjjj. Er is niets veranderd.");
        assertThat(words.errorLine()).startsWith("\"volgende week\" is geen datum.");
        assertThat(past.errorLine()).startsWith("De volgende evaluatie kan niet op " + day(-1) + ": die dag is voorbij.")
                .endsWith("Er is niets veranderd.");
        assertThat(noPlan.exitCode()).isEqualTo(ExitCode.DOSSIER_NOT_FOUND.code());
        assertThat(noPlan.errorLine()).startsWith("Er is nog geen werkplan.");
        assertThat(noDate.exitCode()).isEqualTo(ExitCode.USAGE.code());
        assertThat(everything()).isEqualTo(before);
        assertThat(planned()).isEqualTo(day(14));

        inVault(session -> {
            RecordRef closure = session.plan().prepareClosure(dossier).join();
            return session.vault().records().patch(closure, Map.of(Closure.Field.CLOSED, true,
                    Closure.Field.CLOSED_ON, FieldCheck.write(LocalDate.now()))).join();
        });
        String closedBefore = everything();
        CliRunner.Result closed = nextEvaluation(dossier, day(30));

        assertThat(closed.exitCode()).isEqualTo(ExitCode.IMPORT_REFUSED.code());
        assertThat(closed.errorLine()).startsWith("Dit dossier is afgesloten.").endsWith("Er is niets veranderd.");
        assertThat(everything()).isEqualTo(closedBefore);
        assertThat(planned()).isEqualTo(day(14));
    }

    @Test
    void theHelpIsDutchFirstAndListsTheCommandUnderPlan() {
        CliRunner.Result group = CliRunner.dutch("plan", "--help");
        CliRunner.Result help = CliRunner.dutch("plan", "next-evaluation", "--help");
        CliRunner.Result english = CliRunner.run(nl.keukentafel.i18n.Localization.ENGLISH, "plan", "next-evaluation", "--help");

        assertThat(oneLine(group.out())).contains("next-evaluation", "Plant of verzet de volgende evaluatie van een dossier");
        assertThat(help.exitCode()).isZero();
        assertThat(oneLine(help.out())).contains("--on=DD-MM-JJJJ", "De dag van de volgende evaluatie (dd-mm-jjjj); vandaag of later.");
        assertThat(oneLine(english.out())).contains("Plans or moves a dossier's next evaluation", "today or later");
    }

    /** The help as one line: picocli wraps it at the terminal width. */
    private static String oneLine(String help) {
        return help.replaceAll("\\s+", " ");
    }
}
