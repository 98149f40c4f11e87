package nl.keukentafel.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes an export next to its destination first and moves it into place, so a full disk or a crash never leaves a
 * half file under the user's name. Stateless.
 */
final class ExportFile {
    /** Writes the content of one export. */
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private ExportFile() {
    }

    static void write(Path destination, Content content) throws IOException {
        Path target = destination.toAbsolutePath();
        Path temporary = Files.createTempFile(target.getParent(), ".keukentafel-export-", ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(temporary)) {
                content.writeTo(out);
            }
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** The one line for a failed write: full disk, or a file that cannot be written (missing folder, no rights). */
    static CliFailure failure(IOException failure, Path destination) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause.getMessage() != null && cause.getMessage().contains("No space left")) {
                return new CliFailure(ExitCode.DISK_FULL, "cli.error.diskFull");
            }
        }
        return new CliFailure(ExitCode.IO, "cli.genogram.error.unwritable", destination);
    }
}
