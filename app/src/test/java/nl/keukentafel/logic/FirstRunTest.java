package nl.keukentafel.logic;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FirstRunTest {
    @TempDir
    Path home;

    @Test
    void theWelcomeIsDueOnceBeforeTheFirstVault() throws IOException {
        FirstRun firstRun = new FirstRun(home, home.resolve("vault"));
        assertThat(firstRun.welcomeDue()).isTrue();
        firstRun.markSeen();
        assertThat(new FirstRun(home, home.resolve("vault")).welcomeDue()).isFalse();
        firstRun.markSeen();
        assertThat(firstRun.welcomeDue()).isFalse();
    }

    @Test
    void aComputerThatAlreadyHasAVaultGetsNoWelcome() throws IOException {
        Files.createDirectories(home.resolve("vault"));
        Files.writeString(home.resolve("vault/vault.key"), "key");
        assertThat(new FirstRun(home, home.resolve("vault")).welcomeDue()).isFalse();
    }
}
