package nl.keukentafel.gui.plan;

import java.util.Arrays;
import java.util.List;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.Priority;

/** Column widths of the werkplan's grids. Stateless. */
final class PlanLayout {
    private PlanLayout() {
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
