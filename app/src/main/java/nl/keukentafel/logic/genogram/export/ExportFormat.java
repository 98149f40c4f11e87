package nl.keukentafel.logic.genogram.export;

import java.util.Locale;
import java.util.Optional;

/** The file formats a genogram or ecogram exports to. */
public enum ExportFormat {
    SVG, PDF, PNG;

    /** The format named like "svg" or "PDF"; empty when unknown. */
    public static Optional<ExportFormat> named(String name) {
        for (ExportFormat format : values()) {
            if (format.name().equalsIgnoreCase(name == null ? "" : name.strip())) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }

    public String extension() {
        return name().toLowerCase(Locale.ROOT);
    }
}
