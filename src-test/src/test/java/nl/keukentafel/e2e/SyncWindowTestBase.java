package nl.keukentafel.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import nl.keukentafel.gui.MainWindow;
import nl.keukentafel.gui.common.AppContext;
import nl.keukentafel.gui.common.CurrentThreadTaskExecutor;
import nl.keukentafel.i18n.Localization;
import nl.keukentafel.logic.session.Session;
import nl.keukentafel.logic.session.SessionManager;
import nl.keukentafel.logic.sync.SyncOptions;
import nl.keukentafel.store.VaultLocation;
import nl.keukentafel.store.crypto.KdfParams;
import nl.keukentafel.sync.SyncServerFixture;
import nl.keukentafel.sync.client.SyncApi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real window (headless) on a real cheap-KDF vault, in Dutch, and the real sync server on loopback with its
 * embedded PostgreSQL (one per test class). Background rounds are an hour apart, so rounds run when a test (or the
 * consultant, Ctrl+Shift+S) asks. {@code -Dkeukentafel.screenshots=DIR} also writes PNGs. Not thread-safe (test code).
 */
abstract class SyncWindowTestBase extends FxRobot {
    static final String PASSPHRASE = "appel peer banaan kiwi";
    static final Duration WAIT = Duration.ofSeconds(30);
    static SyncServerFixture server;

    @TempDir
    Path directory;
    SessionManager sessions;
    Stage stage;

    @BeforeAll
    static void startServer() {
        server = SyncServerFixture.start(Clock.systemUTC());
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @BeforeEach
    void showWindow() throws Exception {
        sessions = new SessionManager(new VaultLocation(directory.resolve("vault")), Clock.systemDefaultZone(), KdfParams.FAST_FOR_TESTS);
        sessions.syncOptions(new SyncOptions(Duration.ofHours(1), SyncApi::new));
        stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(window -> {
            MainWindow.applyTheme();
            AppContext context = new AppContext(sessions, new CurrentThreadTaskExecutor(), Clock.systemDefaultZone(),
                    directory.resolve("preferences.properties"), Localization.DUTCH);
            window.setScene(new Scene(new MainWindow(context).root(), 1280, 800));
            window.show();
        });
    }

    @AfterEach
    void lockVault() throws Exception {
        FxToolkit.cleanupStages();
        if (sessions != null) {
            sessions.lock();
        }
    }

    void createVaultWithKeyboard() {
        clickOn("#consultantName").write("Anouk Consulent").type(KeyCode.TAB).write(PASSPHRASE).type(KeyCode.TAB)
                .write(PASSPHRASE).type(KeyCode.ENTER);
        assertThat(lookup("#caseloadSearch").tryQuery()).as("caseload shown after creating the vault").isPresent();
    }

    /** The header's status button, then the address, user name and password typed, Enter. */
    void login(String address, String username, String password) {
        clickOn("#syncStatus");
        clickOn("#serverAddress").write(address).type(KeyCode.TAB).write(username).type(KeyCode.TAB).write(password)
                .type(KeyCode.ENTER);
    }

    Session session() {
        return sessions.current().orElseThrow();
    }

    String text(String query) {
        return lookup(query).queryAs(Labeled.class).getText();
    }

    static void waitUntil(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Writes a PNG of the node when screenshots were asked for; otherwise does nothing. */
    void snap(Node node, String name) {
        String target = System.getProperty("keukentafel.screenshots");
        if (target == null || target.isBlank()) {
            return;
        }
        WritableImage[] shot = new WritableImage[1];
        interact(() -> shot[0] = node.snapshot(null, null));
        int width = (int) shot[0].getWidth();
        int height = (int) shot[0].getHeight();
        int[] pixels = new int[width * height];
        shot[0].getPixelReader().getPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), pixels, 0, width);
        BufferedImage buffered = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        buffered.setRGB(0, 0, width, height, pixels, 0, width);
        try {
            Files.createDirectories(Path.of(target));
            ImageIO.write(buffered, "png", Path.of(target, name + ".png").toFile());
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }
}
