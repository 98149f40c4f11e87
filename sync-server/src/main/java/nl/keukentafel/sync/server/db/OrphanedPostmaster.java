package nl.keukentafel.sync.server.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The embedded PostgreSQL runs as its own process. When the server was killed (kill -9, power cut) that process
 * lives on and holds the data directory, so the next start would fail. This stops such a postmaster first, after
 * checking that the pid in {@code postmaster.pid} really is a postgres process. Stateless; thread-safe.
 */
final class OrphanedPostmaster {
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private OrphanedPostmaster() {
    }

    static void stopIfRunning(Path pgData) throws IOException {
        Path pidFile = pgData.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.isEmpty()) {
            return;
        }
        long pid;
        try {
            pid = Long.parseLong(lines.get(0).trim());
        } catch (NumberFormatException ignored) {
            return;
        }
        Optional<ProcessHandle> process = ProcessHandle.of(pid).filter(OrphanedPostmaster::isPostgres);
        if (process.isEmpty()) {
            return;
        }
        // SIGTERM is PostgreSQL's "smart" shutdown; the dead server's connections are gone, so it exits promptly.
        process.get().destroy();
        try {
            process.get().onExit().get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while stopping an orphaned postmaster " + pid, interrupted);
        } catch (ExecutionException | TimeoutException failure) {
            throw new IOException("could not stop the orphaned postmaster " + pid, failure);
        }
    }

    private static boolean isPostgres(ProcessHandle process) {
        return process.info().command().map(command -> Path.of(command).getFileName().toString().startsWith("postgres"))
            .orElse(false);
    }
}
