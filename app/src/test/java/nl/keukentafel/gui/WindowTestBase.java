package nl.keukentafel.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import nl.keukentafel.gui.common.AppContext;
import nl.keukentafel.gui.common.CurrentThreadTaskExecutor;
import nl.keukentafel.i18n.Localization;
import nl.keukentafel.logic.session.Session;
import nl.keukentafel.logic.session.SessionManager;
import nl.keukentafel.store.VaultLocation;
import nl.keukentafel.store.crypto.KdfParams;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The one base for window tests: a real (temporary, cheap-KDF) vault in {@link #directory}, in Dutch, work run on the
 * calling thread so tests need no waiting, the window shown headless (Monocle) and the vault locked afterwards.
 * By default the stage shows the whole {@link MainWindow} at {@link #windowSize()}; a subclass that tests
 * one screen alone overrides {@link #showFirst()} and puts its own root on the stage with {@link #show(Supplier)}.
 * Helpers drive the window with the keyboard as a consultant would. {@code -Dkeukentafel.screenshots=DIR} makes
 * {@link #snap(String)} and {@link #snap(Node, String)} write PNGs there.
 */
public abstract class WindowTestBase extends FxRobot {
    protected static final String PASSPHRASE = "appel peer banaan kiwi";
    protected final Localization dutch = new Localization(Localization.DUTCH);

    @TempDir
    protected Path directory;
    protected SessionManager sessions;
    protected Stage stage;

    @BeforeEach
    protected final void setUpWindowTest() throws Exception {
        sessions = newSessions();
        stage = FxToolkit.registerPrimaryStage();
        showFirst();
    }

    @AfterEach
    protected final void tearDownWindowTest() throws Exception {
        FxToolkit.cleanupStages();
        if (sessions != null) {
            sessions.lock();
        }
    }

    /** The session manager on {@code directory/vault}; a subclass may configure more (sync options). */
    protected SessionManager newSessions() {
        return new SessionManager(new VaultLocation(directory.resolve("vault")), Clock.systemDefaultZone(),
                KdfParams.FAST_FOR_TESTS);
    }

    /** What the stage shows before each test: by default the whole main window. */
    protected void showFirst() throws Exception {
        show(() -> newMainWindow().root());
    }

    /** The inside of a window, in pixels. */
    public record WindowSize(double width, double height) {
    }

    /**
     * The smallest screen the app is made for (issue 14): a test class that proves something fits or works there returns
     * this from {@link #windowSize()}.
     */
    protected static final WindowSize SMALL_SCREEN = new WindowSize(1024, 700);

    /** The window's size; the default suits most screens. */
    protected WindowSize windowSize() {
        return new WindowSize(1280, 800);
    }

    /** Puts a new scene of {@link #windowSize()} with this root on the stage, themed, and shows it. */
    protected void show(Supplier<? extends Parent> root) throws TimeoutException {
        show(root, () -> { });
    }

    /** As {@link #show(Supplier)}, then runs {@code whenShown} on the FX thread right after the window is shown. */
    protected void show(Supplier<? extends Parent> root, Runnable whenShown) throws TimeoutException {
        FxToolkit.setupStage(window -> {
            MainWindow.applyTheme();
            window.setScene(new Scene(root.get(), windowSize().width(), windowSize().height()));
            // the stage outlives a test: without this a window another test made wider keeps its width
            window.sizeToScene();
            window.show();
            whenShown.run();
        });
    }

    /** A new main window on the same vault, in Dutch, with its preferences in {@code directory}. */
    protected MainWindow newMainWindow() {
        AppContext context = new AppContext(sessions, new CurrentThreadTaskExecutor(), Clock.systemDefaultZone(),
                directory.resolve("preferences.properties"), Localization.DUTCH);
        return new MainWindow(context);
    }

    /** The consultant's name typed when the vault is created. */
    protected String consultantName() {
        return "Test Consulent";
    }

    /** On the first-run screen: name, passphrase twice, Enter; the caseload shows. */
    protected void createVaultWithKeyboard() {
        clickOn("#consultantName").write(consultantName()).type(KeyCode.TAB).write(PASSPHRASE).type(KeyCode.TAB)
                .write(PASSPHRASE).type(KeyCode.ENTER);
        assertThat(lookup("#caseloadSearch").tryQuery()).as("caseload shown after creating the vault").isPresent();
    }

    /** The open session (the vault must be unlocked). */
    protected Session session() {
        return sessions.current().orElseThrow();
    }

    /** Waits up to 5 s for the condition, read on the FX thread; on a timeout says where the focus is. */
    protected void waitUntil(String what, BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> {
                boolean[] result = new boolean[1];
                interact(() -> result[0] = condition.getAsBoolean());
                return result[0];
            });
        } catch (TimeoutException timeout) {
            snap("failure");
            Node owner = focused();
            throw new AssertionError("waited 5 s for: " + what + " (focus on " + (owner == null ? "nothing" : owner.getId() + " "
                    + owner.getClass().getSimpleName()) + ")", timeout);
        }
    }

    /** Puts the keyboard in a control, as Tab would; the screen scrolls to it. */
    protected void focusOn(String id) {
        interact(() -> lookup("#" + id).query().requestFocus());
        assertFocus(id);
    }

    protected Node focused() {
        return stage.getScene().getFocusOwner();
    }

    protected void assertFocus(String id) {
        waitUntil("focus on " + id, () -> focused() != null && id.equals(focused().getId()));
    }

    /** In a focused drop-down: open it (F4), go to the first value (Home), then down to value {@code index}, Enter. */
    protected void choose(int index) {
        type(KeyCode.F4).type(KeyCode.HOME);
        for (int step = 0; step < index; step++) {
            type(KeyCode.DOWN);
        }
        type(KeyCode.ENTER);
    }

    /** A PNG of the whole window when screenshots were asked for; otherwise nothing. */
    protected void snap(String name) {
        Path target = screenshotFolder();
        if (target != null) {
            writePng(windowShot(), target.resolve(name + ".png"));
        }
    }

    /** A PNG of the node when screenshots were asked for; otherwise nothing. */
    protected void snap(Node node, String name) {
        Path target = screenshotFolder();
        if (target != null) {
            writePng(shot(node), target.resolve(name + ".png"));
        }
    }

    /** The folder given with {@code -Dkeukentafel.screenshots}, or null when none was. */
    protected static Path screenshotFolder() {
        String target = System.getProperty("keukentafel.screenshots");
        return target == null || target.isBlank() ? null : Path.of(target);
    }

    /** The scene as it is now. */
    protected WritableImage windowShot() {
        WritableImage[] shot = new WritableImage[1];
        interact(() -> shot[0] = stage.getScene().snapshot(null));
        return shot[0];
    }

    /** The node as it is now, also the part outside the window. */
    protected WritableImage shot(Node node) {
        WritableImage[] shot = new WritableImage[1];
        interact(() -> shot[0] = node.snapshot(null, null));
        return shot[0];
    }

    /** A blank or nearly blank picture (fewer than 16 colours) means the screen did not render: worth failing for. */
    public static void assertShowsSomething(WritableImage shot, String name) {
        int width = (int) shot.getWidth();
        int height = (int) shot.getHeight();
        int[] pixels = new int[width * height];
        shot.getPixelReader().getPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), pixels, 0, width);
        assertThat(java.util.Arrays.stream(pixels).distinct().limit(16).count()).as(name + " shows something").isEqualTo(16);
    }

    /** Writes the image as an RGB PNG, making the folder when needed. */
    public static void writePng(WritableImage shot, Path file) {
        int width = (int) shot.getWidth();
        int height = (int) shot.getHeight();
        int[] pixels = new int[width * height];
        shot.getPixelReader().getPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), pixels, 0, width);
        BufferedImage buffered = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        buffered.setRGB(0, 0, width, height, pixels, 0, width);
        try {
            Path folder = file.toAbsolutePath().getParent();
            Files.createDirectories(folder);
            ImageIO.write(buffered, "png", file.toFile());
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }
}
