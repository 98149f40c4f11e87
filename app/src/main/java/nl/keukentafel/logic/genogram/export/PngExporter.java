package nl.keukentafel.logic.genogram.export;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import javax.imageio.ImageIO;
import nl.keukentafel.logic.genogram.draw.Drawing;

/**
 * Renders a {@link Drawing} to a PNG with Java2D, antialiased, on white, {@code scale} pixels per drawing unit. Uses
 * only a BufferedImage, so it works headless (CLI, servers). Stateless and thread-safe.
 */
public final class PngExporter {
    /** The largest side in pixels; a huge family at a high scale is refused rather than running out of memory. */
    public static final int MAX_SIDE = 16_000;

    public BufferedImage render(Drawing drawing, double scale) {
        int width = (int) Math.ceil(drawing.width() * scale);
        int height = (int) Math.ceil(drawing.height() * scale);
        if (width <= 0 || height <= 0 || width > MAX_SIDE || height > MAX_SIDE) {
            throw new IllegalArgumentException("PNG size out of range: " + width + "x" + height);
        }
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            g.scale(scale, scale);
            Java2dPainter.paint(drawing, g);
        } finally {
            g.dispose();
        }
        return image;
    }

    public void write(Drawing drawing, double scale, OutputStream out) throws IOException {
        if (!ImageIO.write(render(drawing, scale), "png", out)) {
            throw new IOException("no PNG writer");
        }
    }
}
