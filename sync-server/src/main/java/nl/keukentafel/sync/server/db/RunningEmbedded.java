package nl.keukentafel.sync.server.db;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.OptionalInt;

/**
 * Finds an embedded PostgreSQL that a running server owns, so an admin command can use it while the server runs.
 * The owning server holds a file lock on {@code epg-lock}; PostgreSQL writes its port on line 4 of
 * {@code postmaster.pid}. Stateless; thread-safe.
 */
final class RunningEmbedded {
    private static final String LOCK_FILE = "epg-lock";
    private static final int PORT_LINE = 3;

    private RunningEmbedded() {
    }

    /** The port of a postmaster owned by another live process, or empty when nobody holds the data directory. */
    static OptionalInt port(Path pgData) throws IOException {
        Path lockFile = pgData.resolve(LOCK_FILE);
        Path pidFile = pgData.resolve("postmaster.pid");
        if (!Files.exists(lockFile) || !Files.exists(pidFile) || !heldByAnother(lockFile)) {
            return OptionalInt.empty();
        }
        List<String> lines = Files.readAllLines(pidFile);
        try {
            return lines.size() > PORT_LINE ? OptionalInt.of(Integer.parseInt(lines.get(PORT_LINE).trim())) : OptionalInt.empty();
        } catch (NumberFormatException unreadable) {
            return OptionalInt.empty();
        }
    }

    private static boolean heldByAnother(Path lockFile) throws IOException {
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                return true;
            }
            lock.release();
            return false;
        } catch (OverlappingFileLockException heldHere) {
            return true;
        }
    }
}
