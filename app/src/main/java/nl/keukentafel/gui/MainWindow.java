package nl.keukentafel.gui;

import atlantafx.base.theme.PrimerLight;
import java.io.InputStream;
import java.time.Duration;
import java.util.List;
import javafx.application.Application;
import javafx.geometry.Dimension2D;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.scene.layout.StackPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import nl.keukentafel.gui.common.AppContext;
import nl.keukentafel.gui.common.DropDownKeys;
import nl.keukentafel.gui.common.ScreenView;
import nl.keukentafel.gui.common.Styling;
import nl.keukentafel.gui.common.WindowActions;
import nl.keukentafel.gui.shell.IdleMonitor;
import nl.keukentafel.gui.shell.ShellView;
import nl.keukentafel.gui.unlock.UnlockView;
import nl.keukentafel.gui.unlock.UnlockViewModel;
import nl.keukentafel.gui.welcome.WelcomeView;
import nl.keukentafel.gui.welcome.WelcomeViewModel;
import nl.keukentafel.logic.FirstRun;
import nl.keukentafel.logic.check.CheckSettings;
import nl.keukentafel.logic.presets.PresetDomainList;
import nl.keukentafel.logic.session.Session;

/**
 * The window's content: the unlock screen while the vault is locked, the shell while it is open. Locking
 * (by hand or after idle time) throws the whole shell away, so no dossier state survives it. FX thread only.
 */
public final class MainWindow implements WindowActions {
    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(MainWindow.class.getName());
    private static final List<Integer> ICON_SIZES = List.of(16, 32, 48, 64, 128, 256);
    private static final Dimension2D PREFERRED = new Dimension2D(1180, 780);
    private static final Dimension2D MINIMUM = new Dimension2D(900, 600);

    private final AppContext context;
    private final StackPane root = new StackPane();
    private final IdleMonitor idle;
    private ScreenView current;
    private ShellView.Place returnTo;

    public MainWindow(AppContext context) {
        this.context = context;
        root.setId("mainWindow");
        Styling.apply(root);
        DropDownKeys.install(root);
        idle = new IdleMonitor(root, this::lock);
        showUnlock();
    }

    public Parent root() {
        return root;
    }

    /**
     * The window's first size: roomy where the screen allows, never larger than the screen's usable area (a 1024×700
     * laptop would otherwise open a window whose edges and title bar lie off the screen).
     */
    static Dimension2D firstSize(Rectangle2D usable) {
        return new Dimension2D(Math.min(PREFERRED.getWidth(), usable.getWidth()), Math.min(PREFERRED.getHeight(), usable.getHeight()));
    }

    /** The AtlantaFX theme for the whole application; call once before the first scene is shown. */
    public static void applyTheme() {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
    }

    public void install(Stage stage) {
        applyTheme();
        Dimension2D first = firstSize(Screen.getPrimary().getVisualBounds());
        stage.setScene(new Scene(root, first.getWidth(), first.getHeight()));
        stage.setMinWidth(Math.min(MINIMUM.getWidth(), first.getWidth()));
        stage.setMinHeight(Math.min(MINIMUM.getHeight(), first.getHeight()));
        stage.setTitle(context.localization().get("app.title"));
        for (int size : ICON_SIZES) {
            try (InputStream icon = MainWindow.class.getResourceAsStream("/icons/keukentafel-" + size + ".png")) {
                if (icon != null) {
                    stage.getIcons().add(new Image(icon));
                }
            } catch (java.io.IOException unreadable) {
                // an icon is decoration: the window works without it
            }
        }
    }

    @Override
    public void lock() {
        idle.stop();
        // after unlocking, the consultant comes back to the dossier and tab that were open (ids only, never stored)
        if (current instanceof ShellView shell) {
            returnTo = shell.place().orElse(null);
        }
        show(null);
        context.tasks().execute(() -> context.sessions().lock(), this::showUnlock, failure -> showUnlock());
    }

    @Override
    public void rebuild(boolean settingsOpen) {
        context.sessions().current().ifPresentOrElse(session -> {
            ShellView shell = showShell(session);
            if (settingsOpen) {
                shell.showSettings();
            }
        }, this::showUnlock);
    }

    private void showUnlock() {
        idle.stop();
        if (context.firstRun().filter(FirstRun::welcomeDue).isPresent()) {
            showWelcome();
            return;
        }
        show(new UnlockView(new UnlockViewModel(context.sessions(), context.tasks(), this::showShell), context.localization()));
    }

    /** The first-run welcome; going on from it (or skipping it) leads to the create-vault screen. */
    private void showWelcome() {
        FirstRun firstRun = context.firstRun().orElseThrow();
        show(new WelcomeView(new WelcomeViewModel(context, firstRun, context.systemLocale(), this::showWelcome, this::showUnlock),
                context.localization()));
    }

    private ShellView showShell(Session session) {
        context.presets().lifeDomainsFile().ifPresent(file -> context.tasks().execute(
                () -> PresetDomainList.apply(file, session.domainLists()),
                outcome -> LOG.info("preset life-domain list: " + outcome),
                unreadable -> LOG.warning("the preset life-domain list could not be read: " + file)));
        // the dossier check's terms (T3's safety term) are the consultant's preferences
        session.checker().useSettings(CheckSettings.from(context.preferences()));
        ShellView shell = new ShellView(context, session, this);
        show(shell);
        if (returnTo != null) {
            ShellView.Place place = returnTo;
            returnTo = null;
            shell.restore(place);
        }
        idle.start(Duration.ofMinutes(context.preferences().autoLockMinutes()));
        return shell;
    }

    @Override
    public void autoLockChanged() {
        idle.start(Duration.ofMinutes(context.preferences().autoLockMinutes()));
    }

    private void show(ScreenView next) {
        if (current != null) {
            current.deactivate();
        }
        current = next;
        if (next == null) {
            root.getChildren().clear();
            return;
        }
        root.getChildren().setAll(next.root());
        next.activate();
        next.initialFocus().requestFocus();
    }
}
