package nl.keukentafel.logic.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionException;
import nl.keukentafel.logic.session.Session;
import nl.keukentafel.logic.session.SessionManager;
import nl.keukentafel.store.VaultLocation;
import nl.keukentafel.store.crypto.KdfParams;
import nl.keukentafel.sync.client.SyncApi;
import nl.keukentafel.sync.client.SyncException;
import nl.keukentafel.sync.client.SyncStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sync service of a session before and without a server (the two-client tests in src-test run the real one). */
class SyncServiceTest {
    private static final String PASSPHRASE = "appel peer banaan kiwi mango";

    @TempDir
    Path directory;
    private SessionManager manager;
    private Session session;

    @BeforeEach
    void unlock() throws Exception {
        manager = new SessionManager(new VaultLocation(directory), Clock.systemUTC(), KdfParams.FAST_FOR_TESTS);
        manager.syncOptions(new SyncOptions(Duration.ofHours(1), SyncApi::new));
        session = manager.create(PASSPHRASE.toCharArray(), PASSPHRASE.toCharArray(), "Test Consulent");
    }

    @AfterEach
    void lock() {
        manager.lock();
    }

    @Test
    void aVaultThatNeverSyncedSaysSoAtOnceAndHasNothingToResolve() {
        List<SyncStatus> seen = new ArrayList<>();
        session.sync().onStatus(seen::add);
        assertThat(seen).singleElement().satisfies(status -> {
            assertThat(status.state()).isEqualTo(SyncStatus.State.NOT_CONFIGURED);
            assertThat(status.conflicts()).isZero();
            assertThat(status.rejected()).isZero();
        });
        assertThat(session.sync().settings()).isEmpty();
        assertThat(session.sync().openConflicts()).isEmpty();
        assertThat(session.sync().rejected()).isEmpty();
        assertThatThrownBy(() -> session.sync().syncRound().join()).isInstanceOf(CompletionException.class)
                .hasCauseInstanceOf(SyncException.class);
        assertThatThrownBy(() -> session.sync().resolve(java.util.UUID.randomUUID(), Resolution.keepMine()).join())
                .hasCauseInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aLoginToAnUnreachableServerFailsAsUnreachableAndStoresNothing() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        URI nowhere = URI.create("http://127.0.0.1:" + closedPort + "/");
        assertThatThrownBy(() -> session.sync().login(nowhere, "anna", "wachtwoord".toCharArray()))
                .isInstanceOfSatisfying(SyncException.class, failure ->
                        assertThat(failure.kind()).isEqualTo(SyncException.Kind.UNREACHABLE));
        assertThat(session.sync().settings()).isEmpty();
        assertThat(session.sync().replica().refreshToken()).isEmpty();
        manager.lock();
        session = manager.unlock(PASSPHRASE.toCharArray());
        assertThat(session.sync().status().state()).isEqualTo(SyncStatus.State.NOT_CONFIGURED);
    }

    @Test
    void theClientIdIsMadeOnceAndSurvivesLocking() throws Exception {
        java.util.UUID first = session.sync().replica().clientId();
        manager.lock();
        session = manager.unlock(PASSPHRASE.toCharArray());
        assertThat(session.sync().replica().clientId()).isEqualTo(first);
    }
}
