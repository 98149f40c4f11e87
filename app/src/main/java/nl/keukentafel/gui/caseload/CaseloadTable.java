package nl.keukentafel.gui.caseload;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import java.time.format.DateTimeFormatter;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import javafx.beans.property.ReadOnlyObjectWrapper;
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

    CaseloadTable(Localization localization, Consumer<CaseloadQuery.Row> open, Predicate<CaseloadQuery.Row> evaluationOverdue) {
        this.localization = localization;
        this.evaluationOverdue = evaluationOverdue;
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

    private TableColumn<CaseloadQuery.Row, Integer> openPointsColumn() {
        TableColumn<CaseloadQuery.Row, Integer> column = new TableColumn<>(localization.get("caseload.column.openPoints"));
        column.setPrefWidth(120);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().openPoints()));
        column.setCellFactory(view -> new TableCell<>() {
            @Override
            protected void updateItem(Integer points, boolean empty) {
                super.updateItem(points, empty);
                setText(empty || points == null ? null : String.valueOf(points));
                getStyleClass().remove("open-points");
                if (!empty && points != null && points > 0) {
                    getStyleClass().add("open-points");
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
