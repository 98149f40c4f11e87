package nl.keukentafel.cli;

import java.net.URI;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import nl.keukentafel.logic.session.Session;
import nl.keukentafel.logic.session.SessionManager;
import nl.keukentafel.logic.sync.SyncService;
import nl.keukentafel.store.VaultException;
import nl.keukentafel.store.VaultLocation;
import nl.keukentafel.store.crypto.KdfParams;
import nl.keukentafel.store.crypto.Secrets;
import nl.keukentafel.sync.client.ServerAddress;
import nl.keukentafel.sync.client.SyncApi;
import nl.keukentafel.sync.client.SyncException;
import nl.keukentafel.sync.client.SyncStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code sync}: links a vault to a sync server (with {@code --server}, {@code --user} and {@code --password-file}) or
 * uses the link it already has, runs one round (push, then pull) and prints the outcome as counts. The refresh token
 * stays inside the vault, so the app opened on it afterwards syncs by itself. Not thread-safe (one run per instance).
 */
@Command(name = "sync")
final class SyncCommand implements Callable<Integer> {
    private static final long ROUND_TIMEOUT_MINUTES = 10;

    private final CliContext context;

    @Mixin
    private VaultOptions vault;

    @Option(names = "--server", paramLabel = "URL", descriptionKey = "cli.option.server")
    private String server;

    @Option(names = "--user", paramLabel = "NAME", descriptionKey = "cli.option.user")
    private String user;

    @Option(names = "--password-file", paramLabel = "FILE", descriptionKey = "cli.option.passwordFile")
    private Path passwordFile;

    SyncCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws CliFailure {
        VaultLocation location = vault.location();
        if (!location.hasAnyVaultFile()) {
            throw new CliFailure(ExitCode.VAULT_NOT_FOUND, "cli.error.vaultNotFound", location.directory());
        }
        boolean linking = server != null || user != null || passwordFile != null;
        if (linking && (server == null || user == null || passwordFile == null)) {
            throw new CliFailure(ExitCode.USAGE, "cli.sync.error.linkOptions");
        }
        URI address = linking ? address(server) : null;
        SessionManager manager = CliSessions.manager(location, context.clock(), KdfParams.DEFAULT);
        try {
            Session session = manager.unlock(vault.passphrase());
            SyncService sync = session.sync();
            if (linking) {
                char[] password = PassphraseFile.read(passwordFile);
                try {
                    sync.login(address, user.strip(), password);
                } finally {
                    Secrets.wipe(password);
                }
            } else if (sync.settings().isEmpty()) {
                throw new CliFailure(ExitCode.SYNC_FAILED, "cli.sync.error.notLinked");
            } else {
                // A link stored before the address rule existed must not send the refresh token in clear either.
                address(sync.settings().get().serverUrl().toString());
            }
            SyncStatus status = sync.syncRound().get(ROUND_TIMEOUT_MINUTES, TimeUnit.MINUTES);
            context.say("cli.sync.done", sync.settings().map(SyncService.Settings::serverUrl).map(URI::toString).orElse(""),
                status.done(), status.total(), status.conflicts(), status.rejected());
            if (status.refusedRecords() > 0) {
                context.say("cli.sync.refusedRecords", status.refusedRecords());
            }
            return ExitCode.OK.code();
        } catch (VaultException failure) {
            throw VaultFailures.of(failure, vault);
        } catch (SyncException failure) {
            throw failed(failure);
        } catch (ExecutionException failure) {
            if (failure.getCause() instanceof SyncException syncFailure) {
                throw failed(syncFailure);
            }
            throw new CliFailure(ExitCode.UNEXPECTED, "cli.error.unexpected", failure.getCause().getClass().getSimpleName());
        } catch (TimeoutException slow) {
            throw new CliFailure(ExitCode.SYNC_FAILED, "cli.sync.error.unreachable");
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new CliFailure(ExitCode.UNEXPECTED, "cli.error.unexpected", "InterruptedException");
        } finally {
            manager.lock();
        }
    }

    /** The sync client's one address rule; plain http to another computer would send the password in clear. */
    private static URI address(String text) throws CliFailure {
        ServerAddress.Parsed parsed = ServerAddress.parse(text);
        if (parsed.refused().isPresent()) {
            throw parsed.refused().get() == ServerAddress.Refusal.PLAIN_HTTP_NOT_LOCAL
                    ? new CliFailure(ExitCode.INSECURE_SERVER, "cli.sync.error.plainHttp")
                    : new CliFailure(ExitCode.USAGE, "cli.sync.error.badServer");
        }
        return parsed.accepted().uri();
    }

    private static CliFailure failed(SyncException failure) {
        if (SyncApi.CERTIFICATE_REFUSED.equals(failure.code())) {
            return new CliFailure(ExitCode.SYNC_FAILED, "cli.sync.error.certificate");
        }
        String key = switch (failure.kind()) {
            case UNREACHABLE -> "cli.sync.error.unreachable";
            case SERVER_TROUBLE -> "cli.sync.error.serverTrouble";
            case UNAUTHORIZED -> "cli.sync.error.unauthorized";
            case CLIENT_TOO_OLD -> "cli.sync.error.clientTooOld";
            case REFUSED -> "cli.sync.error.refused";
        };
        return new CliFailure(ExitCode.SYNC_FAILED, key, failure.code());
    }
}
