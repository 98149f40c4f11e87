package nl.keukentafel.logic.print;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * The fonts of every printed document, embedded as subsets: Atkinson Hyperlegible (Braille Institute, SIL OFL 1.1;
 * made for low-vision readers, its letters hard to confuse) for the text, DejaVu Sans (Bitstream Vera licence) as
 * the fallback for letters Atkinson lacks. The Material icons the app ships through Ikonli (Apache 2.0) are not
 * embedded as text: {@link IconImages} draws the pictograms from them. The files are read once per JVM: a print never
 * waits for the disk twice. Thread-safe.
 */
final class PrintFonts {
    static final String TEXT_FAMILY = "Atkinson Hyperlegible";
    static final String FALLBACK_FAMILY = "DejaVu Sans";
    private static final String FOLDER = "/print/fonts/";
    private static final String ICONS = "/META-INF/resources/material2/20200820/fonts/MaterialIcons-Outlined.ttf";

    private record Face(String family, int weight, byte[] bytes) {
    }

    private static final class Loaded {
        private static final List<Face> FACES = List.of(
                new Face(TEXT_FAMILY, 400, read(FOLDER + "AtkinsonHyperlegible-Regular.ttf")),
                new Face(TEXT_FAMILY, 700, read(FOLDER + "AtkinsonHyperlegible-Bold.ttf")),
                new Face(FALLBACK_FAMILY, 400, read(FOLDER + "DejaVuSans.ttf")),
                new Face(FALLBACK_FAMILY, 700, read(FOLDER + "DejaVuSans-Bold.ttf")));
    }

    /** The pictograms' font, drawn into pictures by {@link IconImages}; never embedded as text. */
    static byte[] iconFontBytes() {
        return read(ICONS);
    }

    private PrintFonts() {
    }

    /** Registers every face with {@code builder}, subset on embedding. */
    static void register(PdfRendererBuilder builder) {
        for (Face face : Loaded.FACES) {
            builder.useFont(() -> new ByteArrayInputStream(face.bytes()), face.family(), face.weight(), FontStyle.NORMAL, true);
        }
    }

    private static byte[] read(String resource) {
        try (InputStream in = PrintFonts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("font resource missing: " + resource);
            }
            return in.readAllBytes();
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }
}
