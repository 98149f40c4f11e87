package nl.keukentafel.gui;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import javafx.application.Application;
import javafx.stage.Stage;
import nl.keukentafel.gui.common.AppContext;
import nl.keukentafel.gui.common.BackgroundTaskExecutor;
import nl.keukentafel.logic.FirstRun;
import nl.keukentafel.logic.Preferences;
import nl.keukentafel.logic.SystemLanguage;
import nl.keukentafel.logic.presets.PresetsFile;
import nl.keukentafel.logic.session.SessionManager;
import nl.keukentafel.store.VaultLocation;
import nl.keukentafel.store.crypto.KdfParams;

/**
 * The desktop app and its composition root: the one place where the real vault location, clock, KDF cost
 * and background executor are chosen. Tests build {@link MainWindow} themselves with a temporary vault.
 * FX thread only.
 */
public final class KeukentafelApplication extends Application {
    /** Points the app at another vault directory, e.g. for trying it out with demo data. */
    public static final String VAULT_PROPERTY = "keukentafel.vault";

    private AppContext context;

    public static void launchApp(String[] args) {
        Application.launch(KeukentafelApplication.class, args);
    }

    @Override
    public void start(Stage stage) {
        String override = System.getProperty(VAULT_PROPERTY);
        VaultLocation location = override == null || override.isBlank()
                ? VaultLocation.defaultLocation() : new VaultLocation(Path.of(override));
        SessionManager sessions = new SessionManager(location, Clock.systemDefaultZone(), KdfParams.DEFAULT);
        Path home = VaultLocation.applicationHome();
        context = new AppContext(sessions, new BackgroundTaskExecutor(), Clock.systemDefaultZone(),
                home.resolve(Preferences.FILE_NAME), SystemLanguage.of(Locale.getDefault(), System.getenv()),
                PresetsFile.load(PresetsFile.systemLocation()), Optional.of(new FirstRun(home, location.directory())));
        MainWindow window = new MainWindow(context);
        window.install(stage);
        stage.show();
        ReadySignal.fromEnvironment().ifPresent(signal -> signal.afterFirstFrame(window.root()));
        // a daemon, not the task executor: it must never delay an unlock queued behind it, and it holds no state
        Thread.ofPlatform().daemon().name("keukentafel-warmup").priority(Thread.MIN_PRIORITY).start(SessionManager::warmUp);
    }

    @Override
    public void stop() {
        if (context != null) {
            context.sessions().lock();
            context.tasks().close();
        }
    }
}
