package nl.keukentafel.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import nl.keukentafel.store.crypto.KeyFile;

/** Reads and atomically replaces {@code vault.key}. Stateless; callers serialise writes. */
final class KeyFileStore {
    private KeyFileStore() {
    }

    static KeyFile read(VaultLocation location) throws VaultException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(location.keyFile());
        } catch (NoSuchFileException missing) {
            throw new VaultException(Files.exists(location.database()) ? VaultException.Reason.KEY_FILE_MISSING
                    : VaultException.Reason.NOT_FOUND, "key file", missing);
        } catch (IOException unreadable) {
            throw new VaultException(VaultException.Reason.IO, "key file", unreadable);
        }
        return KeyFile.parse(bytes).orElseThrow(() -> new VaultException(VaultException.Reason.KEY_FILE_UNREADABLE, "key file"));
    }

    /** Write temp, force to disk, rename over: a crash leaves either the old or the new file, never half. */
    static void write(VaultLocation location, KeyFile keyFile) throws VaultException {
        Path target = location.keyFile();
        Path temporary = target.resolveSibling(VaultLocation.KEY_FILE + ".new");
        try {
            Files.createDirectories(location.directory());
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                    StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(keyFile.toJson());
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            try {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException notAtomic) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException failure) {
            deleteQuietly(temporary);
            boolean full = failure.getMessage() != null && failure.getMessage().contains("No space left");
            throw new VaultException(full ? VaultException.Reason.DISK_FULL : VaultException.Reason.IO, "key file", failure);
        }
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException ignored) {
            // a stale temp file holds only a wrapped key and is replaced on the next write
        }
    }
}
