package nl.keukentafel.gui.dossier;

import atlantafx.base.theme.Styles;
import java.time.ZoneId;
import java.util.List;
import javafx.event.EventHandler;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import nl.keukentafel.gui.common.EscapeGoesBack;
import nl.keukentafel.gui.common.FieldJump;
import nl.keukentafel.gui.common.FocusWhenShown;
import nl.keukentafel.gui.audit.AuditView;
import nl.keukentafel.gui.audit.AuditViewModel;
import nl.keukentafel.gui.common.Icons;
import nl.keukentafel.gui.common.ScreenView;
import nl.keukentafel.gui.common.UndoBar;
import nl.keukentafel.gui.intake.IntakeTab;
import nl.keukentafel.i18n.Localization;
import nl.keukentafel.model.Family;
import nl.keukentafel.model.RecordRef;
import nl.keukentafel.model.HouseholdRole;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * One family's dossier: tabs for the household, members, network, the intake, the screens added through {@link #addTab}
 * (genogram, ecogram, werkplan, evaluation) and the audit log; an undo bar after a delete.
 * Escape returns to the caseload. FX thread only.
 */
public final class DossierView implements ScreenView {
    static final KeyCombination ADD_PARENT = new KeyCodeCombination(KeyCode.O, KeyCombination.ALT_DOWN);
    static final KeyCombination ADD_CHILD = new KeyCodeCombination(KeyCode.K, KeyCombination.ALT_DOWN);
    static final KeyCombination ADD_CONTACT = new KeyCodeCombination(KeyCode.C, KeyCombination.ALT_DOWN);
    static final KeyCombination SEARCH = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);

    private final DossierViewModel model;
    private final Localization localization;
    private final Runnable back;
    private final StackPane root = new StackPane();
    private final BorderPane layout = new BorderPane();
    private final TabPane tabs = new TabPane();
    private String pendingTab;
    private final Label title = new Label();
    private final UndoBar undoBar;
    private javafx.scene.Scene scene;
    private final EventHandler<KeyEvent> shortcuts = this::handleShortcut;
    private final EventHandler<KeyEvent> escape;
    private FamilyPane family;
    private MembersPane members;
    private NetworkPane network;
    private final List<Tab> extraTabs = new java.util.ArrayList<>();
    private final List<ScreenView> extraViews = new java.util.ArrayList<>();
    private final IntakeTab intake;
    private Tab familyTab;
    private Tab membersTab;
    private Tab networkTab;
    private Tab intakeTab;

    public DossierView(DossierViewModel model, Localization localization, Runnable back) {
        this(model, localization, back, null);
    }

    /** With the intake tab and the dossier search (null leaves both out). */
    public DossierView(DossierViewModel model, Localization localization, Runnable back, IntakeTab intake) {
        this.model = model;
        this.intake = intake;
        this.localization = localization;
        this.back = back;
        this.escape = EscapeGoesBack.filter(back);
        root.setId("dossierScreen");
        layout.getStyleClass().add("screen");
        layout.setTop(header());
        ProgressIndicator loading = new ProgressIndicator();
        loading.setMaxSize(40, 40);
        layout.setCenter(loading);
        this.undoBar = new UndoBar(model.undo(), localization);
        root.getChildren().addAll(layout, undoBar.root());
        model.loadedProperty().subscribe(loaded -> {
            if (loaded) {
                showDossier();
            }
        });
    }

    private HBox header() {
        Button backButton = new Button(localization.get("dossier.back"), Icons.of(Material2AL.ARROW_BACK));
        backButton.setId("backButton");
        backButton.getStyleClass().add(Styles.FLAT);
        backButton.setTooltip(new Tooltip(localization.get("dossier.back.tooltip")));
        backButton.setOnAction(event -> back.run());
        title.setId("dossierTitle");
        title.getStyleClass().add(Styles.TITLE_3);
        Label error = new Label();
        error.setId("dossierError");
        error.getStyleClass().add(Styles.DANGER);
        error.textProperty().bind(model.errorProperty().map(text -> text.in(localization)).orElse(""));
        HBox header = new HBox(12, backButton, title, error);
        if (intake != null) {
            javafx.scene.layout.Region spacer = new javafx.scene.layout.Region();
            HBox.setHgrow(spacer, javafx.scene.layout.Priority.ALWAYS);
            header.getChildren().addAll(spacer, intake.searchField());
        }
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("dossier-header");
        return header;
    }

    private void showDossier() {
        family = new FamilyPane(localization, model);
        members = new MembersPane(localization, model);
        network = new NetworkPane(localization, model);
        title.textProperty().bind(model.familyField(Family.Field.HOUSEHOLD_NAME).textProperty()
                .map(name -> name.isBlank() ? localization.get("dossier.untitled") : name));
        AuditViewModel auditModel = new AuditViewModel(model.dossiers(), model.dossierId(), model.tasks());
        AuditView audit = new AuditView(auditModel, localization, ZoneId.systemDefault());
        familyTab = tab("familyTab", "dossier.tab.family", family.root());
        membersTab = tab("membersTab", "dossier.tab.members", members.pane());
        networkTab = tab("networkTab", "dossier.tab.network", network.pane());
        Tab auditTab = tab("auditTab", "dossier.tab.audit", audit.root());
        auditTab.setOnSelectionChanged(event -> {
            if (auditTab.isSelected()) {
                auditModel.refresh();
            }
        });
        tabs.setId("dossierTabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getTabs().setAll(List.of(familyTab, membersTab, networkTab, auditTab));
        if (intake != null) {
            intakeTab = tab("intakeTab", "intake.tab", intake.content());
            intakeTab.setOnSelectionChanged(event -> intake.selected(intakeTab.isSelected()));
            tabs.getTabs().add(3, intakeTab);
            intake.onShowTab((ref, field) -> {
                tabs.getSelectionModel().select(switch (ref.kind()) {
                    case FAMILY -> familyTab;
                    case MEMBER -> membersTab;
                    case CONTACT -> networkTab;
                    default -> intakeTab;
                });
                // the dossier's own forms name each control by its kind and field ("memberBirthDate")
                String controlId = switch (ref.kind()) {
                    case FAMILY -> "family";
                    case MEMBER -> "member";
                    case CONTACT -> "contact";
                    default -> null;
                };
                if (controlId != null) {
                    controlId += Character.toUpperCase(field.charAt(0)) + field.substring(1);
                    reveal(ref, controlId);
                }
            });
            intake.onJumpElsewhere((ref, field) -> {
                switch (ref.kind()) {
                    case FAMILY -> jumpTo(familyTab.getId(), ref, field);
                    case MEMBER -> jumpTo(membersTab.getId(), ref, field);
                    case CONTACT -> jumpTo(networkTab.getId(), ref, field);
                    default -> { }
                }
            });
        }
        tabs.getTabs().addAll(tabs.getTabs().size() - 1, extraTabs);
        layout.setCenter(tabs);
        String returnTo = pendingTab;
        pendingTab = null;
        if (returnTo != null && !"familyTab".equals(returnTo)) {
            // that tab puts the keyboard in its own first field when it is selected
            selectTab(returnTo);
            return;
        }
        // the tab's content joins the scene on the next layout pass; focus can only go there after it
        FocusWhenShown.request(family.firstField());
    }

    /** The id of the selected tab ("intakeTab"), or null while the dossier is still loading. */
    public String selectedTabId() {
        Tab selected = tabs.getSelectionModel().getSelectedItem();
        return selected == null ? pendingTab : selected.getId();
    }

    /** Selects the tab with this id, now or as soon as the dossier is shown (after unlock: back where the consultant was). */
    public void selectTab(String id) {
        if (tabs.getTabs().isEmpty()) {
            pendingTab = id;
            return;
        }
        tabs.getTabs().stream().filter(tab -> id.equals(tab.getId())).findFirst().ifPresent(tabs.getSelectionModel()::select);
    }

    private void reveal(RecordRef ref, String controlId) {
        switch (ref.kind()) {
            case MEMBER -> members.pane().reveal(member -> member.ref().equals(ref), controlId);
            case CONTACT -> network.pane().reveal(contact -> contact.ref().equals(ref), controlId);
            default -> javafx.application.Platform.runLater(() -> RecordListPane.focus(family.root().getContent(), controlId));
        }
    }

    /**
     * A screen of its own as a tab before Audit (genogram, ecogram): it is activated while its tab is selected and
     * deactivated when another tab is chosen or the dossier is left. Call before the dossier is shown.
     */
    public void addTab(String id, String title, ScreenView view) {
        Tab tab = new Tab(title, view.root());
        tab.setId(id);
        tab.setOnSelectionChanged(event -> {
            if (tab.isSelected()) {
                view.activate();
                javafx.application.Platform.runLater(view.initialFocus()::requestFocus);
            } else {
                view.deactivate();
            }
        });
        extraTabs.add(tab);
        extraViews.add(view);
    }

    /**
     * Selects the tab with id {@code tabId} and puts the keyboard on the control that edits {@code field} of
     * {@code ref} there (the dossier check's jump to a finding). The household, members and network tabs focus the
     * field of the record (a member or contact is selected first); the intake and the screens added with
     * {@link #addTab} that implement {@link FieldJump} find it themselves. False when there is no such tab.
     */
    public boolean jumpTo(String tabId, RecordRef ref, String field) {
        if (family == null) {
            return false;
        }
        if (familyTab.getId().equals(tabId)) {
            tabs.getSelectionModel().select(familyTab);
            javafx.application.Platform.runLater(() -> family.editorOf(field).requestFocus());
            return true;
        }
        if (membersTab.getId().equals(tabId)) {
            tabs.getSelectionModel().select(membersTab);
            return members.jumpTo(ref.id(), field);
        }
        if (networkTab.getId().equals(tabId)) {
            tabs.getSelectionModel().select(networkTab);
            return network.jumpTo(ref.id());
        }
        if (intakeTab != null && intakeTab.getId().equals(tabId)) {
            tabs.getSelectionModel().select(intakeTab);
            return intake.jumpTo(ref, field);
        }
        for (int i = 0; i < extraTabs.size(); i++) {
            if (extraTabs.get(i).getId().equals(tabId) && extraViews.get(i) instanceof FieldJump target) {
                tabs.getSelectionModel().select(extraTabs.get(i));
                return target.jumpTo(ref, field);
            }
        }
        return false;
    }

    private Tab tab(String id, String key, Node content) {
        Tab tab = new Tab(localization.get(key), content);
        tab.setId(id);
        content.getStyleClass().add("tab-body");
        return tab;
    }

    private void handleShortcut(KeyEvent event) {
        if (members == null) {
            return;
        }
        if (ADD_PARENT.match(event) || ADD_CHILD.match(event)) {
            event.consume();
            tabs.getSelectionModel().select(1);
            members.add(ADD_PARENT.match(event) ? HouseholdRole.PARENT : HouseholdRole.CHILD);
        } else if (ADD_CONTACT.match(event)) {
            event.consume();
            tabs.getSelectionModel().select(2);
            network.add();
        } else if (SEARCH.match(event) && intake != null) {
            event.consume();
            intake.searchField().requestFocus();
            intake.searchField().selectAll();
        } else if (undoBar.handle(event, root.getScene())) {
            return;
        } else if (event.isShortcutDown() && event.getCode().isDigitKey()) {
            int index = event.getCode().getCode() - KeyCode.DIGIT1.getCode();
            if (index >= 0 && index < tabs.getTabs().size()) {
                event.consume();
                tabs.getSelectionModel().select(index);
            }
        }
    }

    /** A filter, so a focused control cannot swallow it; an open drop-down is its own window and gets Escape first. */

    @Override
    public Parent root() {
        return root;
    }

    @Override
    public Node initialFocus() {
        return family == null ? root : family.firstField();
    }

    /** Shows what the vault holds now (a sync round ended); see {@link DossierViewModel#refresh()}. */
    public void refresh() {
        model.refresh();
    }

    @Override
    public void activate() {
        scene = root.getScene();
        scene.addEventFilter(KeyEvent.KEY_PRESSED, shortcuts);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, escape);
        model.load();
    }

    @Override
    public void deactivate() {
        if (intake != null) {
            intake.selected(false);
        }
        scene.removeEventFilter(KeyEvent.KEY_PRESSED, shortcuts);
        scene.removeEventFilter(KeyEvent.KEY_PRESSED, escape);
        for (int i = 0; i < extraTabs.size(); i++) {
            if (extraTabs.get(i).isSelected()) {
                extraViews.get(i).deactivate();
            }
        }
        model.tasks().execute(() -> model.dossiers().flush(), () -> { }, failure -> { });
    }
}
