package nl.keukentafel.logic.genogram.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.stream.Collectors;
import nl.keukentafel.logic.genogram.draw.Drawing;
import nl.keukentafel.logic.genogram.draw.Drawing.Ellipse;
import nl.keukentafel.logic.genogram.draw.Drawing.Line;
import nl.keukentafel.logic.genogram.draw.Drawing.Polyline;
import nl.keukentafel.logic.genogram.draw.Drawing.Rect;
import nl.keukentafel.logic.genogram.draw.Drawing.Shape;
import nl.keukentafel.logic.genogram.draw.Drawing.Style;
import nl.keukentafel.logic.genogram.draw.Drawing.Text;

/**
 * Writes a {@link Drawing} as standalone SVG 1.1 (UTF-8, a viewBox in drawing units, white background). Every shape
 * carries its drawing id as {@code data-id}, so a symbol can be found per person. Text is escaped and stripped of
 * characters XML forbids. Stateless and thread-safe.
 */
public final class SvgExporter {
    static final String FONT = "Liberation Sans, Arial, Helvetica, sans-serif";

    public void write(Drawing drawing, String title, OutputStream out) throws IOException {
        out.write(toSvg(drawing, title).getBytes(StandardCharsets.UTF_8));
    }

    public String toSvg(Drawing drawing, String title) {
        StringBuilder svg = new StringBuilder(4096 + drawing.shapes().size() * 120);
        svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"").append(number(drawing.width()))
                .append("\" height=\"").append(number(drawing.height())).append("\" viewBox=\"0 0 ").append(number(drawing.width()))
                .append(' ').append(number(drawing.height())).append("\">\n");
        if (title != null && !title.isBlank()) {
            svg.append("<title>").append(escape(title)).append("</title>\n");
        }
        svg.append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
        for (Shape shape : drawing.shapes()) {
            svg.append(element(shape)).append('\n');
        }
        return svg.append("</svg>\n").toString();
    }

    private static String element(Shape shape) {
        String id = shape.id() == null ? "" : " data-id=\"" + escape(shape.id()) + "\"";
        return switch (shape) {
            case Rect r -> "<rect" + id + attr("x", r.x()) + attr("y", r.y()) + attr("width", r.width()) + attr("height", r.height())
                    + (r.cornerRadius() > 0 ? attr("rx", r.cornerRadius()) : "") + style(r.style()) + "/>";
            case Ellipse e -> "<ellipse" + id + attr("cx", e.centerX()) + attr("cy", e.centerY()) + attr("rx", e.radiusX())
                    + attr("ry", e.radiusY()) + style(e.style()) + "/>";
            case Line l -> "<line" + id + attr("x1", l.x1()) + attr("y1", l.y1()) + attr("x2", l.x2()) + attr("y2", l.y2())
                    + style(l.style()) + "/>";
            case Polyline p -> "<" + (p.closed() ? "polygon" : "polyline") + id + " points=\"" + points(p) + "\""
                    + style(p.style()) + "/>";
            case Text t -> "<text" + id + attr("x", t.x()) + attr("y", t.y()) + " font-family=\"" + FONT + "\""
                    + attr("font-size", t.size())
                    + (t.bold() ? " font-weight=\"bold\"" : "") + " text-anchor=\"" + anchor(t.anchor()) + "\" fill=\"" + t.color() + "\">"
                    + (t.title() == null ? "" : "<title>" + escape(t.title()) + "</title>") + escape(t.text()) + "</text>";
        };
    }

    private static String points(Polyline polyline) {
        StringBuilder points = new StringBuilder();
        for (int i = 0; i + 1 < polyline.points().size(); i += 2) {
            points.append(i == 0 ? "" : " ").append(number(polyline.points().get(i))).append(',')
                    .append(number(polyline.points().get(i + 1)));
        }
        return points.toString();
    }

    private static String style(Style style) {
        String dashes = style.dashes().isEmpty() ? ""
                : " stroke-dasharray=\"" + style.dashes().stream().map(SvgExporter::number).collect(Collectors.joining(",")) + "\"";
        return " stroke=\"" + style.stroke() + "\"" + attr("stroke-width", style.strokeWidth()) + dashes
                + " fill=\"" + (style.fill() == null ? "none" : style.fill()) + "\" stroke-linejoin=\"round\"";
    }

    private static String anchor(Drawing.Anchor anchor) {
        return switch (anchor) {
            case START -> "start";
            case MIDDLE -> "middle";
            case END -> "end";
        };
    }

    private static String attr(String name, double value) {
        return " " + name + "=\"" + number(value) + "\"";
    }

    static String number(double value) {
        String text = String.format(Locale.ROOT, "%.2f", value);
        text = text.contains(".") ? text.replaceAll("0+$", "").replaceAll("\\.$", "") : text;
        return "-0".equals(text) ? "0" : text;
    }

    /** XML-escaped, without the control characters XML 1.0 does not allow. */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        text.codePoints().forEach(point -> {
            switch (point) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&apos;");
                default -> {
                    if (point >= 0x20 || point == '\t' || point == '\n' || point == '\r') {
                        escaped.appendCodePoint(point);
                    }
                }
            }
        });
        return escaped.toString();
    }
}
