package nl.keukentafel.gui.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.Node;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import nl.keukentafel.i18n.Localization;
import nl.keukentafel.logic.plan.WhoDoesWhat;
import nl.keukentafel.model.plan.OwnerKind;
import nl.keukentafel.model.plan.PlanSnapshot;

/**
 * "Wie doet wat wanneer": every action of every goal in one table (the logic's {@link WhoDoesWhat}), sortable by
 * person and by date with a click on the heading. Read-only: the lines are edited under their goal. FX thread only.
 */
final class WhoDoesWhatSection implements PlanSection {
    private final Localization localization;
    private final VBox root = new VBox(8);
    private final TableView<WhoDoesWhat.Row> table = new TableView<>();
    private final TableColumn<WhoDoesWhat.Row, WhoDoesWhat.Row> who;
    private final TableColumn<WhoDoesWhat.Row, WhoDoesWhat.Row> due;
    private PlanSnapshot shownSnapshot;

    WhoDoesWhatSection(Localization localization) {
        this.localization = localization;
        table.setId("whoDoesWhatTable");
        who = column("planscreen.who.person", this::owner, WhoDoesWhat.BY_PERSON, 0.17);
        who.setId("whoColumn");
        due = column("planscreen.who.due", WhoDoesWhat.Row::dueDate, WhoDoesWhat.BY_DATE, 0.12);
        due.setId("dueColumn");
        TableColumn<WhoDoesWhat.Row, WhoDoesWhat.Row> what = column("planscreen.who.what", WhoDoesWhat.Row::what, null, 0.29);
        TableColumn<WhoDoesWhat.Row, WhoDoesWhat.Row> goal = column("planscreen.who.goal",
                row -> row.goalPlace() + ". " + row.goalText(), Comparator.comparingInt(WhoDoesWhat.Row::goalPlace), 0.24);
        TableColumn<WhoDoesWhat.Row, WhoDoesWhat.Row> status = column("planscreen.who.status",
                row -> PlanLabels.label(localization, row.status()), null, 0.16);
        table.getColumns().setAll(List.of(who, what, due, goal, status));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(PlanForms.hint(localization, "planscreen.who.none"));
        table.setFixedCellSize(30);
        table.setPrefHeight(4 * 30 + 34);
        javafx.scene.control.Button byPerson = new javafx.scene.control.Button(localization.get("planscreen.who.byPerson"));
        byPerson.setId("whoSortPerson");
        byPerson.getStyleClass().add(atlantafx.base.theme.Styles.SMALL);
        byPerson.setOnAction(event -> sortBy(true));
        javafx.scene.control.Button byDate = new javafx.scene.control.Button(localization.get("planscreen.who.byDate"));
        byDate.setId("whoSortDate");
        byDate.getStyleClass().add(atlantafx.base.theme.Styles.SMALL);
        byDate.setOnAction(event -> sortBy(false));
        javafx.scene.layout.HBox sort = new javafx.scene.layout.HBox(8, byPerson, byDate);
        root.getChildren().setAll(PlanForms.heading(localization, "planscreen.who.title"),
                PlanForms.hint(localization, "planscreen.who.hint"), sort, table);
        root.getStyleClass().add("plan-section");
    }

    private String owner(WhoDoesWhat.Row row) {
        if (row.owner().isBlank() && row.ownerKind() == OwnerKind.REGISSEUR) {
            return localization.get("planscreen.regisseur");
        }
        return row.owner();
    }

    private TableColumn<WhoDoesWhat.Row, WhoDoesWhat.Row> column(String key, Function<WhoDoesWhat.Row, String> text,
                                                                 Comparator<WhoDoesWhat.Row> order, double share) {
        TableColumn<WhoDoesWhat.Row, WhoDoesWhat.Row> column = new TableColumn<>(localization.get(key));
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        column.setCellFactory(any -> new TableCell<>() {
            @Override
            protected void updateItem(WhoDoesWhat.Row row, boolean empty) {
                super.updateItem(row, empty);
                setText(empty || row == null ? null : text.apply(row));
            }
        });
        if (order == null) {
            column.setSortable(false);
        } else {
            column.setComparator(order);
        }
        column.prefWidthProperty().bind(table.widthProperty().multiply(share));
        return column;
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public void show(PlanViewModel.Reading reading, PlanSnapshot shown) {
        if (shown == shownSnapshot) {
            return;
        }
        shownSnapshot = shown;
        List<WhoDoesWhat.Row> rows = WhoDoesWhat.rows(PlanViewModel.stateOf(reading.plan(), shown));
        var order = new ArrayList<>(table.getSortOrder());
        table.getItems().setAll(rows);
        table.getSortOrder().setAll(order);
        table.setPrefHeight(Math.min(12, Math.max(3, rows.size())) * 30 + 44);
    }

    /** Sorts by person or by date, as a click on that heading does. */
    void sortBy(boolean person) {
        table.getSortOrder().setAll(List.of(person ? who : due));
    }
}
