package nl.keukentafel.gui.shell;

import atlantafx.base.theme.Styles;
import java.util.Optional;
import java.util.UUID;
import javafx.event.EventHandler;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import nl.keukentafel.gui.caseload.CaseloadView;
import nl.keukentafel.gui.caseload.CaseloadViewModel;
import nl.keukentafel.gui.check.CheckTab;
import nl.keukentafel.gui.common.AppContext;
import nl.keukentafel.gui.common.Icons;
import nl.keukentafel.gui.common.ScreenView;
import nl.keukentafel.gui.common.WindowActions;
import nl.keukentafel.gui.dossier.DossierView;
import nl.keukentafel.gui.evaluation.EvaluationTab;
import nl.keukentafel.gui.genogram.GenogramTabs;
import nl.keukentafel.gui.dossier.DossierViewModel;
import nl.keukentafel.gui.intake.IntakeTab;
import nl.keukentafel.gui.plan.PlanTabs;
import nl.keukentafel.gui.about.AboutView;
import nl.keukentafel.gui.about.AboutViewModel;
import nl.keukentafel.gui.about.FolderOpener;
import nl.keukentafel.gui.settings.SettingsView;
import nl.keukentafel.gui.settings.SettingsViewModel;
import nl.keukentafel.gui.sync.ConflictsView;
import nl.keukentafel.gui.sync.ConflictsViewModel;
import nl.keukentafel.gui.sync.DossierWithConflicts;
import nl.keukentafel.gui.sync.MergeView;
import nl.keukentafel.gui.sync.MergeViewModel;
import nl.keukentafel.gui.sync.RejectedView;
import nl.keukentafel.gui.sync.RejectedViewModel;
import nl.keukentafel.gui.sync.ServerLinkSection;
import nl.keukentafel.gui.sync.ServerLoginView;
import nl.keukentafel.gui.sync.ServerLoginViewModel;
import nl.keukentafel.gui.sync.SyncIndicator;
import nl.keukentafel.gui.sync.SyncNavigation;
import nl.keukentafel.gui.sync.SyncStatusModel;
import nl.keukentafel.i18n.Localization;
import nl.keukentafel.logic.SaveStatus;
import nl.keukentafel.logic.about.BuildInfo;
import nl.keukentafel.logic.about.BundledFonts;
import nl.keukentafel.logic.presets.Presets;
import nl.keukentafel.logic.presets.PresetsFile;
import nl.keukentafel.logic.presets.Setting;
import nl.keukentafel.logic.session.Session;
import nl.keukentafel.logic.sync.ConflictItem;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The unlocked window: a header (app name, save status, sync status, consultant, help, settings, lock) above
 * the current screen. It also builds the screens it navigates between. FX thread only.
 */
public final class ShellView implements ScreenView, SyncNavigation {
    /** Below this window width the header shows icons for the less urgent items (a 1024- or 1280-pixel laptop screen). */
    private static final double COMPACT_BELOW = 1360;
    static final KeyCombination LOCK = new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination SETTINGS = new KeyCodeCombination(KeyCode.COMMA, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination SYNC_NOW = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);

    private final AppContext context;
    private final Session session;
    private final WindowActions window;
    private final Localization localization;
    private final ShellViewModel model;
    private final CaseloadViewModel caseload;
    private final SyncStatusModel sync;
    private final BorderPane root = new BorderPane();
    private final StackPane content = new StackPane();
    private final HelpMenu help;
    private javafx.scene.Scene scene;
    private final EventHandler<KeyEvent> shortcuts = this::handleShortcut;
    private ScreenView screen;
    private DossierView openDossier;
    private UUID openDossierId;

    public ShellView(AppContext context, Session session, WindowActions window) {
        this.context = context;
        this.session = session;
        this.window = window;
        this.localization = context.localization();
        this.model = new ShellViewModel(context.sessions(), session, context.clock());
        this.caseload = new CaseloadViewModel(session.caseload(), context.tasks(), this::showDossier);
        this.sync = new SyncStatusModel(session.sync());
        this.help = new HelpMenu(localization);
        root.setId("shell");
        root.setTop(header());
        content.getStyleClass().add("shell-content");
        root.setCenter(content);
    }

    private HBox header() {
        Label title = new Label(localization.get("app.title"), Icons.of(Material2AL.HOME));
        title.getStyleClass().addAll(Styles.TITLE_4, "app-name");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);

        Label saveStatus = new Label();
        saveStatus.setId("saveStatus");
        saveStatus.getStyleClass().add("save-status");
        saveStatus.textProperty().bind(model.saveTextProperty().map(text -> text.in(localization)));
        model.saveStateProperty().subscribe(state -> showSaveState(saveStatus, state));

        Label consultant = new Label(model.consultantName(), Icons.of(Material2MZ.PERSON_OUTLINE));
        consultant.setId("consultantLabel");
        consultant.getStyleClass().add("consultant");

        Button settings = iconButton("settingsButton", Material2MZ.SETTINGS, "shell.settings");
        settings.setOnAction(event -> showSettings());
        Button lock = new Button(localization.get("shell.lock"), Icons.of(Material2AL.LOCK));
        lock.setId("lockButton");
        lock.setTooltip(new Tooltip(localization.get("shell.lock.tooltip")));
        lock.setOnAction(event -> window.lock());

        SyncIndicator syncStatus = new SyncIndicator(sync, localization, context.clock(), this, this::syncNow);

        HBox header = new HBox(12, title, spacer, saveStatus, syncStatus.root(), consultant, help.button(), settings, lock);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("app-header");
        // on a small laptop screen the name, the consultant and "Vergrendelen" keep only their icons (the words move
        // to the tooltip), so the save and sync states are never cut off
        consultant.setTooltip(new Tooltip(model.consultantName()));
        title.setTooltip(new Tooltip(localization.get("app.title")));
        saveStatus.setMinWidth(Region.USE_PREF_SIZE);
        header.widthProperty().subscribe(width -> {
            ContentDisplay display = width.doubleValue() > 0 && width.doubleValue() < COMPACT_BELOW
                    ? ContentDisplay.GRAPHIC_ONLY : ContentDisplay.LEFT;
            title.setContentDisplay(display);
            consultant.setContentDisplay(display);
            lock.setContentDisplay(display);
        });
        return header;
    }

    private Button iconButton(String id, org.kordamp.ikonli.Ikon icon, String tooltipKey) {
        Button button = new Button(null, Icons.of(icon));
        button.setId(id);
        button.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        button.setTooltip(new Tooltip(localization.get(tooltipKey)));
        button.setAccessibleText(localization.get(tooltipKey));
        return button;
    }

    private static void showSaveState(Label label, SaveStatus.State state) {
        label.getStyleClass().removeAll(Styles.SUCCESS, Styles.WARNING, Styles.DANGER);
        label.getStyleClass().add(switch (state) {
            case SAVED -> Styles.SUCCESS;
            case PENDING -> Styles.WARNING;
            case FAILED, READ_ONLY -> Styles.DANGER;
        });
        label.setGraphic(Icons.of(switch (state) {
            case SAVED -> Material2AL.CHECK_CIRCLE_OUTLINE;
            case PENDING -> Material2MZ.SYNC;
            case FAILED -> Material2AL.ERROR_OUTLINE;
            case READ_ONLY -> Material2AL.LOCK;
        }));
    }

    @Override
    public void showCaseload() {
        show(new CaseloadView(caseload, localization));
    }

    @Override
    public void showDossier(UUID dossierId) {
        DossierViewModel dossier = new DossierViewModel(session.dossiers(), dossierId, context.tasks(), context.clock());
        DossierView view = new DossierView(dossier, localization, this::showCaseload,
                IntakeTab.of(session, context, dossierId, localization));
        GenogramTabs.addTo(view, session.genogram(), session.exports(), session.sync(), dossierId, context.tasks(), context.clock(),
                localization);
        PlanTabs.addTo(view, session, dossierId, context.tasks(), context.clock(), context.evaluationWeeks(), localization);
        EvaluationTab.addTo(view, session, context, dossierId, localization);
        CheckTab.addTo(view, session.checker(), session.sync(), dossierId, context.tasks(), localization);
        show(new DossierWithConflicts(view, view::refresh, session.sync(), context.tasks(), dossierId, localization, this));
        openDossier = view;
        openDossierId = dossierId;
        // one of the families a sync brought is looked at: "N gezinnen binnengehaald" has done its work
        sync.dossierOpened(dossierId);
    }

    @Override
    public void showServer() {
        show(new ServerLoginView(serverLogin(), localization, this::showCaseload));
    }

    private void showServerFromSettings() {
        show(new ServerLoginView(serverLogin(), localization, "settings.title", this::showSettings));
    }

    @Override
    public void showConflicts(UUID dossierId) {
        ConflictsViewModel conflicts = new ConflictsViewModel(session.sync(), context.tasks(), dossierId);
        Runnable back = dossierId == null ? this::showCaseload : () -> showDossier(dossierId);
        show(new ConflictsView(conflicts, localization, context.clock().getZone(), this, back));
    }

    @Override
    public void showConflict(ConflictItem item, UUID listDossierId) {
        Runnable back = () -> showConflicts(listDossierId);
        MergeViewModel merge = new MergeViewModel(session.sync(), context.tasks(), item, back);
        show(new MergeView(merge, localization, context.clock().getZone(), back));
    }

    @Override
    public void showRejected() {
        show(new RejectedView(new RejectedViewModel(session.sync(), context.tasks()), localization, context.clock().getZone(),
                this::showCaseload));
    }

    /** Syncs now when a login is known; otherwise the server screen, where one is made. */
    public void syncNow() {
        if (sync.needsLogin()) {
            showServer();
            return;
        }
        sync.service().syncNow();
    }

    /** The server screen's model, with the address IT preset when none is stored yet, or always when IT locked it. */
    private ServerLoginViewModel serverLogin() {
        ServerLoginViewModel login = new ServerLoginViewModel(sync, context.tasks(), context.clock().getZone());
        Presets presets = context.presets();
        presets.serverAddress().ifPresent(preset -> {
            if (presets.isLocked(Setting.SERVER_ADDRESS)) {
                login.lockAddress(preset, presets.lockReason());
            } else if (login.addressProperty().get().isBlank()) {
                login.addressProperty().set(preset);
            }
        });
        return login;
    }

    /** The About screen, from the settings; back leads to the settings. */
    public void showAbout() {
        show(new AboutView(new AboutViewModel(context, BuildInfo.ofThisBuild(), BundledFonts.in(System.getProperty("java.class.path", "")),
                PresetsFile.systemLocation(), FolderOpener.system()), localization, this::showSettings));
    }

    public void showSettings() {
        SettingsViewModel settings = new SettingsViewModel(context, session);
        ServerLinkSection server = new ServerLinkSection(serverLogin(), localization, this::showServerFromSettings);
        show(new SettingsView(settings, localization, this::showCaseload, window, server).withAbout(this::showAbout));
    }

    /** Where the consultant is in a dossier, kept by the window while it is locked: ids only, in memory only. */
    public record Place(UUID dossierId, String tabId) {
    }

    /** The dossier and tab on screen, if a dossier is. */
    public Optional<Place> place() {
        return openDossier == null ? Optional.empty() : Optional.of(new Place(openDossierId, openDossier.selectedTabId()));
    }

    /** Opens the dossier and tab that were on screen when the window locked. */
    public void restore(Place place) {
        showDossier(place.dossierId());
        if (openDossier != null && place.tabId() != null) {
            openDossier.selectTab(place.tabId());
        }
    }

    private void show(ScreenView next) {
        openDossier = null;
        openDossierId = null;
        if (screen != null) {
            screen.deactivate();
        }
        screen = next;
        content.getChildren().setAll(next.root());
        next.activate();
        next.initialFocus().requestFocus();
    }

    private void handleShortcut(KeyEvent event) {
        if (LOCK.match(event)) {
            event.consume();
            window.lock();
        } else if (SETTINGS.match(event)) {
            event.consume();
            showSettings();
        } else if (SYNC_NOW.match(event)) {
            event.consume();
            syncNow();
        } else if (CaseloadView.NEW_FAMILY.match(event) && !(screen instanceof CaseloadView)) {
            // a new family from anywhere: back to the caseload with its new-family bar open (the caseload itself
            // handles Ctrl+N on its own screen)
            event.consume();
            CaseloadView caseloadView = new CaseloadView(caseload, localization);
            show(caseloadView);
            caseloadView.askNewFamily();
        } else if (event.getCode() == KeyCode.F1) {
            event.consume();
            help.show();
        }
    }

    @Override
    public Parent root() {
        return root;
    }

    @Override
    public Node initialFocus() {
        return screen == null ? root : screen.initialFocus();
    }

    @Override
    public void activate() {
        scene = root.getScene();
        model.activate();
        sync.activate();
        scene.addEventFilter(KeyEvent.KEY_PRESSED, shortcuts);
        if (screen == null) {
            showCaseload();
        }
    }

    @Override
    public void deactivate() {
        scene.removeEventFilter(KeyEvent.KEY_PRESSED, shortcuts);
        model.deactivate();
        sync.deactivate();
        if (screen != null) {
            screen.deactivate();
        }
    }
}
