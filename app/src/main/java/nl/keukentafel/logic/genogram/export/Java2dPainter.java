package nl.keukentafel.logic.genogram.export;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import nl.keukentafel.logic.genogram.draw.Drawing;
import nl.keukentafel.logic.genogram.draw.Drawing.Ellipse;
import nl.keukentafel.logic.genogram.draw.Drawing.Line;
import nl.keukentafel.logic.genogram.draw.Drawing.Polyline;
import nl.keukentafel.logic.genogram.draw.Drawing.Rect;
import nl.keukentafel.logic.genogram.draw.Drawing.Shape;
import nl.keukentafel.logic.genogram.draw.Drawing.Style;
import nl.keukentafel.logic.genogram.draw.Drawing.Text;

/** Paints a {@link Drawing} on a Java2D surface in drawing units (the caller sets the transform). Stateless. */
final class Java2dPainter {
    private Java2dPainter() {
    }

    static void paint(Drawing drawing, Graphics2D g) {
        for (Shape shape : drawing.shapes()) {
            switch (shape) {
                case Rect r -> draw(g, new RoundRectangle2D.Double(r.x(), r.y(), r.width(), r.height(), 2 * r.cornerRadius(),
                        2 * r.cornerRadius()), r.style());
                case Ellipse e -> draw(g, new Ellipse2D.Double(e.centerX() - e.radiusX(), e.centerY() - e.radiusY(), 2 * e.radiusX(),
                        2 * e.radiusY()), e.style());
                case Line l -> draw(g, new Line2D.Double(l.x1(), l.y1(), l.x2(), l.y2()), l.style());
                case Polyline p -> draw(g, path(p), p.style());
                case Text t -> text(g, t);
            }
        }
    }

    private static Path2D path(Polyline polyline) {
        Path2D.Double path = new Path2D.Double();
        for (int i = 0; i + 1 < polyline.points().size(); i += 2) {
            if (i == 0) {
                path.moveTo(polyline.points().get(i), polyline.points().get(i + 1));
            } else {
                path.lineTo(polyline.points().get(i), polyline.points().get(i + 1));
            }
        }
        if (polyline.closed()) {
            path.closePath();
        }
        return path;
    }

    private static void draw(Graphics2D g, java.awt.Shape shape, Style style) {
        if (style.fill() != null) {
            g.setColor(Color.decode(style.fill()));
            g.fill(shape);
        }
        float[] dashes = null;
        if (!style.dashes().isEmpty()) {
            dashes = new float[style.dashes().size()];
            for (int i = 0; i < dashes.length; i++) {
                dashes[i] = style.dashes().get(i).floatValue();
            }
        }
        g.setStroke(new BasicStroke((float) style.strokeWidth(), BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10, dashes, 0));
        g.setColor(Color.decode(style.stroke()));
        g.draw(shape);
    }

    private static void text(Graphics2D g, Text text) {
        Font font = new Font(Font.SANS_SERIF, text.bold() ? Font.BOLD : Font.PLAIN, 100).deriveFont((float) text.size());
        g.setFont(font);
        g.setColor(Color.decode(text.color()));
        FontMetrics metrics = g.getFontMetrics();
        double width = metrics.getStringBounds(text.text(), g).getWidth();
        double x = switch (text.anchor()) {
            case START -> text.x();
            case MIDDLE -> text.x() - width / 2;
            case END -> text.x() - width;
        };
        g.drawString(text.text(), (float) x, (float) text.y());
    }
}
