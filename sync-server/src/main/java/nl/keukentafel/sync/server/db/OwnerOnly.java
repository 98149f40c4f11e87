package nl.keukentafel.sync.server.db;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Takes group and other permissions off a folder tree. The embedded PostgreSQL library unpacks its binaries
 * world-writable (0777): anyone on the machine could replace the {@code postgres} the server runs next time.
 * A no-op where the file system has no POSIX permissions. Stateless.
 */
final class OwnerOnly {
    private static final Set<PosixFilePermission> OTHERS = EnumSet.of(
        PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_EXECUTE,
        PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE);

    private OwnerOnly() {
    }

    /** One folder itself (not its contents): what is in it is nobody else's to list or enter. */
    static void restrictFolder(Path folder) throws IOException {
        if (Files.isDirectory(folder) && FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(folder);
            if (permissions.removeAll(OTHERS)) {
                Files.setPosixFilePermissions(folder, permissions);
            }
        }
    }

    static void restrict(Path root) throws IOException {
        if (!Files.exists(root) || !FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : (Iterable<Path>) paths::iterator) {
                if (Files.isSymbolicLink(path)) {
                    continue;
                }
                Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(path);
                if (permissions.removeAll(OTHERS)) {
                    Files.setPosixFilePermissions(path, permissions);
                }
            }
        }
    }
}
