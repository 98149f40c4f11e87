package nl.keukentafel.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A key file that parses as JSON but holds damaged values is reported as unreadable: never a crash, an
 * out-of-memory error or an unlock that runs for days. The time limit only guards against such a hang.
 */
class DamagedKeyFileTest {
    private static final Duration HANG_GUARD = Duration.ofSeconds(60);

    @TempDir
    Path directory;

    private void expectUnreadableAfter(Consumer<ObjectNode> damage) throws Exception {
        VaultLocation location = new VaultLocation(directory);
        TestVaults.create(location).close();
        ObjectNode keyFile = (ObjectNode) RecordMapper.json().readTree(Files.readAllBytes(location.keyFile()));
        damage.accept(keyFile);
        Files.write(location.keyFile(), RecordMapper.json().writeValueAsBytes(keyFile));
        FileSnapshot before = FileSnapshot.of(directory);
        assertTimeoutPreemptively(HANG_GUARD, () -> PassphraseTest.expectReason(() -> TestVaults.unlock(location),
                VaultException.Reason.KEY_FILE_UNREADABLE));
        assertThat(FileSnapshot.of(directory)).isEqualTo(before);
    }

    @Test
    void absurdIterations() throws Exception {
        expectUnreadableAfter(file -> ((ObjectNode) file.get("kdf")).put("iterations", Integer.MAX_VALUE));
    }

    @Test
    void absurdMemory() throws Exception {
        expectUnreadableAfter(file -> ((ObjectNode) file.get("kdf")).put("memoryKiB", Integer.MAX_VALUE));
    }

    @Test
    void absurdParallelism() throws Exception {
        expectUnreadableAfter(file -> ((ObjectNode) file.get("kdf")).put("parallelism", 1 << 20));
    }

    @Test
    void missingParameters() throws Exception {
        expectUnreadableAfter(file -> ((ObjectNode) file.get("kdf")).remove("memoryKiB"));
    }

    @Test
    void emptySalt() throws Exception {
        expectUnreadableAfter(file -> ((ObjectNode) file.get("kdf")).put("salt", ""));
    }

    @Test
    void emptyNonce() throws Exception {
        expectUnreadableAfter(file -> ((ObjectNode) file.get("wrap")).put("nonce", ""));
    }

    @Test
    void truncatedCiphertext() throws Exception {
        expectUnreadableAfter(file -> ((ObjectNode) file.get("wrap")).put("ciphertext", "AAAA"));
    }

    @Test
    void saltThatIsNotBase64() throws Exception {
        expectUnreadableAfter(file -> ((ObjectNode) file.get("kdf")).put("salt", "niet base64 !"));
    }
}
