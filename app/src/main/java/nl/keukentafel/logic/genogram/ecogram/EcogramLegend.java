package nl.keukentafel.logic.genogram.ecogram;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import nl.keukentafel.logic.genogram.draw.Drawing;
import nl.keukentafel.logic.genogram.draw.Drawing.Anchor;
import nl.keukentafel.logic.genogram.draw.Drawing.Ellipse;
import nl.keukentafel.logic.genogram.draw.Drawing.Line;
import nl.keukentafel.logic.genogram.draw.Drawing.Rect;
import nl.keukentafel.logic.genogram.draw.Drawing.Shape;
import nl.keukentafel.logic.genogram.draw.Drawing.Text;
import nl.keukentafel.logic.genogram.draw.DrawingBounds;
import nl.keukentafel.logic.genogram.draw.Styles;
import nl.keukentafel.model.genogram.LinkStrength;
import nl.keukentafel.model.genogram.SupportKind;

/** The ecogram's legend: line kinds, the arrow and the support tags that the drawing uses. Stateless. */
final class EcogramLegend {
    private static final double ROW = 24;

    private EcogramLegend() {
    }

    enum Item {
        STRONG("ecogram.legend.strong"), WEAK("ecogram.legend.weak"), STRESSFUL("ecogram.legend.stressful"),
        NO_LINE("ecogram.legend.noLine"), ARROW("ecogram.legend.arrow"), PRACTICAL("ecogram.legend.practical"),
        COMPANY("ecogram.legend.company"), ADVICE("ecogram.legend.advice"), EMOTIONAL("ecogram.legend.emotional"),
        ELSEWHERE("ecogram.legend.elsewhere");

        private final String key;

        Item(String key) {
            this.key = key;
        }

        static Item of(LinkStrength strength) {
            return strength == null ? NO_LINE : valueOf(strength.name());
        }

        static Item of(SupportKind kind) {
            return valueOf(kind.name());
        }
    }

    static Drawing of(Set<Item> used, Function<String, String> text) {
        List<Shape> shapes = new ArrayList<>();
        shapes.add(new Text("legend:title", 10, 22, text.apply("genogram.legend.title"), 11, true, Anchor.START, Styles.TEXT));
        double y = 30;
        double width = 120;
        for (Item item : Item.values()) {
            if (!used.contains(item)) {
                continue;
            }
            double middle = y + ROW / 2;
            String id = "legend:" + item.name();
            switch (item) {
                case STRONG, WEAK, NO_LINE -> shapes.add(new Line(id, 12, middle, 58, middle,
                        EcogramLines.style(item == Item.NO_LINE ? null : LinkStrength.valueOf(item.name()))));
                case STRESSFUL -> shapes.add(new Drawing.Polyline(id, List.of(12.0, middle, 18.0, middle - 4, 26.0, middle + 4, 34.0,
                        middle - 4, 42.0, middle + 4, 50.0, middle - 4, 58.0, middle), false, EcogramLines.style(LinkStrength.STRESSFUL)));
                case ELSEWHERE -> shapes.add(new Line(id, 12, middle, 58, middle, EcogramDrawer.FAMILY_LINE));
                case ARROW -> {
                    shapes.add(new Line(id, 12, middle, 48, middle, Styles.LINE));
                    shapes.add(DrawingBounds.translate(EcogramLines.arrow(id + ":head", 1, 0, 58, 1, Styles.INK), 0, middle));
                }
                default -> {
                    shapes.add(new Ellipse(id, 35, middle, 8, 8, Styles.solid(Styles.INK, 0.8, "#fff7d6")));
                    shapes.add(new Text(id + ":letter", 35, middle + 3.2, text.apply(EcogramDrawer.tag(SupportKind.valueOf(item.name()))),
                            9, true, Anchor.MIDDLE, Styles.TEXT));
                }
            }
            String label = text.apply(item.key);
            shapes.add(new Text(id + ":label", 70, middle + 3.2, label, 9, false, Anchor.START, Styles.TEXT));
            width = Math.max(width, 80 + Styles.textWidth(label, 9));
            y += ROW;
        }
        shapes.addFirst(new Rect("legend", 0, 0, width, y + 10, 6, Styles.solid("#9ca3af", 0.8, Styles.PAPER)));
        return new Drawing(width, y + 10, shapes);
    }
}
