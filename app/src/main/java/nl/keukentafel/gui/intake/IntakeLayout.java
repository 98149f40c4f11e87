package nl.keukentafel.gui.intake;

import java.util.Arrays;
import java.util.List;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.Priority;

/** Column widths of the intake's compact grids. Stateless. */
final class IntakeLayout {
    private IntakeLayout() {
    }

    static List<ColumnConstraints> columns(double... percentages) {
        return Arrays.stream(percentages).mapToObj(percentage -> {
            ColumnConstraints column = new ColumnConstraints();
            column.setPercentWidth(percentage);
            column.setHgrow(Priority.ALWAYS);
            return column;
        }).toList();
    }
}
