package nl.keukentafel.logic.genogram.export;

import java.io.IOException;
import java.io.InputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The embedded font of an export: Liberation Sans as shipped inside PDFBox (SIL Open Font License), subset into the
 * file. Unlike the standard 14 fonts (WinAnsi: é and ë, but not ş, ł or ğ) it covers the names of Turkish, Polish and
 * other families too; a character it lacks prints as "?", never fails the export. Not thread-safe (per document).
 */
final class PdfFont {
    private static final String RESOURCE = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    private final PDType0Font font;

    private PdfFont(PDType0Font font) {
        this.font = font;
    }

    static PdfFont load(PDDocument document) throws IOException {
        try (InputStream in = PDFont.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IOException("font resource missing");
            }
            return new PdfFont(PDType0Font.load(document, in, true));
        }
    }

    PDType0Font font() {
        return font;
    }

    /** The text with every character the font cannot show replaced by "?". */
    String printable(String text) {
        StringBuilder shown = new StringBuilder(text.length());
        text.codePoints().forEach(point -> {
            String character = new String(Character.toChars(point));
            shown.append(point >= 0x20 && canShow(character) ? character : "?");
        });
        return shown.toString();
    }

    private boolean canShow(String character) {
        try {
            font.encode(character); // throws when the font has no glyph for it
            return true;
        } catch (IllegalArgumentException | IOException notInFont) {
            return false;
        }
    }

    double width(String text, double size) throws IOException {
        return font.getStringWidth(text) / 1000 * size;
    }
}
