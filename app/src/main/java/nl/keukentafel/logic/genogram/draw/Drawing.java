package nl.keukentafel.logic.genogram.draw;

import java.util.List;

/**
 * A picture as primitive shapes in drawing order, in layout units with the origin top left: what the SVG, PDF and PNG
 * painters and the screen all paint, so an export is what was seen. {@code id} of a shape is the person key, couple
 * id etc. it belongs to (null for decoration), for hit-testing and for tests of the geometry. Immutable.
 */
public record Drawing(double width, double height, List<Shape> shapes) {
    public Drawing {
        shapes = List.copyOf(shapes);
    }

    /** Stroke colour and fill as {@code #rrggbb} (fill null = none), dash lengths empty = solid. */
    public record Style(String stroke, double strokeWidth, List<Double> dashes, String fill) {
        public Style {
            dashes = List.copyOf(dashes);
        }
    }

    public sealed interface Shape permits Rect, Ellipse, Line, Polyline, Text {
        String id();
    }

    public record Rect(String id, double x, double y, double width, double height, double cornerRadius, Style style) implements Shape {
    }

    public record Ellipse(String id, double centerX, double centerY, double radiusX, double radiusY, Style style) implements Shape {
    }

    public record Line(String id, double x1, double y1, double x2, double y2, Style style) implements Shape {
    }

    /** Points as x0, y0, x1, y1, …; closed joins the last point to the first. */
    public record Polyline(String id, List<Double> points, boolean closed, Style style) implements Shape {
        public Polyline {
            points = List.copyOf(points);
        }
    }

    /**
     * The owner of a shape id: a symbol's id is the person key itself, its parts (name, years, index outline…) are
     * {@code key:part}; couple lines, relations, "legend" and "household" follow the same pattern. Null stays null.
     */
    public static String owner(String id) {
        if (id == null) {
            return null;
        }
        int colon = id.indexOf(':');
        return colon < 0 ? id : id.substring(0, colon);
    }

    public enum Anchor { START, MIDDLE, END }

    /**
     * A line of text with its baseline at y. {@code title} is the whole text when {@code text} had to be shortened
     * (shown on hover on the screen, as a title in SVG); null otherwise.
     */
    public record Text(String id, double x, double y, String text, double size, boolean bold, Anchor anchor, String color,
                       String title) implements Shape {
        public Text(String id, double x, double y, String text, double size, boolean bold, Anchor anchor, String color) {
            this(id, x, y, text, size, bold, anchor, color, null);
        }
    }
}
