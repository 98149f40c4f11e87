package nl.keukentafel.logic.genogram.draw;

import java.util.List;
import nl.keukentafel.logic.genogram.draw.Drawing.Style;
import nl.keukentafel.logic.genogram.layout.Labels;

/** The pens and sizes of the genogram and ecogram notation, in layout units (a symbol is 40 wide). Immutable. */
public final class Styles {
    public static final String INK = "#1f2937";
    public static final String TEXT = "#111827";
    public static final String MUTED = "#4b5563";
    public static final String PAPER = "#ffffff";
    public static final String HOUSEHOLD = "#1565c0";
    public static final double NAME_SIZE = Labels.NAME_SIZE;
    public static final double SMALL_SIZE = Labels.SMALL_SIZE;
    public static final double AGE_SIZE = 11;

    public static final Style SYMBOL = solid(INK, 1.6, PAPER);
    public static final Style LINE = solid(INK, 1.4, null);
    public static final Style THIN = solid(INK, 1.0, null);
    public static final Style FILLED = solid(INK, 1.0, INK);

    private Styles() {
    }

    public static Style solid(String stroke, double width, String fill) {
        return new Style(stroke, width, List.of(), fill);
    }

    public static Style dashed(String stroke, double width, double... pattern) {
        return new Style(stroke, width, java.util.Arrays.stream(pattern).boxed().toList(), null);
    }

    /** The same pen with another dash pattern (dashed/dotted/dash-dot child and couple lines). */
    public static Style withDashes(Style style, List<Double> dashes) {
        return new Style(style.stroke(), style.strokeWidth(), dashes, style.fill());
    }

    /** The estimated width of a text, never short of what the painters' fonts need (see {@link Labels#width(String, double)}). */
    public static double textWidth(String text, double size) {
        return Labels.width(text, size);
    }
}
