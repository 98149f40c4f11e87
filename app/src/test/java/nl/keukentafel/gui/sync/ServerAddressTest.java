package nl.keukentafel.gui.sync;

import static org.assertj.core.api.Assertions.assertThat;

import nl.keukentafel.gui.common.UiText;
import org.junit.jupiter.api.Test;

class ServerAddressTest {
    @Test
    void httpsAlwaysAndPlainHttpOnlyOnThisComputer() {
        assertThat(ServerAddress.parse(" https://sync.wijkteam.example ").uri()).hasToString("https://sync.wijkteam.example");
        assertThat(ServerAddress.parse("sync.wijkteam.example:8443").uri()).hasToString("https://sync.wijkteam.example:8443");
        assertThat(ServerAddress.parse("http://localhost:8080").valid()).isTrue();
        assertThat(ServerAddress.parse("http://127.0.0.1:8080").valid()).isTrue();
        assertThat(ServerAddress.parse("http://[::1]:8080").valid()).isTrue();
        assertThat(ServerAddress.parse("http://sync.wijkteam.example").problem()).extracting(UiText::key)
                .isEqualTo("sync.login.error.httpOnlyLocal");
        assertThat(ServerAddress.parse("http://192.168.1.10").valid()).isFalse();
    }

    @Test
    void blankOrMalformedAddressesAreRefusedWithTheirOwnMessage() {
        assertThat(ServerAddress.parse("  ").problem()).extracting(UiText::key).isEqualTo("sync.login.error.addressMissing");
        assertThat(ServerAddress.parse("ftp://sync.example").problem()).extracting(UiText::key)
                .isEqualTo("sync.login.error.addressInvalid");
        assertThat(ServerAddress.parse("https://").valid()).isFalse();
        assertThat(ServerAddress.parse("https://user:secret@sync.example").valid()).as("no passwords in the address").isFalse();
        assertThat(ServerAddress.parse("https://sync example").valid()).isFalse();
    }
}
