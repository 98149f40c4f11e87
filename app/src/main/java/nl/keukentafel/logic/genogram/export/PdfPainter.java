package nl.keukentafel.logic.genogram.export;

import java.awt.Color;
import java.io.IOException;
import java.util.List;
import nl.keukentafel.logic.genogram.draw.Drawing;
import nl.keukentafel.logic.genogram.draw.Drawing.Ellipse;
import nl.keukentafel.logic.genogram.draw.Drawing.Line;
import nl.keukentafel.logic.genogram.draw.Drawing.Polyline;
import nl.keukentafel.logic.genogram.draw.Drawing.Rect;
import nl.keukentafel.logic.genogram.draw.Drawing.Shape;
import nl.keukentafel.logic.genogram.draw.Drawing.Style;
import nl.keukentafel.logic.genogram.draw.Drawing.Text;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.util.Matrix;

/**
 * Paints a {@link Drawing} into a PDF content stream whose transform already maps drawing units (y down) onto the
 * page. Text is flipped back upright per line. Not thread-safe (one content stream).
 */
final class PdfPainter {
    /** Bézier handle length for a quarter circle. */
    private static final double KAPPA = 0.5522847498;
    private final PDPageContentStream stream;
    private final PdfFont font;

    PdfPainter(PDPageContentStream stream, PdfFont font) {
        this.stream = stream;
        this.font = font;
    }

    void paint(List<Shape> shapes) throws IOException {
        for (Shape shape : shapes) {
            switch (shape) {
                case Rect r -> {
                    roundRect(r.x(), r.y(), r.width(), r.height(), Math.min(r.cornerRadius(), Math.min(r.width(), r.height()) / 2));
                    finish(r.style(), true);
                }
                case Ellipse e -> {
                    ellipse(e.centerX(), e.centerY(), e.radiusX(), e.radiusY());
                    finish(e.style(), true);
                }
                case Line l -> {
                    stream.moveTo((float) l.x1(), (float) l.y1());
                    stream.lineTo((float) l.x2(), (float) l.y2());
                    finish(l.style(), false);
                }
                case Polyline p -> {
                    polyline(p);
                    finish(p.style(), p.closed());
                }
                case Text t -> text(t);
            }
        }
    }

    private void polyline(Polyline polyline) throws IOException {
        List<Double> points = polyline.points();
        for (int i = 0; i + 1 < points.size(); i += 2) {
            if (i == 0) {
                stream.moveTo(points.get(0).floatValue(), points.get(1).floatValue());
            } else {
                stream.lineTo(points.get(i).floatValue(), points.get(i + 1).floatValue());
            }
        }
        if (polyline.closed()) {
            stream.closePath();
        }
    }

    private void roundRect(double x, double y, double w, double h, double r) throws IOException {
        if (r <= 0) {
            stream.addRect((float) x, (float) y, (float) w, (float) h);
            return;
        }
        double k = r * (1 - KAPPA);
        stream.moveTo((float) (x + r), (float) y);
        stream.lineTo((float) (x + w - r), (float) y);
        curve(x + w - k, y, x + w, y + k, x + w, y + r);
        stream.lineTo((float) (x + w), (float) (y + h - r));
        curve(x + w, y + h - k, x + w - k, y + h, x + w - r, y + h);
        stream.lineTo((float) (x + r), (float) (y + h));
        curve(x + k, y + h, x, y + h - k, x, y + h - r);
        stream.lineTo((float) x, (float) (y + r));
        curve(x, y + k, x + k, y, x + r, y);
        stream.closePath();
    }

    private void ellipse(double cx, double cy, double rx, double ry) throws IOException {
        double kx = rx * KAPPA;
        double ky = ry * KAPPA;
        stream.moveTo((float) (cx + rx), (float) cy);
        curve(cx + rx, cy + ky, cx + kx, cy + ry, cx, cy + ry);
        curve(cx - kx, cy + ry, cx - rx, cy + ky, cx - rx, cy);
        curve(cx - rx, cy - ky, cx - kx, cy - ry, cx, cy - ry);
        curve(cx + kx, cy - ry, cx + rx, cy - ky, cx + rx, cy);
        stream.closePath();
    }

    private void curve(double x1, double y1, double x2, double y2, double x3, double y3) throws IOException {
        stream.curveTo((float) x1, (float) y1, (float) x2, (float) y2, (float) x3, (float) y3);
    }

    private void finish(Style style, boolean closed) throws IOException {
        stream.setStrokingColor(Color.decode(style.stroke()));
        stream.setLineWidth((float) style.strokeWidth());
        float[] dashes = new float[style.dashes().size()];
        for (int i = 0; i < dashes.length; i++) {
            dashes[i] = style.dashes().get(i).floatValue();
        }
        stream.setLineDashPattern(dashes, 0);
        if (closed && style.fill() != null) {
            stream.setNonStrokingColor(Color.decode(style.fill()));
            stream.fillAndStroke();
        } else {
            stream.stroke();
        }
    }

    private void text(Text text) throws IOException {
        String shown = font.printable(text.text());
        if (shown.isBlank()) {
            return;
        }
        double width = font.width(shown, text.size());
        double x = switch (text.anchor()) {
            case START -> text.x();
            case MIDDLE -> text.x() - width / 2;
            case END -> text.x() - width;
        };
        Color colour = Color.decode(text.color());
        stream.beginText();
        stream.setFont(font.font(), (float) text.size());
        stream.setNonStrokingColor(colour);
        if (text.bold()) {
            stream.setStrokingColor(colour);
            stream.setLineWidth((float) (text.size() * 0.04));
            stream.setRenderingMode(RenderingMode.FILL_STROKE);
        } else {
            stream.setRenderingMode(RenderingMode.FILL);
        }
        // The page transform flips y; flip the text back so it reads upright.
        stream.setTextMatrix(new Matrix(1, 0, 0, -1, (float) x, (float) text.y()));
        stream.showText(shown);
        stream.endText();
    }
}
