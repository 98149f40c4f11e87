package nl.keukentafel.gui.caseload;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ObservableMap;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import nl.keukentafel.gui.common.Icons;
import nl.keukentafel.i18n.Localization;
import org.kordamp.ikonli.material2.Material2AL;
import nl.keukentafel.store.CaseloadQuery;

/** The caseload's table: one row per family; Enter or a double click opens it. FX thread only. */
final class CaseloadTable {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    private final TableView<CaseloadQuery.Row> table = new TableView<>();
    private final Localization localization;

    private final Predicate<CaseloadQuery.Row> evaluationOverdue;
    private final ObservableMap<UUID, CaseloadViewModel.CheckSummary> checks;

    /** {@code checks}: the dossier check's count and worst criterion per family (issue 12). */
    CaseloadTable(Localization localization, Consumer<CaseloadQuery.Row> open, Predicate<CaseloadQuery.Row> evaluationOverdue,
                  ObservableMap<UUID, CaseloadViewModel.CheckSummary> checks) {
        this.localization = localization;
        this.evaluationOverdue = evaluationOverdue;
        this.checks = checks;
        table.setId("caseloadTable");
        table.getStyleClass().addAll(Styles.STRIPED, Tweaks.EDGE_TO_EDGE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("caseload.column.household", 260, this::householdName));
        table.getColumns().add(column("caseload.column.address", 300, CaseloadQuery.Row::address));
        table.getColumns().add(column("caseload.column.members", 90, row -> String.valueOf(row.memberCount())));
        table.getColumns().add(column("caseload.column.nextVisit", 130,
                row -> row.nextVisit() == null ? "—" : DATE.format(row.nextVisit())));
        table.getColumns().add(nextEvaluationColumn());
        table.getColumns().add(openPointsColumn());
        table.setRowFactory(view -> {
            TableRow<CaseloadQuery.Row> row = new TableRow<>();
            row.itemProperty().subscribe(item -> row.pseudoClassStateChanged(
                    javafx.css.PseudoClass.getPseudoClass("archived"), item != null && item.archived()));
            row.setOnMouseClicked(event -> {
                if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2 && !row.isEmpty()) {
                    open.accept(row.getItem());
                }
            });
            return row;
        });
        table.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER && selected() != null) {
                event.consume();
                open.accept(selected());
            }
        });
    }

    private String householdName(CaseloadQuery.Row row) {
        String name = row.householdName() == null || row.householdName().isBlank()
                ? localization.get("dossier.untitled") : row.householdName();
        return row.archived() ? localization.get("caseload.archivedName", name) : name;
    }

    private TableColumn<CaseloadQuery.Row, String> column(String key, double width, Function<CaseloadQuery.Row, String> value) {
        TableColumn<CaseloadQuery.Row, String> column = new TableColumn<>(localization.get(key));
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        return column;
    }

    /** The werkplan's next evaluation; an overdue one says so in words and with an icon, not by colour alone. */
    private TableColumn<CaseloadQuery.Row, CaseloadQuery.Row> nextEvaluationColumn() {
        TableColumn<CaseloadQuery.Row, CaseloadQuery.Row> column =
                new TableColumn<>(localization.get("evalscreen.caseload.nextEvaluation"));
        column.setId("nextEvaluationColumn");
        // wide enough for "14-11-2026 (te laat)" with its icon at 1024 pixels; the address gives way
        column.setMinWidth(200);
        column.setPrefWidth(200);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        column.setCellFactory(view -> new TableCell<>() {
            @Override
            protected void updateItem(CaseloadQuery.Row row, boolean empty) {
                super.updateItem(row, empty);
                getStyleClass().remove("evaluation-overdue");
                setGraphic(null);
                setTooltip(null);
                if (empty || row == null) {
                    setText(null);
                    return;
                }
                String date = row.nextEvaluation() == null ? "—" : DATE.format(row.nextEvaluation());
                if (evaluationOverdue.test(row)) {
                    setText(localization.get("evalscreen.caseload.overdue", date));
                    setGraphic(Icons.of(Material2AL.ERROR_OUTLINE));
                    setTooltip(new Tooltip(localization.get("evalscreen.caseload.overdue.tooltip", date)));
                    getStyleClass().add("evaluation-overdue");
                } else {
                    setText(date);
                }
            }
        });
        return column;
    }

    /**
     * The dossier check's open findings; the tooltip names the first criterion with any (the yardstick's order).
     */
    private TableColumn<CaseloadQuery.Row, CaseloadViewModel.CheckSummary> openPointsColumn() {
        TableColumn<CaseloadQuery.Row, CaseloadViewModel.CheckSummary> column =
                new TableColumn<>(localization.get("caseload.column.openPoints"));
        column.setId("openPointsColumn");
        column.setPrefWidth(120);
        column.setCellValueFactory(cell -> Bindings.valueAt(checks, cell.getValue().dossierId()));
        column.setCellFactory(view -> new TableCell<>() {
            @Override
            protected void updateItem(CaseloadViewModel.CheckSummary summary, boolean empty) {
                super.updateItem(summary, empty);
                getStyleClass().remove("open-points");
                setTooltip(null);
                if (empty || summary == null) {
                    setText(null);
                    return;
                }
                setText(String.valueOf(summary.openCount()));
                if (summary.openCount() > 0) {
                    getStyleClass().add("open-points");
                }
                if (summary.worst() != null) {
                    setTooltip(new Tooltip(localization.get("checkscreen.caseload.worst", summary.openCount(),
                            localization.get(summary.worst().labelKey()))));
                }
            }
        });
        return column;
    }

    TableView<CaseloadQuery.Row> table() {
        return table;
    }

    CaseloadQuery.Row selected() {
        return table.getSelectionModel().getSelectedItem();
    }

    void focusFirst() {
        if (!table.getItems().isEmpty()) {
            if (table.getSelectionModel().isEmpty()) {
                table.getSelectionModel().selectFirst();
            }
            table.requestFocus();
        }
    }
}
