package nl.keukentafel.gui.check;

import atlantafx.base.theme.Styles;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Subscription;
import nl.keukentafel.gui.common.EscapeGoesBack;
import nl.keukentafel.gui.common.Icons;
import nl.keukentafel.gui.common.ScreenView;
import nl.keukentafel.gui.common.UiText;
import nl.keukentafel.i18n.Localization;
import nl.keukentafel.logic.check.CheckReport;
import nl.keukentafel.logic.check.Finding;
import nl.keukentafel.logic.check.Verdict;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The Toets tab: the dossier held against T1–T13 and the input checks. A list of the criteria, each with its verdict in
 * words and an icon (never colour alone), the open findings indented under it and the exceptions recorded for it (shown
 * as met, with the reason). A flat list rather than a tree: nothing to unfold, and the arrows reach every line.
 * Keyboard first: arrows move, Enter on a finding jumps to its field in the tab that edits it (on a criterion: to its
 * first finding's), Ctrl+Shift+U records an exception for the chosen finding (a reason is required) or takes one back.
 * Only binds and forwards. FX thread only.
 */
public final class CheckView implements ScreenView {
    static final KeyCombination EXCEPTION = new KeyCodeCombination(KeyCode.U, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);

    private final CheckViewModel model;
    private final Localization localization;
    private final Consumer<FindingPlace> jump;
    private final BorderPane root = new BorderPane();
    private final ListView<CheckViewModel.Line> list = new ListView<>();
    private final Label summary = new Label();
    private final Button jumpButton;
    private final Button waiveButton;
    private final Button unwaiveButton;
    private final VBox waiverForm = new VBox(6);
    private final Label waiverAbout = new Label();
    private final TextField reason = new TextField();
    private final Label waiverError = new Label();
    private Finding waiving;
    private boolean refilling;
    private Subscription subscriptions = Subscription.EMPTY;

    /** {@code jump}: selects the tab of a finding's place and focuses its field there. */
    public CheckView(CheckViewModel model, Localization localization, Consumer<FindingPlace> jump) {
        this.model = model;
        this.localization = localization;
        this.jump = jump;
        root.setId("checkScreen");
        root.getStyleClass().add("check-screen");
        root.getStylesheets().add(CheckView.class.getResource("check-screen.css").toExternalForm());
        summary.setId("checkSummary");
        summary.getStyleClass().add(Styles.TITLE_4);
        summary.setWrapText(true);
        Label keys = new Label(localization.get("checkscreen.keys"));
        keys.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        keys.setWrapText(true);
        Label message = new Label();
        message.setId("checkMessage");
        message.getStyleClass().add(Styles.SUCCESS);
        message.textProperty().bind(model.messageProperty().map(text -> text.in(localization)).orElse(""));
        message.managedProperty().bind(message.textProperty().isNotEmpty());
        Label error = new Label();
        error.setId("checkError");
        error.getStyleClass().add(Styles.DANGER);
        error.textProperty().bind(model.errorProperty().map(text -> text.in(localization)).orElse(""));
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        VBox top = new VBox(4, summary, keys, message, error);
        top.setPadding(new Insets(0, 0, 8, 0));
        root.setTop(top);

        list.setId("checkList");
        list.getStyleClass().add(Styles.DENSE);
        list.setCellFactory(view -> new LineCell());
        list.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                event.consume();
                enter();
            }
        });
        // the consultant moving on clears the last outcome; the list being refilled after a check does not
        list.getSelectionModel().selectedItemProperty().subscribe(item -> {
            if (!refilling) {
                model.clearMessage();
            }
        });
        root.setCenter(list);

        jumpButton = button("checkJumpButton", "checkscreen.jump", "checkscreen.jump.tooltip", Material2AL.ARROW_FORWARD);
        jumpButton.setOnAction(event -> selectedFinding().ifPresent(this::jumpTo));
        waiveButton = button("waiveButton", "checkscreen.waive", "checkscreen.waive.tooltip", Material2AL.BOOKMARK_BORDER);
        waiveButton.setOnAction(event -> openWaiver());
        unwaiveButton = button("unwaiveButton", "checkscreen.unwaive", "checkscreen.unwaive.tooltip", Material2MZ.UNDO);
        unwaiveButton.setOnAction(event -> unwaive());
        list.getSelectionModel().selectedItemProperty().subscribe(this::selectionChanged);
        HBox actions = new HBox(8, jumpButton, waiveButton, unwaiveButton);
        actions.setAlignment(Pos.CENTER_LEFT);
        root.setBottom(new VBox(8, actions, waiverForm()));
        BorderPane.setMargin(root.getBottom(), new Insets(8, 0, 0, 0));
        selectionChanged(null);
    }

    private Button button(String id, String key, String tooltipKey, org.kordamp.ikonli.Ikon icon) {
        Button button = new Button(localization.get(key), Icons.of(icon));
        button.setId(id);
        button.setTooltip(new Tooltip(localization.get(tooltipKey)));
        return button;
    }

    private VBox waiverForm() {
        waiverAbout.setWrapText(true);
        waiverAbout.getStyleClass().add(Styles.TEXT_BOLD);
        Label label = new Label(localization.get("checkscreen.waive.reason"));
        label.setLabelFor(reason);
        reason.setId("waiverReason");
        reason.setPromptText(localization.get("checkscreen.waive.reason.prompt"));
        HBox.setHgrow(reason, Priority.ALWAYS);
        reason.setOnAction(event -> saveWaiver());
        Button save = button("saveWaiverButton", "checkscreen.waive.save", "checkscreen.waive.save.tooltip", Material2AL.CHECK);
        save.getStyleClass().add(Styles.ACCENT);
        save.setOnAction(event -> saveWaiver());
        Button cancel = button("cancelWaiverButton", "checkscreen.waive.cancel", "checkscreen.waive.cancel.tooltip",
                Material2AL.CLOSE);
        cancel.setOnAction(event -> closeWaiver());
        waiverError.setId("waiverError");
        waiverError.getStyleClass().add(Styles.DANGER);
        waiverError.setWrapText(true);
        HBox line = new HBox(8, label, reason, save, cancel);
        line.setAlignment(Pos.CENTER_LEFT);
        waiverForm.getChildren().setAll(waiverAbout, line, waiverError);
        waiverForm.setId("waiverForm");
        waiverForm.getStyleClass().add("waiver-form");
        waiverForm.setVisible(false);
        waiverForm.managedProperty().bind(waiverForm.visibleProperty());
        EscapeGoesBack.closesFirst(waiverForm, this::closeWaiver);
        return waiverForm;
    }

    private void show(CheckReport report) {
        if (report == null) {
            return;
        }
        String selectedId = Optional.ofNullable(list.getSelectionModel().getSelectedItem()).map(CheckViewModel.Line::id)
                .orElse(null);
        List<CheckViewModel.Line> lines = CheckViewModel.lines(report);
        refilling = true;
        list.getItems().setAll(lines);
        summary.setText(report.openCount() == 0 ? localization.get("checkscreen.summary.none")
                : localization.get("checkscreen.summary", report.openCount(),
                        report.worst().map(worst -> localization.get(worst.labelKey())).orElse("")));
        // the same line again; a finding that is gone (fixed) leaves the selection on its criterion
        Optional<CheckViewModel.Line> select = lines.stream().filter(line -> line.id().equals(selectedId)).findFirst();
        if (select.isEmpty() && selectedId != null) {
            select = lines.stream().filter(CheckViewModel.Line::isCriterion)
                    .filter(line -> selectedId.startsWith("checkFinding-" + line.criterion().criterion().name() + "_"))
                    .findFirst();
        }
        if (select.isEmpty()) {
            // the first open finding, so Enter right away goes to the first thing to do
            select = lines.stream().filter(line -> line.finding() != null).findFirst();
        }
        select.or(() -> lines.stream().findFirst()).ifPresent(line -> {
            list.getSelectionModel().select(line);
            list.scrollTo(Math.max(0, list.getSelectionModel().getSelectedIndex() - 3));
        });
        refilling = false;
    }

    private void selectionChanged(CheckViewModel.Line line) {
        jumpButton.setDisable(line == null || line.about().isEmpty());
        waiveButton.setDisable(line == null || line.finding() == null);
        unwaiveButton.setDisable(line == null || line.waived() == null);
    }

    private Optional<Finding> selectedFinding() {
        return Optional.ofNullable(list.getSelectionModel().getSelectedItem()).flatMap(CheckViewModel.Line::about);
    }

    /** Enter: a finding jumps to its field; on a criterion, to the field of its first open finding. */
    private void enter() {
        CheckViewModel.Line line = list.getSelectionModel().getSelectedItem();
        if (line == null) {
            return;
        }
        Optional<Finding> finding = line.isCriterion() ? line.criterion().open().stream().findFirst() : line.about();
        finding.ifPresent(this::jumpTo);
    }

    private void jumpTo(Finding finding) {
        jump.accept(model.placeOf(finding));
    }

    /** Ctrl+Shift+U: an exception for an open finding, or taking one back. */
    void exceptionKey() {
        CheckViewModel.Line line = list.getSelectionModel().getSelectedItem();
        if (line != null && line.waived() != null) {
            unwaive();
        } else {
            openWaiver();
        }
    }

    private void openWaiver() {
        CheckViewModel.Line line = list.getSelectionModel().getSelectedItem();
        if (line == null || line.finding() == null) {
            return;
        }
        waiving = line.finding();
        waiverAbout.setText(localization.get("checkscreen.waive.about", text(waiving)));
        waiverError.setText("");
        reason.clear();
        waiverForm.setVisible(true);
        Platform.runLater(reason::requestFocus);
    }

    private void saveWaiver() {
        Optional<UiText> refused = model.waive(waiving, reason.getText());
        if (refused.isPresent()) {
            waiverError.setText(refused.get().in(localization));
            reason.requestFocus();
            return;
        }
        closeWaiver();
    }

    private void closeWaiver() {
        waiving = null;
        waiverForm.setVisible(false);
        list.requestFocus();
    }

    private void unwaive() {
        CheckViewModel.Line line = list.getSelectionModel().getSelectedItem();
        if (line != null) {
            model.unwaive(line.waived());
        }
    }

    private String text(Finding finding) {
        return localization.get(finding.messageKey(), finding.arguments().toArray());
    }

    @Override
    public Parent root() {
        return root;
    }

    @Override
    public Node initialFocus() {
        return list;
    }

    @Override
    public void activate() {
        subscriptions = Subscription.combine(model.reportProperty().subscribe(this::show), keys());
        model.activate();
    }

    private Subscription keys() {
        javafx.event.EventHandler<javafx.scene.input.KeyEvent> filter = event -> {
            if (EXCEPTION.match(event)) {
                event.consume();
                exceptionKey();
            }
        };
        root.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, filter);
        return () -> root.removeEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, filter);
    }

    @Override
    public void deactivate() {
        subscriptions.unsubscribe();
        subscriptions = Subscription.EMPTY;
        model.deactivate();
        closeWaiverQuietly();
    }

    private void closeWaiverQuietly() {
        waiving = null;
        waiverForm.setVisible(false);
    }

    /** A criterion: label, verdict in words and icon; a finding: what is missing; an exception: met, with the reason. */
    private final class LineCell extends ListCell<CheckViewModel.Line> {
        private static final List<String> STATES = List.of("check-met", "check-not-met", "check-not-applicable",
                "check-finding", "check-waived");

        LineCell() {
            // a long exception reason wraps at the list's width instead of widening every line past it: with no width
            // of its own the cell takes the list's, and grows in height to show all of its text (check-screen.css lets
            // the height follow the text instead of the theme's fixed one)
            setWrapText(true);
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(CheckViewModel.Line line, boolean empty) {
            super.updateItem(line, empty);
            getStyleClass().removeAll(STATES);
            setTooltip(null);
            if (empty || line == null) {
                setText(null);
                setGraphic(null);
                setId(null);
                return;
            }
            setId(line.id());
            if (line.isCriterion()) {
                Verdict verdict = line.criterion().verdict();
                String label = localization.get(line.criterion().criterion().labelKey());
                int open = line.criterion().open().size();
                setText(localization.get("checkscreen.criterion", label, verdictText(verdict, open)));
                setGraphic(Icons.of(switch (verdict) {
                    case MET -> Material2AL.CHECK_CIRCLE;
                    case NOT_MET -> Material2AL.ERROR;
                    case NOT_YET_APPLICABLE -> Material2MZ.REMOVE_CIRCLE_OUTLINE;
                }));
                getStyleClass().add(switch (verdict) {
                    case MET -> "check-met";
                    case NOT_MET -> "check-not-met";
                    case NOT_YET_APPLICABLE -> "check-not-applicable";
                });
            } else if (line.finding() != null) {
                setText(text(line.finding()));
                setGraphic(Icons.of(Material2MZ.RADIO_BUTTON_UNCHECKED));
                getStyleClass().add("check-finding");
                setTooltip(new Tooltip(localization.get("checkscreen.finding.tooltip")));
            } else {
                setText(localization.get("checkscreen.waived", text(line.waived().finding()), line.waived().waiver().reason()));
                setGraphic(Icons.of(Material2AL.BOOKMARK));
                getStyleClass().add("check-waived");
                setTooltip(new Tooltip(localization.get("checkscreen.waived.tooltip")));
            }
        }

        private String verdictText(Verdict verdict, int open) {
            return switch (verdict) {
                case MET -> localization.get("checkscreen.verdict.MET");
                case NOT_MET -> localization.get("checkscreen.verdict.NOT_MET", open);
                case NOT_YET_APPLICABLE -> localization.get("checkscreen.verdict.NOT_YET_APPLICABLE");
            };
        }
    }
}
