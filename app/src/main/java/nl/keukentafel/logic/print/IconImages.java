package nl.keukentafel.logic.print;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.GlyphVector;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.imageio.ImageIO;

/**
 * The pictograms as small pictures (PNG data URIs) drawn from the same Material icon font: a printed pictogram is
 * decoration, and as a CSS background the PDF marks it as an artifact, so a screen reader or a copy of the text does
 * not meet a private-use character where the glyph stood (issue 13). 128 pixels a side: sharp at the printed 5–7 mm at
 * 600 dpi. Drawn once per glyph per JVM. Thread-safe.
 */
final class IconImages {
    static final Color COLOUR = new Color(0x1b, 0x4f, 0x72);
    private static final int SIDE = 128;
    private static final Map<Character, String> DRAWN = new ConcurrentHashMap<>();

    private IconImages() {
    }

    /** The glyph as a {@code data:image/png;base64,...} URI. */
    static String dataUri(char glyph) {
        return DRAWN.computeIfAbsent(glyph, IconImages::draw);
    }

    private static String draw(char glyph) {
        BufferedImage image = new BufferedImage(SIDE, SIDE, BufferedImage.TYPE_INT_ARGB);
        Graphics2D graphics = image.createGraphics();
        try {
            graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            graphics.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            graphics.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            Font font = IconFont.FONT.deriveFont((float) SIDE);
            GlyphVector shape = font.createGlyphVector(graphics.getFontRenderContext(), String.valueOf(glyph));
            Rectangle2D bounds = shape.getVisualBounds();
            // the font draws each icon inside its em square with a little margin; centre what it draws
            double x = (SIDE - bounds.getWidth()) / 2 - bounds.getX();
            double y = (SIDE - bounds.getHeight()) / 2 - bounds.getY();
            graphics.setColor(COLOUR);
            graphics.fill(shape.getOutline((float) x, (float) y));
        } finally {
            graphics.dispose();
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", png);
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(png.toByteArray());
    }

    /** The icon font, read on first use. */
    private static final class IconFont {
        private static final Font FONT = load();

        private static Font load() {
            try {
                return Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(PrintFonts.iconFontBytes()));
            } catch (FontFormatException | IOException failure) {
                throw new IllegalStateException("the icon font cannot be read", failure);
            }
        }
    }
}
