package nl.keukentafel.logic.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;
import nl.keukentafel.model.RecordKind;
import nl.keukentafel.model.RecordRef;
import nl.keukentafel.store.Vault;

/**
 * The one way a dossier leaves the vault as a file, for the screens and the command line alike: written next to its
 * destination first and moved into place (a full disk or a crash never leaves half a file under the user's name),
 * then recorded in the audit log with what was exported (ids and formats, never content). Thread-safe.
 */
public final class DossierExports {
    /** Writes the content of one export. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private final Vault vault;

    public DossierExports(Vault vault) {
        this.vault = vault;
    }

    /** Writes {@code content} to {@code destination} atomically and audits it as an export of the dossier. */
    public void write(UUID dossierId, String detail, Path destination, Content content) throws IOException {
        writeAtomically(destination, content);
        vault.audit().record("export", new RecordRef(RecordKind.FAMILY, dossierId, dossierId), detail, "ok").join();
    }

    /** For exports whose use case audits the read itself (GEDCOM, intake file): only the atomic write. */
    public static void writeAtomically(Path destination, String text) throws IOException {
        writeAtomically(destination, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }

    public static void writeAtomically(Path destination, Content content) throws IOException {
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
}
