package nl.keukentafel.gui.evaluation;

import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.util.Subscription;
import nl.keukentafel.gui.common.FieldJump;
import nl.keukentafel.gui.common.Icons;
import nl.keukentafel.gui.common.ScreenView;
import nl.keukentafel.i18n.Localization;
import nl.keukentafel.model.RecordKind;
import nl.keukentafel.model.RecordRef;
import nl.keukentafel.model.plan.Plan;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * The Evaluatie tab: a banner while the dossier is closed, the last outcome or refusal, then evaluations, escalation
 * and closure in one scrolling column. Only binds and forwards; a closed dossier makes every field read-only.
 * FX thread only.
 */
public final class EvaluationView implements ScreenView, FieldJump {
    /** The Werkplan tab's id (another screen's); "Bijstellen" leads there. */
    static final String PLAN_TAB = "planTab";

    private final EvaluationViewModel model;
    private final Localization localization;
    private final BorderPane root = new BorderPane();
    private final VBox content = new VBox(24);
    private final VBox noPlan;
    private final ClosedBanner banner;
    private final EvaluationsSection evaluations;
    private final EscalationSection escalation;
    private final ClosureSection closure;
    private final ScrollPane scroll;
    private Subscription subscriptions = Subscription.EMPTY;
    /** A jump asked for before the evaluations were read (the dossier check's Enter on a finding). */
    private Runnable pendingJump;

    /** {@code openPrint}: opens the print dialog (evaluatieverslag, eindrapport) over the given window. */
    public EvaluationView(EvaluationViewModel model, Localization localization,
                          java.util.function.Consumer<javafx.stage.Window> openPrint) {
        this.model = model;
        this.localization = localization;
        root.setId("evaluationScreen");
        banner = new ClosedBanner(localization, model);
        evaluations = new EvaluationsSection(localization, model, this::toPlan);
        escalation = new EscalationSection(localization, model);
        closure = new ClosureSection(localization, model);
        Label message = new Label();
        message.setId("evaluationMessage");
        message.setWrapText(true);
        message.getStyleClass().add("evaluation-message");
        message.textProperty().bind(model.messageProperty().map(said -> said.in(localization)).orElse(""));
        message.visibleProperty().bind(message.textProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        Button toPlan = new Button(localization.get("evalscreen.review.toPlan"), Icons.of(Material2AL.ARROW_FORWARD));
        toPlan.setId("noPlanToPlan");
        toPlan.setOnAction(event -> toPlan());
        noPlan = new VBox(10, Controls.muted(localization.get("evalscreen.noPlan")), toPlan);
        noPlan.setId("noPlan");
        Button print = new Button(localization.get("print.open"), Icons.of(org.kordamp.ikonli.material2.Material2MZ.PRINT));
        print.setId("printEvaluationButton");
        print.setOnAction(event -> openPrint.accept(print.getScene().getWindow()));
        javafx.scene.layout.HBox printRow = new javafx.scene.layout.HBox(print);
        printRow.setAlignment(javafx.geometry.Pos.CENTER_RIGHT);
        VBox top = new VBox(8, printRow, banner.root(), message);
        top.setPadding(new Insets(0, 0, 8, 0));
        root.setTop(top);
        content.getStyleClass().add("evaluation-content");
        content.setPadding(new Insets(0, 12, 12, 0));
        scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add(atlantafx.base.theme.Tweaks.EDGE_TO_EDGE);
        root.setCenter(scroll);
        root.getStylesheets().add(EvaluationView.class.getResource("evaluation-screen.css").toExternalForm());
    }

    private void show(EvaluationViewModel.Shown shown) {
        if (shown == null) {
            return;
        }
        banner.show(shown.plan());
        if (!shown.plan().started()) {
            content.getChildren().setAll(noPlan);
            return;
        }
        evaluations.show(shown.evaluations());
        escalation.show(shown);
        closure.show(shown);
        if (content.getChildren().size() != 3) {
            content.getChildren().setAll(evaluations.root(), escalation.root(), closure.root());
        }
        Controls.readOnly(content, shown.plan().closed());
        if (pendingJump != null) {
            Runnable jump = pendingJump;
            pendingJump = null;
            Platform.runLater(jump);
        }
    }

    /**
     * The control of the finding's place: the field of an evaluation ({@code <field>-<id>}, else its date), the date of a
     * new evaluation ({@code +evaluation}), or the first control of the escalation or closure section.
     */
    @Override
    public boolean jumpTo(RecordRef ref, String field) {
        Runnable jump = () -> {
            Node target = target(ref, field);
            if (target != null) {
                target.requestFocus();
                reveal(target);
            }
        };
        if (model.shownProperty().get() == null || content.getChildren().isEmpty()) {
            pendingJump = jump;
        } else {
            Platform.runLater(jump);
        }
        return true;
    }

    private Node target(RecordRef ref, String field) {
        if (content.getChildren().contains(noPlan)) {
            return noPlan.lookup("#noPlanToPlan");
        }
        if (ref.kind() == RecordKind.PLAN && Plan.Field.NEXT_EVALUATION_ON.equals(field)) {
            return evaluations.nextEvaluationField();
        }
        if (ref.kind() == RecordKind.EVALUATION && (field == null || !field.startsWith("+"))) {
            Node pane = content.lookup("#evaluation-" + ref.id());
            if (pane instanceof javafx.scene.control.TitledPane titled) {
                titled.setExpanded(true);
                content.applyCss();
                content.layout();
            }
            Node exact = field == null ? null : content.lookup("#" + field + "-" + ref.id());
            Node date = content.lookup("#heldOn-" + ref.id());
            if (exact != null || date != null) {
                return exact != null ? exact : date;
            }
        }
        Node section = switch (ref.kind()) {
            case SCALING, REGIE_PHASE, PARTNER_ISSUE -> escalation.root();
            case CLOSURE -> closure.root();
            default -> null;
        };
        if (section == null && "+closure".equals(field)) {
            section = closure.root();
        } else if (section == null && "+scaling".equals(field)) {
            section = escalation.root();
        }
        Node first = section == null ? null : firstFocusable(section);
        return first == null ? evaluations.dateField() : first;
    }

    private static Node firstFocusable(Node node) {
        if (node.isFocusTraversable() && node.isVisible() && !node.isDisabled()) {
            return node;
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                Node found = firstFocusable(child);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** Keyboard first: the field that gets the focus scrolls into view (with a little room above it). */
    private void reveal(Node focused) {
        if (focused == null || !isInside(focused, content)) {
            return;
        }
        javafx.geometry.Bounds bounds = content.sceneToLocal(focused.localToScene(focused.getBoundsInLocal()));
        double hidden = content.getBoundsInLocal().getHeight() - scroll.getViewportBounds().getHeight();
        if (hidden <= 0) {
            return;
        }
        double top = scroll.getVvalue() * hidden;
        double viewport = scroll.getViewportBounds().getHeight();
        if (bounds.getMinY() < top || bounds.getMaxY() > top + viewport) {
            scroll.setVvalue(Math.max(0, Math.min(1, (bounds.getMinY() - 48) / hidden)));
        }
    }

    private static boolean isInside(Node node, Node ancestor) {
        for (Node current = node; current != null; current = current.getParent()) {
            if (current == ancestor) {
                return true;
            }
        }
        return false;
    }

    /** Selects the Werkplan tab of the dossier this tab is in, when there is one. */
    private void toPlan() {
        for (Node node = root.getParent(); node != null; node = node.getParent()) {
            if (node instanceof TabPane tabs) {
                tabs.getTabs().stream().filter(tab -> PLAN_TAB.equals(tab.getId())).findFirst()
                        .ifPresent(tab -> tabs.getSelectionModel().select(tab));
                return;
            }
        }
    }

    @Override
    public Parent root() {
        return root;
    }

    @Override
    public Node initialFocus() {
        return model.shownProperty().get() != null && model.shownProperty().get().plan().closed() ? banner.reasonField()
                : evaluations.dateField();
    }

    @Override
    public void activate() {
        subscriptions = Subscription.combine(model.shownProperty().subscribe(this::show),
                root.sceneProperty().flatMap(javafx.scene.Scene::focusOwnerProperty).subscribe(this::reveal));
        model.load();
        Platform.runLater(() -> initialFocus().requestFocus());
    }

    @Override
    public void deactivate() {
        subscriptions.unsubscribe();
        subscriptions = Subscription.EMPTY;
    }
}
