package nl.keukentafel.gui.plan;

import atlantafx.base.theme.Styles;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import javafx.application.Platform;
import javafx.event.EventHandler;
import javafx.geometry.Bounds;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Subscription;
import nl.keukentafel.gui.common.FieldJump;
import nl.keukentafel.gui.common.Icons;
import nl.keukentafel.gui.common.ScreenView;
import nl.keukentafel.i18n.Localization;
import nl.keukentafel.model.RecordRef;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The Werkplan tab: a "start" button until the plan exists, then one scrolling screen (analysis, goals with their
 * actions, the overview, coordination, referrals) under a bar with the versions, "Vaststellen" and "Vergelijken".
 * Keyboard first: Ctrl+Enter starts, Ctrl+Shift+G adds a goal, Alt+Up/Down moves the goal being edited, Ctrl+Shift+A
 * adds an action to it, Ctrl+Shift+V agrees, Ctrl+Shift+E compares. The view only binds and forwards. FX thread only.
 */
public final class PlanView implements ScreenView, FieldJump {
    static final KeyCombination START = new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination ADD_GOAL = new KeyCodeCombination(KeyCode.G, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
    static final KeyCombination ADD_ACTION = new KeyCodeCombination(KeyCode.A, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
    static final KeyCombination AGREE = new KeyCodeCombination(KeyCode.V, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
    static final KeyCombination COMPARE = new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
    static final KeyCombination GOAL_UP = new KeyCodeCombination(KeyCode.UP, KeyCombination.ALT_DOWN);
    static final KeyCombination GOAL_DOWN = new KeyCodeCombination(KeyCode.DOWN, KeyCombination.ALT_DOWN);

    private final PlanViewModel model;
    private final Localization localization;
    private final StackPane root = new StackPane();
    private final BorderPane main = new BorderPane();
    private final StackPane holder = new StackPane();
    private final ScrollPane scroll = new ScrollPane(holder);
    private final VBox startPane;
    private final PlanBar bar;
    private final AgreePanel agree;
    private final ComparePanel compare;
    private final EventHandler<KeyEvent> shortcuts = this::handleShortcut;
    private final javafx.beans.value.ChangeListener<Node> followFocus = (observable, old, focused) -> followFocus(focused);
    private final Map<UUID, PlanContent> versionContents = new HashMap<>();
    private PlanContent draft;
    private PlanContent shown;
    private Node refocus;
    /** The tab just opened: once the plan is read, the keyboard goes to its first field (unless it is elsewhere). */
    private boolean focusWhenShown;
    private Scene scene;
    private Subscription subscriptions = Subscription.EMPTY;
    /** A jump asked for before the plan was read (the dossier check's Enter on a finding); done once it is shown. */
    private RecordRef pendingJump;
    private String pendingField;

    /** {@code openPrint}: opens the print dialog over the given window (the "Afdrukken" button). */
    public PlanView(PlanViewModel model, Localization localization, java.util.function.Consumer<javafx.stage.Window> openPrint) {
        this.model = model;
        this.localization = localization;
        root.setId("planView");
        root.getStylesheets().add(PlanView.class.getResource("plan-screen.css").toExternalForm());
        startPane = startPane();
        bar = new PlanBar(localization, model, this::openAgree, this::openCompare, openPrint);
        agree = new AgreePanel(localization, new AgreeViewModel(model), this::closeOverlay);
        compare = new ComparePanel(localization, model, this::closeOverlay);
        holder.getStyleClass().add("plan-holder");
        scroll.setFitToWidth(true);
        scroll.setId("planScroll");
        main.setTop(bar.root());
        main.setCenter(scroll);
        root.getChildren().setAll(startPane);
    }

    private VBox startPane() {
        Button start = new Button(localization.get("planscreen.start"), Icons.of(Material2MZ.PLAY_ARROW));
        start.setId("startPlanButton");
        start.getStyleClass().addAll(Styles.ACCENT, Styles.LARGE);
        start.setTooltip(new Tooltip(localization.get("planscreen.start.tooltip")));
        start.setOnAction(event -> model.start());
        Label explanation = PlanForms.hint(localization, "planscreen.start.hint");
        explanation.setMaxWidth(520);
        Label error = new Label();
        error.getStyleClass().add(Styles.DANGER);
        error.textProperty().bind(model.errorProperty().map(text -> text.in(localization)).orElse(""));
        VBox pane = new VBox(16, PlanForms.heading(localization, "planscreen.start.title"), explanation, start, error);
        pane.setAlignment(Pos.CENTER);
        pane.setId("planStartPane");
        return pane;
    }

    private void show(PlanViewModel.Reading reading) {
        if (reading == null || !reading.plan().started()) {
            return;
        }
        if (root.getChildren().get(0) != main) {
            root.getChildren().setAll(main);
        }
        boolean editableDraft = !reading.plan().closed();
        if (draft == null || draft.editable() != editableDraft) {
            draft = new PlanContent(localization, model, editableDraft);
        }
        UUID version = model.shownVersionProperty().get();
        PlanContent next = version == null ? draft
                : versionContents.computeIfAbsent(version, id -> new PlanContent(localization, model, false));
        if (shown != next) {
            holder.getChildren().setAll(next.root());
            shown = next;
            scroll.setVvalue(0);
        }
        bar.show(reading);
        next.show(reading, model.shownSnapshot());
        if (pendingJump != null) {
            RecordRef jump = pendingJump;
            pendingJump = null;
            focusWhenShown = false;
            jumpNow(jump, pendingField);
        }
        if (focusWhenShown) {
            focusWhenShown = false;
            Platform.runLater(() -> {
                Node owner = scene == null ? null : scene.getFocusOwner();
                if (owner == null || owner == startPane.lookup("#startPlanButton") || !isInside(owner, root)) {
                    focus(initialFocus());
                }
            });
        }
        if (refocus != null) {
            Node again = refocus;
            refocus = null;
            if (again.getScene() != null) {
                again.requestFocus();
            }
        }
    }

    private void focusRequested(RecordRef ref) {
        if (ref == null || shown == null) {
            return;
        }
        shown.editorOf(ref).ifPresent(editor -> Platform.runLater(() -> {
            focus(editor);
            reveal(editor);
        }));
    }

    /**
     * The field's control in the draft (a goal's text or target date, an action's owner, name or due date); the
     * record's first control when the field is not told apart; the plan's first field for a record still to add
     * ({@code +goal}, {@code +action}) or one not shown.
     */
    @Override
    public boolean jumpTo(RecordRef ref, String field) {
        if (shown == null) {
            pendingJump = ref;
            pendingField = field;
            return true;
        }
        focusWhenShown = false;
        jumpNow(ref, field);
        return true;
    }

    private void jumpNow(RecordRef ref, String field) {
        if (!model.started()) {
            Platform.runLater(() -> initialFocus().requestFocus());
            return;
        }
        Node editor = shown.editorOf(ref, field).orElse(shown.firstField());
        Platform.runLater(() -> {
            focus(editor);
            reveal(editor);
        });
    }

    /**
     * Gives {@code node} the keyboard, also when it joins the scene only at the next layout (a new plan's fields sit in
     * a scroll pane whose skin is made then).
     */
    private static void focus(Node node) {
        if (node.getScene() != null) {
            node.requestFocus();
            return;
        }
        node.sceneProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Scene> observable, Scene old, Scene now) {
                if (now != null) {
                    node.sceneProperty().removeListener(this);
                    Platform.runLater(node::requestFocus);
                }
            }
        });
    }

    private static boolean isInside(Node node, Node ancestor) {
        for (Node step = node; step != null; step = step.getParent()) {
            if (step == ancestor) {
                return true;
            }
        }
        return false;
    }

    /** Tab walks through the plan and the screen follows the keyboard. */
    private void followFocus(Node focused) {
        for (Node step = focused; step != null; step = step.getParent()) {
            if (step == holder) {
                reveal(focused);
                return;
            }
        }
    }

    private void reveal(Node node) {
        Node content = holder;
        if (node.getScene() == null || content.getLayoutBounds().getHeight() <= 0) {
            return;
        }
        Bounds inContent = content.sceneToLocal(node.localToScene(node.getLayoutBounds()));
        double viewport = scroll.getViewportBounds().getHeight();
        double height = content.getLayoutBounds().getHeight();
        if (height <= viewport) {
            return;
        }
        double top = -scroll.getViewportBounds().getMinY();
        if (inContent.getMinY() < top || inContent.getMaxY() > top + viewport) {
            double target = Math.max(0, inContent.getMinY() - 80);
            scroll.setVvalue(Math.min(1, target / (height - viewport)));
        }
    }

    private void handleShortcut(KeyEvent event) {
        // the dossier's own filter may have left the screen on this very key (Escape): the scene is gone then
        if (scene == null || event.isConsumed()) {
            return;
        }
        if (!model.started()) {
            if (START.match(event)) {
                event.consume();
                model.start();
            }
            return;
        }
        if (agree.root().getParent() != null || compare.root().getParent() != null) {
            return;
        }
        Node focused = scene.getFocusOwner();
        if (ADD_GOAL.match(event)) {
            event.consume();
            model.addGoal();
        } else if (AGREE.match(event)) {
            event.consume();
            openAgree();
        } else if (COMPARE.match(event)) {
            event.consume();
            openCompare();
        } else if ((GOAL_UP.match(event) || GOAL_DOWN.match(event)) && shown != null) {
            shown.goalOf(focused).ifPresent(goal -> {
                event.consume();
                refocus = focused;
                model.moveGoal(goal, GOAL_UP.match(event) ? -1 : 1);
            });
        } else if (ADD_ACTION.match(event) && shown != null) {
            shown.goalOf(focused).ifPresent(goal -> {
                event.consume();
                model.addAction(goal);
            });
        }
    }

    private void openAgree() {
        if (!model.editable()) {
            return;
        }
        model.refreshThen(() -> {
            agree.open();
            overlay(agree.root());
            Platform.runLater(() -> agree.initialFocus().requestFocus());
        });
    }

    private void openCompare() {
        if (!model.started() || model.versions().isEmpty()) {
            return;
        }
        model.refreshThen(() -> {
            compare.open();
            overlay(compare.root());
            Platform.runLater(() -> compare.initialFocus().requestFocus());
        });
    }

    private void overlay(Node panel) {
        main.setDisable(true);
        StackPane.setAlignment(panel, Pos.TOP_CENTER);
        root.getChildren().setAll(main, panel);
    }

    private void closeOverlay() {
        root.getChildren().setAll(main);
        main.setDisable(false);
        Platform.runLater(() -> initialFocus().requestFocus());
    }

    @Override
    public Parent root() {
        return root;
    }

    @Override
    public Node initialFocus() {
        if (!model.started()) {
            return startPane.lookup("#startPlanButton");
        }
        return shown == null ? root : shown.firstField();
    }

    @Override
    public void activate() {
        scene = root.getScene();
        if (scene != null) {
            scene.addEventFilter(KeyEvent.KEY_PRESSED, shortcuts);
            scene.focusOwnerProperty().addListener(followFocus);
        }
        focusWhenShown = true;
        subscriptions = Subscription.combine(
                model.readingProperty().subscribe(this::show),
                model.shownVersionProperty().subscribe(version -> show(model.readingProperty().get())),
                model.focusRequestProperty().subscribe(this::focusRequested));
        model.load();
    }

    @Override
    public void deactivate() {
        if (scene != null) {
            scene.removeEventFilter(KeyEvent.KEY_PRESSED, shortcuts);
            scene.focusOwnerProperty().removeListener(followFocus);
            scene = null;
        }
        subscriptions.unsubscribe();
        subscriptions = Subscription.EMPTY;
        model.stop();
    }
}
