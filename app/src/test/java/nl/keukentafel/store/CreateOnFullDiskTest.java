package nl.keukentafel.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Creating a vault on a disk with room for the key file but not the database says "disk full" and leaves no
 * half vault behind (which would block both creating and unlocking). Needs permission to mount a tmpfs.
 */
class CreateOnFullDiskTest {
    private Path mountPoint;
    private boolean mounted;

    @BeforeEach
    void mountSmallDisk() throws Exception {
        mountPoint = Files.createTempDirectory("keukentafel-create-full");
        mounted = run("mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", mountPoint.toString());
        Assumptions.assumeTrue(mounted, "mounting a small tmpfs is not permitted here");
    }

    @AfterEach
    void unmount() throws Exception {
        if (mounted && !run("umount", mountPoint.toString())) {
            run("umount", "-l", mountPoint.toString());
        }
        Files.deleteIfExists(mountPoint);
    }

    @Test
    void aCreateThatRunsOutOfSpaceLeavesNoVaultFiles() throws Exception {
        Path filler = mountPoint.resolve("filler");
        fillLeaving(filler, 8 * 1024);
        VaultLocation location = new VaultLocation(mountPoint.resolve("vault"));
        PassphraseTest.expectReason(() -> TestVaults.create(location).close(), VaultException.Reason.DISK_FULL);
        assertThat(location.hasAnyVaultFile()).isFalse();
        assertThat(location.directory()).isEmptyDirectory();

        Files.delete(filler);
        try (Vault vault = TestVaults.create(location)) {
            TestVaults.writeHousehold(vault);
        }
        TestVaults.unlock(location).close();
    }

    /** Fills the file system, then frees {@code room} bytes. */
    private static void fillLeaving(Path filler, int room) throws IOException {
        try (FileChannel channel = FileChannel.open(filler, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            for (int chunk : new int[] {64 * 1024, 4096, 1}) {
                ByteBuffer buffer = ByteBuffer.allocate(chunk);
                try {
                    while (true) {
                        buffer.clear();
                        channel.write(buffer);
                    }
                } catch (IOException full) {
                    assertThat(full.getMessage()).contains("No space left");
                }
            }
            channel.truncate(channel.size() - room);
        }
    }

    private static boolean run(String... command) throws InterruptedException {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException notAvailable) {
            return false;
        }
    }
}
