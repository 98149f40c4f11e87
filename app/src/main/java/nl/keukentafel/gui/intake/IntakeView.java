package nl.keukentafel.gui.intake;

import atlantafx.base.theme.Styles;
import java.util.List;
import java.util.Optional;
import javafx.beans.value.ChangeListener;
import javafx.event.EventHandler;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import nl.keukentafel.gui.common.Icons;
import nl.keukentafel.gui.intake.common.IntakeSection;
import nl.keukentafel.i18n.Localization;
import nl.keukentafel.logic.intake.IntakeState;
import nl.keukentafel.logic.intake.OpenItem;
import nl.keukentafel.model.RecordRef;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The intake tab: a "start" button until the intake exists, then one scrolling screen of sections (conversation,
 * members, domains, self-reliance and network, safety, Meldcode, consent) with the open items on the right. Tab goes
 * through it in reading order and the screen follows the focus; Ctrl+Down/Up jump between sections; Alt+1..3 pick
 * the conversation. Subscriptions to the scene exist only while the tab is shown. FX thread only.
 */
public final class IntakeView {
    static final KeyCombination START = new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination NEXT_SECTION = new KeyCodeCombination(KeyCode.DOWN, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination OPEN_ITEMS = new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
    static final KeyCombination PREVIOUS_SECTION = new KeyCodeCombination(KeyCode.UP, KeyCombination.SHORTCUT_DOWN);

    private final IntakeViewModel model;
    private final Localization localization;
    private final StackPane root = new StackPane();
    private final VBox content = new VBox(28);
    private final ScrollPane scroll = new ScrollPane(content);
    private final BorderPane main = new BorderPane();
    private final Button start = new Button();
    private final List<IntakeSection> sections;
    private final EventHandler<KeyEvent> shortcuts = this::handleShortcut;
    private final EventHandler<KeyEvent> typed = event -> afterEdit();
    private final EventHandler<MouseEvent> clicked = event -> afterEdit();
    private final ChangeListener<Node> followFocus = (observable, old, focused) -> followFocus(focused);
    private final ConversationSection conversation;
    private final OpenItemsPane openItems;
    private java.util.function.BiConsumer<RecordRef, String> elsewhere = (ref, field) -> { };
    private Scene scene;
    private Runnable pendingJump;

    public IntakeView(IntakeViewModel model, Localization localization, List<IntakeSection> extraSections) {
        this.model = model;
        this.localization = localization;
        DomainsSection domains = new DomainsSection(localization, model);
        conversation = new ConversationSection(localization, model, domains::appendToNotes);
        sections = new java.util.ArrayList<>(List.of(conversation, new MembersSection(localization, model), domains,
                new SelfRelianceSection(localization, model)));
        sections.addAll(extraSections);
        sections.forEach(section -> content.getChildren().add(section.root()));
        content.getStyleClass().add("intake-content");
        scroll.setFitToWidth(true);
        scroll.setId("intakeScroll");
        openItems = new OpenItemsPane(localization, model.findings(), item -> {
            if (!jumpTo(item.target(), item.field()) && model.started() && !OpenItem.START_INTAKE.equals(item.field())) {
                elsewhere.accept(item.target(), item.field());
            }
        });
        main.setCenter(scroll);
        main.setRight(openItems.root());
        main.setTop(errorLabel());
        root.setId("intakeView");
        root.getStylesheets().add(IntakeView.class.getResource("intake-screen.css").toExternalForm());
        root.getChildren().setAll(startPane());
        model.stateProperty().subscribe(this::show);
    }

    private Label errorLabel() {
        Label error = new Label();
        error.setId("intakeError");
        error.getStyleClass().add(Styles.DANGER);
        error.textProperty().bind(model.errorProperty().map(text -> text.in(localization)).orElse(""));
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        return error;
    }

    private VBox startPane() {
        start.setText(localization.get("intake.start"));
        start.setGraphic(Icons.of(Material2MZ.PLAY_ARROW));
        start.setId("startIntakeButton");
        start.getStyleClass().addAll(Styles.ACCENT, Styles.LARGE);
        start.setTooltip(new Tooltip(localization.get("intake.start.tooltip")));
        start.setOnAction(event -> model.start());
        Label explanation = IntakeForms.hint(localization, "intake.start.hint");
        explanation.setMaxWidth(520);
        VBox pane = new VBox(16, IntakeForms.heading(localization, "intake.start.title"), explanation, start);
        pane.setAlignment(Pos.CENTER);
        pane.setId("intakeStartPane");
        return pane;
    }

    private void show(IntakeState state) {
        if (state == null) {
            return;
        }
        if (state.intake().isEmpty()) {
            return;
        }
        boolean first = root.getChildren().get(0) != main;
        if (first) {
            root.getChildren().setAll(main);
        }
        sections.forEach(section -> section.show(state));
        if (first && pendingJump == null) {
            // just started: the consultant goes on with the conversation's date, then place, present, notes
            javafx.application.Platform.runLater(() -> conversation.firstField().requestFocus());
        }
        if (pendingJump != null) {
            Runnable jump = pendingJump;
            pendingJump = null;
            jump.run();
        }
    }

    /** The tab is shown: read the intake and listen to the keyboard. */
    public void activate() {
        scene = root.getScene();
        if (scene == null) {
            return;
        }
        scene.addEventFilter(KeyEvent.KEY_PRESSED, shortcuts);
        scene.focusOwnerProperty().addListener(followFocus);
        root.addEventFilter(KeyEvent.KEY_RELEASED, typed);
        root.addEventFilter(MouseEvent.MOUSE_RELEASED, clicked);
        model.load();
    }

    /** The tab is hidden or the dossier closed. */
    public void deactivate() {
        if (scene != null) {
            scene.removeEventFilter(KeyEvent.KEY_PRESSED, shortcuts);
            scene.focusOwnerProperty().removeListener(followFocus);
            scene = null;
        }
        root.removeEventFilter(KeyEvent.KEY_RELEASED, typed);
        root.removeEventFilter(MouseEvent.MOUSE_RELEASED, clicked);
        model.stop();
    }

    private void afterEdit() {
        if (model.started()) {
            model.refreshSoon();
        }
    }

    private void handleShortcut(KeyEvent event) {
        if (!model.started()) {
            if (START.match(event)) {
                event.consume();
                model.start();
            }
            return;
        }
        if (event.isAltDown() && !event.isShortcutDown() && event.getCode().isDigitKey()) {
            int number = event.getCode().getCode() - KeyCode.DIGIT0.getCode();
            if (number >= 1 && number <= 3 && conversation.select(number)) {
                event.consume();
            }
        } else if (OPEN_ITEMS.match(event)) {
            event.consume();
            openItems.focusFirst();
        } else if (NEXT_SECTION.match(event) || PREVIOUS_SECTION.match(event)) {
            event.consume();
            moveSection(NEXT_SECTION.match(event) ? 1 : -1);
        }
    }

    private void moveSection(int step) {
        Node focused = scene.getFocusOwner();
        int current = 0;
        for (int index = 0; index < sections.size(); index++) {
            if (Reveal.isInside(focused, sections.get(index).root())) {
                current = index;
            }
        }
        int target = Math.max(0, Math.min(sections.size() - 1, current + step));
        Reveal.firstFocusable(sections.get(target).root()).ifPresent(node -> Reveal.show(scroll, content, node));
    }

    private void followFocus(Node focused) {
        if (focused != null && Reveal.isInside(focused, content)) {
            Reveal.scrollTo(scroll, content, focused, false);
        }
    }

    /**
     * Where a finding of the panel goes when its field is not in the intake (the household's regisseur, a member's
     * BSN): the dossier selects the tab that has it.
     */
    public void onElsewhere(java.util.function.BiConsumer<RecordRef, String> jump) {
        elsewhere = jump;
    }

    /** Focuses the control that edits {@code field} of {@code ref}: opens its row, scrolls it into view. */
    public boolean jumpTo(RecordRef ref, String field) {
        if (OpenItem.START_INTAKE.equals(field) || !model.started()) {
            if (model.stateProperty().get() == null) {
                pendingJump = () -> jumpTo(ref, field);
            } else {
                start.requestFocus();
            }
            return false;
        }
        for (IntakeSection section : sections) {
            Optional<Node> editor = section.editorOf(ref, field);
            if (editor.isPresent()) {
                Reveal.show(scroll, content, editor.get());
                return true;
            }
        }
        return false;
    }

    public Node root() {
        return root;
    }

    /** Where the keyboard goes when the tab opens. */
    public Node initialFocus() {
        return model.started() ? conversation.firstField() : start;
    }
}
