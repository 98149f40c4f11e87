package nl.keukentafel.gui.plan;

import atlantafx.base.theme.Styles;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import nl.keukentafel.gui.common.Icons;
import nl.keukentafel.i18n.Localization;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * A list of rows of one record kind (agreements, referrals), each row kept across reads so typing keeps its focus.
 * FX thread only.
 */
final class RecordRows<T, R extends RecordRows.Row<T>> {
    /** One record's row. */
    interface Row<T> {
        Node root();

        Node firstField();

        void show(T stored);

        void number(int place);
    }

    private final VBox root = new VBox(6);
    private final Map<UUID, R> rows = new LinkedHashMap<>();
    private final Function<T, UUID> idOf;
    private final Function<T, R> make;
    private final Node empty;

    RecordRows(Localization localization, String emptyKey, Function<T, UUID> idOf, Function<T, R> make) {
        this.idOf = idOf;
        this.make = make;
        this.empty = PlanForms.hint(localization, emptyKey);
    }

    Node root() {
        return root;
    }

    void show(List<T> records) {
        Map<UUID, R> kept = new LinkedHashMap<>();
        List<Node> nodes = new ArrayList<>();
        int place = 1;
        for (T stored : records) {
            R row = rows.get(idOf.apply(stored));
            if (row == null) {
                row = make.apply(stored);
            } else {
                row.show(stored);
            }
            row.number(place++);
            kept.put(idOf.apply(stored), row);
            nodes.add(row.root());
        }
        rows.clear();
        rows.putAll(kept);
        if (nodes.isEmpty()) {
            nodes.add(empty);
        }
        if (!root.getChildren().equals(nodes)) {
            root.getChildren().setAll(nodes);
        }
    }

    Optional<Node> editorOf(UUID id) {
        return Optional.ofNullable(rows.get(id)).map(Row::firstField);
    }

    /** The small delete button every row ends with. */
    static Button deleteButton(Localization localization, String key, Runnable delete, boolean editable) {
        Button button = new Button(null, Icons.of(Material2AL.DELETE_OUTLINE));
        button.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        button.setTooltip(new Tooltip(localization.get(key)));
        button.setAccessibleText(localization.get(key));
        button.setOnAction(event -> delete.run());
        button.setVisible(editable);
        return button;
    }

    /** The "add" button under a list; hidden when the plan is read-only. */
    static Button addButton(Localization localization, String id, String key, Runnable add, boolean editable) {
        Button button = new Button(localization.get(key), Icons.of(Material2AL.ADD));
        button.setId(editable ? id : null);
        button.getStyleClass().add(Styles.SMALL);
        button.setOnAction(event -> add.run());
        button.setVisible(editable);
        button.managedProperty().bind(button.visibleProperty());
        return button;
    }
}
