package nl.keukentafel.logic.about;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipFile;

/**
 * The font files inside the bundled libraries (the icon font, the PDF fonts), found by looking in the jars on the
 * class path, so the About screen lists what really ships. Each is covered by the licence of the library it is in.
 * Stateless and thread-safe.
 */
public final class BundledFonts {
    private BundledFonts() {
    }

    /** "font file (in library.jar)" for every font in the jars of {@code classPath} (as in java.class.path). */
    public static List<String> in(String classPath) {
        List<String> fonts = new ArrayList<>();
        for (String entry : classPath.split(File.pathSeparator)) {
            if (!entry.endsWith(".jar")) {
                continue;
            }
            try (ZipFile jar = new ZipFile(entry)) {
                String jarName = Path.of(entry).getFileName().toString();
                jar.stream().map(file -> file.getName()).filter(BundledFonts::isFont)
                        .map(name -> name.substring(name.lastIndexOf('/') + 1) + " (" + jarName + ")").forEach(fonts::add);
            } catch (IOException unreadable) {
                // a jar that cannot be read contributes no font to the list
            }
        }
        return fonts.stream().sorted().toList();
    }

    private static boolean isFont(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".ttf") || lower.endsWith(".otf") || lower.endsWith(".pfb") || lower.endsWith(".woff2");
    }
}
