package nl.keukentafel.cli;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import nl.keukentafel.logic.Session;
import nl.keukentafel.logic.SessionManager;
import nl.keukentafel.logic.demo.DemoData;
import nl.keukentafel.logic.demo.DemoFamily;
import nl.keukentafel.logic.demo.DemoPhase;
import nl.keukentafel.logic.demo.DemoWriter;
import nl.keukentafel.store.VaultException;
import nl.keukentafel.store.VaultLocation;
import nl.keukentafel.store.crypto.KdfParams;
import nl.keukentafel.store.crypto.Secrets;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code demo}: creates a NEW vault filled with fictional families, for trying the app and for training. It
 * never touches an existing vault. Not thread-safe (one run per instance).
 */
@Command(name = "demo")
final class DemoCommand implements Callable<Integer> {
    static final long SEED = 20_261_124L;
    static final int MAXIMUM_FAMILIES = 10_000;

    private final CliContext context;

    @Mixin
    private VaultOptions vault;

    @Option(names = "--families", paramLabel = "N", defaultValue = "5", descriptionKey = "cli.option.families")
    private int families;

    @Option(names = "--consultant", paramLabel = "NAME", defaultValue = "Demo Consulent", descriptionKey = "cli.option.consultant")
    private String consultant;

    /** Cheap key derivation, for tests that create many vaults; a vault made so is weakly protected. */
    @Option(names = "--fast-kdf", hidden = true)
    private boolean fastKdf;

    DemoCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws CliFailure {
        VaultLocation location = vault.location();
        if (location.hasAnyVaultFile()) {
            throw new CliFailure(ExitCode.VAULT_EXISTS, "cli.error.vaultExists", location.directory());
        }
        if (families < 1 || families > MAXIMUM_FAMILIES) {
            throw new CliFailure(ExitCode.USAGE, "cli.error.familiesRange", MAXIMUM_FAMILIES);
        }
        if (consultant.isBlank()) {
            throw new CliFailure(ExitCode.USAGE, "cli.error.consultantBlank");
        }
        SessionManager manager = new SessionManager(location, context.clock(), fastKdf ? KdfParams.FAST_FOR_TESTS : KdfParams.DEFAULT);
        char[] passphrase = vault.passphrase();
        char[] confirmation = passphrase.clone();
        try {
            Session session = manager.create(passphrase, confirmation, consultant.strip());
            LocalDate today = LocalDate.now(context.clock());
            List<DemoFamily> made = new DemoData(SEED, today, consultant.strip()).families(families);
            DemoWriter writer = new DemoWriter(session);
            // family n is in phase n % 5: a demo vault shows intake only, agreed, evaluated, scaled up and closed
            for (int index = 0; index < made.size(); index++) {
                writer.write(made.get(index), DemoPhase.of(index), today);
            }
        } catch (VaultException failure) {
            throw VaultFailures.of(failure, vault);
        } catch (SessionManager.WeakPassphraseException weak) {
            String reason = context.text().has(weak.weakness().messageKey()) ? context.text().get(weak.weakness().messageKey()) : "";
            throw new CliFailure(ExitCode.WEAK_PASSPHRASE, "cli.error.weakPassphrase", reason);
        } finally {
            Secrets.wipe(passphrase);
            Secrets.wipe(confirmation);
            manager.lock();
        }
        context.say("cli.demo.done", families, location.directory());
        context.say("cli.demo.next", location.directory());
        return ExitCode.OK.code();
    }
}
