package nl.keukentafel.e2e;

import nl.keukentafel.sync.server.SyncServerFixture;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import nl.keukentafel.gui.WindowTestBase;
import nl.keukentafel.logic.session.SessionManager;
import nl.keukentafel.logic.sync.SyncOptions;
import nl.keukentafel.sync.client.SyncApi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real window ({@link WindowTestBase}, headless, on a real cheap-KDF vault, in Dutch) and the real sync server on
 * loopback with its embedded PostgreSQL (one per test class). Background rounds are an hour apart, so rounds run when
 * a test (or the consultant, Ctrl+Shift+S) asks. {@code -Dkeukentafel.screenshots=DIR} also writes PNGs. Not
 * thread-safe (test code).
 */
abstract class SyncWindowTestBase extends WindowTestBase {
    static final Duration WAIT = Duration.ofSeconds(30);
    static SyncServerFixture server;

    @BeforeAll
    static void startServer() {
        server = SyncServerFixture.start(Clock.systemUTC());
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @Override
    protected SessionManager newSessions() {
        SessionManager sessions = super.newSessions();
        sessions.syncOptions(new SyncOptions(Duration.ofHours(1), SyncApi::new));
        return sessions;
    }

    @Override
    protected String consultantName() {
        return "Anouk Consulent";
    }

    /** The header's status button, then the address, user name and password typed, Enter. */
    void login(String address, String username, String password) {
        clickOn("#syncStatus");
        clickOn("#serverAddress").write(address).type(KeyCode.TAB).write(username).type(KeyCode.TAB).write(password)
                .type(KeyCode.ENTER);
    }

    String text(String query) {
        return lookup(query).queryAs(Labeled.class).getText();
    }

    /** Waits up to {@link #WAIT} for a condition read off the FX thread (the server and sync work), then for FX. */
    static void waitUntil(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
