package nl.keukentafel.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import nl.keukentafel.store.crypto.Secrets;

/**
 * Reads a passphrase from the first line of a UTF-8 file, so it never appears on a command line or in the shell
 * history. The line ending is not part of it. Every intermediate buffer is wiped; the caller wipes the result.
 * Stateless and thread-safe.
 */
final class PassphraseFile {
    private PassphraseFile() {
    }

    static char[] read(Path file) throws CliFailure {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException | SecurityException unreadable) {
            throw new CliFailure(ExitCode.PASSPHRASE_FILE, "cli.error.passphraseFileUnreadable", file.toAbsolutePath());
        }
        CharBuffer decoded = null;
        try {
            decoded = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            int end = 0;
            while (end < decoded.limit() && decoded.get(end) != '\n' && decoded.get(end) != '\r') {
                end++;
            }
            if (end == 0) {
                throw new CliFailure(ExitCode.PASSPHRASE_FILE, "cli.error.passphraseFileEmpty", file.toAbsolutePath());
            }
            char[] passphrase = new char[end];
            decoded.get(0, passphrase);
            return passphrase;
        } catch (CharacterCodingException notUtf8) {
            throw new CliFailure(ExitCode.PASSPHRASE_FILE, "cli.error.passphraseFileUnreadable", file.toAbsolutePath());
        } finally {
            Secrets.wipe(bytes);
            if (decoded != null && decoded.hasArray()) {
                Arrays.fill(decoded.array(), '\0');
            }
        }
    }
}
