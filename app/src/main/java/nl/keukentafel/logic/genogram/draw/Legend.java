package nl.keukentafel.logic.genogram.draw;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.keukentafel.logic.genogram.draw.Drawing.Anchor;
import nl.keukentafel.logic.genogram.draw.Drawing.Rect;
import nl.keukentafel.logic.genogram.draw.Drawing.Shape;
import nl.keukentafel.logic.genogram.draw.Drawing.Text;

/**
 * The legend of the symbols a drawing uses, one row each: a half-size sample and its label, under a title, in a
 * light frame (id "legend"; parts "legend:ITEM"). A drawing of its own, placed beside the picture or on a page. Stateless.
 */
public final class Legend {
    private static final double ROW = 26;
    private static final double SAMPLE_SCALE = 0.5;
    private static final double LABEL_SIZE = 9;
    private static final double PAD = 10;

    private Legend() {
    }

    static Drawing of(Set<LegendItem> used, GenogramDrawOptions options) {
        List<Shape> shapes = new ArrayList<>();
        String title = options.text().apply("genogram.legend.title");
        double y = PAD + 12;
        shapes.add(new Text("legend:title", PAD, y, title, 11, true, Anchor.START, Styles.TEXT));
        double width = Styles.textWidth(title, 11);
        y += 8;
        for (LegendItem item : LegendItem.values()) {
            if (!used.contains(item)) {
                continue;
            }
            Canvas sample = new Canvas();
            item.sample(sample, "legend:" + item.name(), 0, 0, options);
            double centreY = y + ROW / 2;
            for (Shape shape : sample.shapes()) {
                shapes.add(DrawingBounds.translate(DrawingBounds.scale(shape, SAMPLE_SCALE), PAD + 25, centreY));
            }
            String label = options.text().apply(item.key());
            shapes.add(new Text("legend:" + item.name() + ":label", PAD + 60, centreY + LABEL_SIZE * 0.35, label, LABEL_SIZE, false,
                    Anchor.START, Styles.TEXT));
            width = Math.max(width, 50 + Styles.textWidth(label, LABEL_SIZE));
            y += ROW;
        }
        double totalWidth = width + 2 * PAD + 10;
        double height = y + PAD;
        shapes.addFirst(new Rect("legend", 0, 0, totalWidth, height, 6, Styles.solid("#9ca3af", 0.8, Styles.PAPER)));
        return new Drawing(totalWidth, height, shapes);
    }
}
