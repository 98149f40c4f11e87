package nl.keukentafel.gui.plan;

import java.util.Arrays;
import java.util.List;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.Priority;

/** Column widths of the werkplan's grids. Stateless. */
final class PlanLayout {
    private PlanLayout() {
    }

    /** Lines up a row's controls at the top, so a problem under one field does not push the others down. */
    static void top(javafx.scene.layout.GridPane grid) {
        grid.getChildren().forEach(child -> javafx.scene.layout.GridPane.setValignment(child, javafx.geometry.VPos.TOP));
    }

    static List<ColumnConstraints> columns(double... percentages) {
        return Arrays.stream(percentages).mapToObj(percentage -> {
            ColumnConstraints column = new ColumnConstraints();
            column.setPercentWidth(percentage);
            column.setHgrow(Priority.ALWAYS);
            column.setFillWidth(true);
            return column;
        }).toList();
    }
}
