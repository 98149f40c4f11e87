package nl.keukentafel.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.Callable;
import nl.keukentafel.logic.Session;
import nl.keukentafel.logic.SessionManager;
import nl.keukentafel.logic.genogram.GenogramState;
import nl.keukentafel.logic.genogram.export.DossierPictures;
import nl.keukentafel.logic.genogram.export.ExportFormat;
import nl.keukentafel.store.VaultException;
import nl.keukentafel.store.VaultLocation;
import nl.keukentafel.store.crypto.KdfParams;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code genogram export}: draws a dossier's genogram (or with {@code --ecogram} its ecogram) and writes it as SVG,
 * PDF or PNG. Reading a dossier to take it out of the vault is recorded in the audit log ("export", with the
 * format, never content). The file appears whole or not at all. Not thread-safe (one run per instance).
 */
@Command(name = "export")
final class GenogramExportCommand implements Callable<Integer> {
    private final CliContext context;

    @Mixin
    private VaultOptions vault;

    @Option(names = "--dossier", required = true, paramLabel = "ID", descriptionKey = "cli.option.dossier")
    private String dossier;

    @Option(names = "--format", required = true, paramLabel = "svg|pdf|png", descriptionKey = "cli.option.format")
    private String format;

    @Option(names = "--out", required = true, paramLabel = "FILE", descriptionKey = "cli.option.out")
    private Path out;

    @Option(names = "--ecogram", descriptionKey = "cli.option.ecogram")
    private boolean ecogram;

    GenogramExportCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws CliFailure {
        ExportFormat chosen = ExportFormat.named(format)
                .orElseThrow(() -> new CliFailure(ExitCode.USAGE, "cli.genogram.error.format", format));
        UUID dossierId = dossierId();
        VaultLocation location = vault.location();
        if (!location.hasAnyVaultFile()) {
            throw new CliFailure(ExitCode.VAULT_NOT_FOUND, "cli.error.vaultNotFound", location.directory());
        }
        SessionManager manager = CliSessions.manager(location, context.clock(), KdfParams.DEFAULT);
        try {
            Session session = manager.unlock(vault.passphrase());
            GenogramState state = read(session, dossierId);
            LocalDate today = LocalDate.now(context.clock());
            session.exports().write(dossierId, (ecogram ? "ecogram " : "genogram ") + chosen.extension(), out,
                    stream -> new DossierPictures(context.text()::get)
                            .write(state, today, ecogram, chosen, context.text().locale(), stream));
            context.say(ecogram ? "cli.genogram.doneEcogram" : "cli.genogram.done", out);
            if (state.unreadable() > 0) {
                context.say("genogram.unreadable", state.unreadable());
            }
            return ExitCode.OK.code();
        } catch (VaultException failure) {
            throw VaultFailures.of(failure, vault);
        } catch (IOException failure) {
            throw ExportFile.failure(failure, out);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new CliFailure(ExitCode.UNEXPECTED, "cli.error.unexpected", "InterruptedException");
        } finally {
            manager.lock();
        }
    }

    private UUID dossierId() throws CliFailure {
        try {
            return UUID.fromString(dossier.strip());
        } catch (IllegalArgumentException notAnId) {
            throw new CliFailure(ExitCode.USAGE, "cli.genogram.error.dossierId");
        }
    }

    private static GenogramState read(Session session, UUID dossierId) throws CliFailure {
        try {
            return session.genogram().read(dossierId);
        } catch (IllegalArgumentException missing) {
            throw new CliFailure(ExitCode.DOSSIER_NOT_FOUND, "cli.genogram.error.noDossier", dossierId);
        }
    }
}
