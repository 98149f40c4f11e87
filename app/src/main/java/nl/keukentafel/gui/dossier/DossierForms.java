package nl.keukentafel.gui.dossier;

import javafx.scene.Node;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;

/** The dossier's two-column forms. Tab follows the order the fields are added in. Stateless. */
final class DossierForms {
    private DossierForms() {
    }

    static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(20);
        grid.setVgap(14);
        grid.getStyleClass().add("dossier-form");
        for (int column = 0; column < 2; column++) {
            ColumnConstraints constraints = new ColumnConstraints();
            constraints.setPercentWidth(50);
            constraints.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().add(constraints);
        }
        return grid;
    }

    /** Lays the editors out left to right, top to bottom. */
    static void add(GridPane grid, Node... editors) {
        int start = grid.getChildren().size();
        for (int index = 0; index < editors.length; index++) {
            int position = start + index;
            grid.add(editors[index], position % 2, position / 2);
        }
    }
}
