package nl.keukentafel.cli;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
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
 * history. The line ending is not part of it, nor a byte-order mark an editor put in front. Only that one line is
 * read, and at most {@link #MAX_CHARS} characters of it: {@code /dev/zero} or a wrong file must not fill the memory.
 * Every intermediate buffer is wiped; the caller wipes the result. Stateless and thread-safe.
 */
final class PassphraseFile {
    /** Far beyond any passphrase a person types. */
    static final int MAX_CHARS = 1024;
    /** A byte-order mark and at most four bytes per character. */
    private static final int MAX_BYTES = 3 + 4 * MAX_CHARS;
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private PassphraseFile() {
    }

    static char[] read(Path file) throws CliFailure {
        byte[] line = new byte[MAX_BYTES];
        CharBuffer decoded = null;
        try {
            int length = firstLine(file, line);
            decoded = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(line, 0, length));
            int start = decoded.limit() > 0 && decoded.get(0) == BYTE_ORDER_MARK ? 1 : 0;
            int end = decoded.limit();
            if (end - start > MAX_CHARS) {
                throw tooLong(file);
            }
            if (end == start) {
                throw new CliFailure(ExitCode.PASSPHRASE_FILE, "cli.error.passphraseFileEmpty", file.toAbsolutePath());
            }
            char[] passphrase = new char[end - start];
            decoded.get(start, passphrase);
            return passphrase;
        } catch (CharacterCodingException notUtf8) {
            throw new CliFailure(ExitCode.PASSPHRASE_FILE, "cli.error.passphraseFileUnreadable", file.toAbsolutePath());
        } finally {
            Secrets.wipe(line);
            if (decoded != null && decoded.hasArray()) {
                Arrays.fill(decoded.array(), '\0');
            }
        }
    }

    /** Reads the bytes before the first line ending into {@code line}; returns how many. */
    private static int firstLine(Path file, byte[] line) throws CliFailure {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            int length = 0;
            while (true) {
                int next = in.read();
                if (next < 0 || next == '\n' || next == '\r') {
                    return length;
                }
                if (length == line.length) {
                    throw tooLong(file);
                }
                line[length++] = (byte) next;
            }
        } catch (IOException | SecurityException unreadable) {
            throw new CliFailure(ExitCode.PASSPHRASE_FILE, "cli.error.passphraseFileUnreadable", file.toAbsolutePath());
        }
    }

    private static CliFailure tooLong(Path file) {
        return new CliFailure(ExitCode.PASSPHRASE_FILE, "cli.error.passphraseFileTooLong", file.toAbsolutePath(),
                String.valueOf(MAX_CHARS));
    }
}
