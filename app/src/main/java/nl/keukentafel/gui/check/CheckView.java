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
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
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
 * The Toets tab: the dossier held against T1–T13 and the input checks. A tree of the criteria, each with its verdict in
 * words and an icon (never colour alone), the open findings under it and the exceptions recorded for it (shown as met,
 * with the reason). Keyboard first: arrows move, Enter on a finding jumps to its field in the tab that edits it,
 * Ctrl+Shift+U records an exception for the chosen finding (a reason is required) or takes one back. Only binds and
 * forwards. FX thread only.
 */
public final class CheckView implements ScreenView {
    static final KeyCombination EXCEPTION = new KeyCodeCombination(KeyCode.U, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);

    private final CheckViewModel model;
    private final Localization localization;
    private final Consumer<FindingPlace> jump;
    private final BorderPane root = new BorderPane();
    private final TreeView<CheckViewModel.Line> tree = new TreeView<>(new TreeItem<>());
    private final Label summary = new Label();
    private final Button jumpButton;
    private final Button waiveButton;
    private final Button unwaiveButton;
    private final VBox waiverForm = new VBox(6);
    private final Label waiverAbout = new Label();
    private final TextField reason = new TextField();
    private final Label waiverError = new Label();
    private Finding waiving;
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
        Label error = new Label();
        error.setId("checkError");
        error.getStyleClass().add(Styles.DANGER);
        error.textProperty().bind(model.errorProperty().map(text -> text.in(localization)).orElse(""));
        VBox top = new VBox(4, summary, keys, message, error);
        top.setPadding(new Insets(0, 0, 8, 0));
        root.setTop(top);

        tree.setId("checkTree");
        tree.setShowRoot(false);
        tree.setCellFactory(view -> new LineCell());
        tree.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                event.consume();
                enter();
            }
        });
        tree.getSelectionModel().selectedItemProperty().subscribe(item -> model.clearMessage());
        root.setCenter(tree);

        jumpButton = button("checkJumpButton", "checkscreen.jump", "checkscreen.jump.tooltip", Material2AL.ARROW_FORWARD);
        jumpButton.setOnAction(event -> selectedFinding().ifPresent(this::jumpTo));
        waiveButton = button("waiveButton", "checkscreen.waive", "checkscreen.waive.tooltip", Material2AL.BOOKMARK_BORDER);
        waiveButton.setOnAction(event -> openWaiver());
        unwaiveButton = button("unwaiveButton", "checkscreen.unwaive", "checkscreen.unwaive.tooltip", Material2MZ.UNDO);
        unwaiveButton.setOnAction(event -> unwaive());
        tree.getSelectionModel().selectedItemProperty().subscribe(this::selectionChanged);
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
        String selectedId = Optional.ofNullable(tree.getSelectionModel().getSelectedItem()).map(TreeItem::getValue)
                .map(CheckViewModel.Line::id).orElse(null);
        List<String> expanded = tree.getRoot().getChildren().stream().filter(TreeItem::isExpanded)
                .map(item -> item.getValue().id()).toList();
        boolean first = tree.getRoot().getChildren().isEmpty();
        tree.getRoot().getChildren().clear();
        TreeItem<CheckViewModel.Line> criterion = null;
        TreeItem<CheckViewModel.Line> select = null;
        for (CheckViewModel.Line line : CheckViewModel.lines(report)) {
            TreeItem<CheckViewModel.Line> item = new TreeItem<>(line);
            if (line.isCriterion()) {
                criterion = item;
                item.setExpanded(first ? line.criterion().verdict() == Verdict.NOT_MET || !line.criterion().waived().isEmpty()
                        : expanded.contains(line.id()) || line.criterion().verdict() == Verdict.NOT_MET);
                tree.getRoot().getChildren().add(item);
            } else if (criterion != null) {
                criterion.getChildren().add(item);
            }
            if (line.id().equals(selectedId)) {
                select = item;
            }
        }
        summary.setText(report.openCount() == 0 ? localization.get("checkscreen.summary.none")
                : localization.get("checkscreen.summary", report.openCount(),
                        report.worst().map(worst -> localization.get(worst.labelKey())).orElse("")));
        if (select == null && selectedId != null) {
            // the finding is gone (fixed): stay on its criterion
            String criterionId = selectedId.startsWith("checkCriterion-") ? selectedId : null;
            select = tree.getRoot().getChildren().stream()
                    .filter(item -> item.getValue().id().equals(criterionId)).findFirst()
                    .orElse(tree.getRoot().getChildren().isEmpty() ? null : tree.getRoot().getChildren().get(0));
        }
        if (select == null && !tree.getRoot().getChildren().isEmpty()) {
            select = firstOpen().orElse(tree.getRoot().getChildren().get(0));
        }
        if (select != null) {
            tree.getSelectionModel().select(select);
            tree.scrollTo(Math.max(0, tree.getRow(select) - 3));
        }
    }

    /** The first open finding, so Enter right away goes to the first thing to do. */
    private Optional<TreeItem<CheckViewModel.Line>> firstOpen() {
        return tree.getRoot().getChildren().stream().flatMap(item -> item.getChildren().stream())
                .filter(item -> item.getValue().finding() != null).findFirst();
    }

    private void selectionChanged(TreeItem<CheckViewModel.Line> item) {
        CheckViewModel.Line line = item == null ? null : item.getValue();
        jumpButton.setDisable(line == null || line.about().isEmpty());
        waiveButton.setDisable(line == null || line.finding() == null);
        unwaiveButton.setDisable(line == null || line.waived() == null);
    }

    private Optional<Finding> selectedFinding() {
        return Optional.ofNullable(tree.getSelectionModel().getSelectedItem()).map(TreeItem::getValue)
                .flatMap(CheckViewModel.Line::about);
    }

    private void enter() {
        TreeItem<CheckViewModel.Line> item = tree.getSelectionModel().getSelectedItem();
        if (item == null) {
            return;
        }
        if (item.getValue().isCriterion()) {
            item.setExpanded(!item.isExpanded());
        } else {
            item.getValue().about().ifPresent(this::jumpTo);
        }
    }

    private void jumpTo(Finding finding) {
        jump.accept(model.placeOf(finding));
    }

    /** Ctrl+Shift+U: an exception for an open finding, or taking one back. */
    void exceptionKey() {
        TreeItem<CheckViewModel.Line> item = tree.getSelectionModel().getSelectedItem();
        if (item != null && item.getValue().waived() != null) {
            unwaive();
        } else {
            openWaiver();
        }
    }

    private void openWaiver() {
        TreeItem<CheckViewModel.Line> item = tree.getSelectionModel().getSelectedItem();
        if (item == null || item.getValue().finding() == null) {
            return;
        }
        waiving = item.getValue().finding();
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
        tree.requestFocus();
    }

    private void unwaive() {
        TreeItem<CheckViewModel.Line> item = tree.getSelectionModel().getSelectedItem();
        if (item != null) {
            model.unwaive(item.getValue().waived());
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
        return tree;
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
    private final class LineCell extends TreeCell<CheckViewModel.Line> {
        private static final List<String> STATES = List.of("check-met", "check-not-met", "check-not-applicable",
                "check-finding", "check-waived");

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
                setGraphic(Icons.of(Material2AL.ARROW_RIGHT));
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
