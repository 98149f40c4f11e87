package nl.keukentafel.logic.genogram.draw;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import nl.keukentafel.logic.genogram.draw.Drawing.Anchor;
import nl.keukentafel.logic.genogram.draw.Drawing.Line;
import nl.keukentafel.logic.genogram.draw.Drawing.Polyline;
import nl.keukentafel.logic.genogram.draw.Drawing.Shape;
import nl.keukentafel.logic.genogram.draw.Drawing.Style;
import nl.keukentafel.logic.genogram.draw.Drawing.Text;

/** Collects shapes in drawing order and the legend items they use, while one drawing is made. Not thread-safe. */
final class Canvas {
    private final List<Shape> shapes = new ArrayList<>();
    private final Set<LegendItem> used = EnumSet.noneOf(LegendItem.class);

    void add(Shape shape) {
        shapes.add(shape);
    }

    void line(String id, double x1, double y1, double x2, double y2, Style style) {
        shapes.add(new Line(id, x1, y1, x2, y2, style));
    }

    void polyline(String id, Style style, double... points) {
        shapes.add(new Polyline(id, java.util.Arrays.stream(points).boxed().toList(), false, style));
    }

    void text(String id, double x, double y, String text, double size, Anchor anchor) {
        if (text != null && !text.isBlank()) {
            shapes.add(new Text(id, x, y, text, size, false, anchor, Styles.TEXT));
        }
    }

    void use(LegendItem item) {
        used.add(item);
    }

    List<Shape> shapes() {
        return shapes;
    }

    Set<LegendItem> used() {
        return used;
    }
}
