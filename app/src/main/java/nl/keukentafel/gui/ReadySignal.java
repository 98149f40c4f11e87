package nl.keukentafel.gui;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;

/**
 * Tells a test harness that the window is up: when the environment variable {@value #VARIABLE} names a file,
 * the id of the first screen and the milliseconds since the process started are written to it once the window
 * has been shown. The installer check (packaging/src/test/installer-check.sh) waits for this file, and the
 * start-up benchmark reads the time from it; without the variable nothing happens. FX thread only.
 */
final class ReadySignal {
    static final String VARIABLE = "KEUKENTAFEL_READY_FILE";
    private static final Logger LOG = Logger.getLogger(ReadySignal.class.getName());

    private final Path file;

    private ReadySignal(Path file) {
        this.file = file;
    }

    static Optional<ReadySignal> fromEnvironment() {
        String named = System.getenv(VARIABLE);
        return named == null || named.isBlank() ? Optional.empty() : Optional.of(new ReadySignal(Path.of(named)));
    }

    /** Writes the signal after the next pulse, when the first frame of {@code root} has been laid out. */
    void afterFirstFrame(Parent root) {
        Platform.runLater(() -> write(firstScreen(root)));
    }

    private static String firstScreen(Parent root) {
        return root.getChildrenUnmodifiable().stream().map(Node::getId).filter(id -> id != null).findFirst().orElse("none");
    }

    private void write(String screen) {
        long millis = ProcessHandle.current().info().startInstant()
                .map(start -> Duration.between(start, Instant.now()).toMillis()).orElse(-1L);
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        try {
            Files.writeString(temporary, screen + " " + millis + System.lineSeparator(), StandardCharsets.UTF_8);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException unwritable) {
            LOG.log(Level.WARNING, "the ready file could not be written", unwritable);
        }
    }
}
