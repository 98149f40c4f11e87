package nl.keukentafel.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.input.KeyCode;
import nl.keukentafel.store.VaultException;
import org.junit.jupiter.api.Test;

class WrongPassphraseTest extends GuiTestBase {
    @Test
    void showsTheDutchMessageClearsTheFieldAndLeavesTheFilesAlone() throws IOException {
        createVaultWithKeyboard();
        createFamilyWithKeyboard("Familie Vlinder");
        lockWithKeyboard();
        Map<String, String> before = vaultFiles();

        clickOn("#passphrase").write("dit is niet mijn wachtwoord").type(KeyCode.ENTER);

        assertThat(lookup("#unlockMessage").queryAs(Label.class).getText())
                .isEqualTo(dutch.get(VaultException.Reason.WRONG_PASSPHRASE.messageKey()))
                .startsWith("Dit wachtwoord klopt niet");
        assertThat(lookup("#unlockHint").queryAs(Label.class).getText()).isEqualTo(dutch.get("unlock.throttle.info"));
        assertThat(lookup("#passphrase").queryAs(PasswordField.class).getText()).isEmpty();
        assertThat(sessions.current()).isEmpty();
        assertThat(vaultFiles()).as("names and bytes of every vault file").isEqualTo(before);

        unlockWithKeyboard();
    }

    private Map<String, String> vaultFiles() throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> listing = Files.list(sessions.location().directory())) {
            for (Path file : listing.toList()) {
                files.put(file.getFileName().toString(), Base64.getEncoder().encodeToString(Files.readAllBytes(file)));
            }
        }
        return files;
    }
}
