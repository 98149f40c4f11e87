package nl.keukentafel.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Creating a vault on a disk with room for the key file but not the database says "disk full" and leaves no
 * half vault behind (which would block both creating and unlocking). Needs permission to mount a tmpfs.
 */
class CreateOnFullDiskTest {
    private SmallDisk disk;

    @BeforeEach
    void mountSmallDisk() throws Exception {
        disk = SmallDisk.mount("1m");
    }

    @AfterEach
    void unmount() throws Exception {
        if (disk != null) {
            disk.close();
        }
    }

    @Test
    void aCreateThatRunsOutOfSpaceLeavesNoVaultFiles() throws Exception {
        Path filler = disk.path().resolve("filler");
        disk.fillLeaving(filler, 8 * 1024);
        VaultLocation location = new VaultLocation(disk.path().resolve("vault"));
        PassphraseTest.expectReason(() -> TestVaults.create(location).close(), VaultException.Reason.DISK_FULL);
        assertThat(location.hasAnyVaultFile()).isFalse();
        assertThat(location.directory()).isEmptyDirectory();

        Files.delete(filler);
        try (Vault vault = TestVaults.create(location)) {
            TestVaults.writeHousehold(vault);
        }
        TestVaults.unlock(location).close();
    }
}
