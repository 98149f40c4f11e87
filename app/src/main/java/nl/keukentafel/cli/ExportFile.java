package nl.keukentafel.cli;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Turns a failed export write (logic.export.DossierExports does the writing) into the command line's one line and
 * exit code. Stateless.
 */
final class ExportFile {
    private ExportFile() {
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
