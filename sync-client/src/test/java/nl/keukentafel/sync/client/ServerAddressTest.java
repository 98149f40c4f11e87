package nl.keukentafel.sync.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The one address rule: https anywhere, plain http only to this computer, decided without looking a name up. */
class ServerAddressTest {
    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:8443", "http://127.0.0.2:8443", "http://127.255.255.254/", "http://[::1]:8443",
        "http://[0:0:0:0:0:0:0:1]/", "http://localhost:8080", "http://LOCALHOST", "https://sync.wijkteam.example",
        "https://10.0.0.1:8443", "sync.wijkteam.example:8443"})
    void accepted(String typed) {
        assertThat(ServerAddress.parse(typed).address()).as(typed).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://10.0.0.1", "http://10.0.0.1:8443/", "http://192.168.1.10", "http://sync.wijkteam.example",
        "http://localhost.evil.example", "http://127.0.0.1.evil.example", "http://128.0.0.1",
        "http://[::2]", "http://[fe80::1]", "http://0x7f000001", "http://2130706433"})
    void plainHttpToAnotherComputerIsRefused(String typed) {
        assertThat(ServerAddress.parse(typed).refused()).as(typed).contains(ServerAddress.Refusal.PLAIN_HTTP_NOT_LOCAL);
    }

    @Test
    void blankAndMalformedHaveTheirOwnRefusal() {
        assertThat(ServerAddress.parse("  ").refused()).contains(ServerAddress.Refusal.MISSING);
        assertThat(ServerAddress.parse(null).refused()).contains(ServerAddress.Refusal.MISSING);
        assertThat(ServerAddress.parse("http://127.0.0.256").address()).isEmpty();
        assertThat(ServerAddress.parse("ftp://sync.example").refused()).contains(ServerAddress.Refusal.INVALID);
        assertThat(ServerAddress.parse("https://user:secret@sync.example").refused()).contains(ServerAddress.Refusal.INVALID);
        assertThat(ServerAddress.parse("https://sync example").refused()).contains(ServerAddress.Refusal.INVALID);
    }

    @Test
    void theApiItselfSendsNothingToAnAddressTheRuleRefuses() {
        SyncApi api = new SyncApi(URI.create("http://10.0.0.1:9/"));
        long started = System.nanoTime();
        assertThatThrownBy(() -> api.login("anna", "geheim".toCharArray(), "laptop")).isInstanceOfSatisfying(SyncException.class,
                failure -> {
                    assertThat(failure.kind()).isEqualTo(SyncException.Kind.REFUSED);
                    assertThat(failure.code()).isEqualTo(SyncApi.INSECURE_ADDRESS);
                });
        assertThat(System.nanoTime() - started).as("refused without trying to connect").isLessThan(2_000_000_000L);
    }
}
