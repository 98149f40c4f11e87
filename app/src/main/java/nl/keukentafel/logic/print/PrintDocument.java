package nl.keukentafel.logic.print;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The documents that can be printed, by their command-line name. {@code parentFacing}: read by the family, so written
 * in plain language, at 14 pt, and never with a BSN or a safety assessment (no section of it offers one). Immutable.
 */
public enum PrintDocument {
    OUDERS("ouders", true),
    KIND("kind", true),
    PROFESSIONAL("professional", false),
    EVALUATIE("evaluatie", false),
    EIND("eind", false),
    GENOGRAM("genogram", false);

    private final String cliName;
    private final boolean parentFacing;

    PrintDocument(String cliName, boolean parentFacing) {
        this.cliName = cliName;
        this.parentFacing = parentFacing;
    }

    public String cliName() {
        return cliName;
    }

    public boolean parentFacing() {
        return parentFacing;
    }

    public static Optional<PrintDocument> named(String name) {
        String wanted = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(document -> document.cliName.equals(wanted)).findFirst();
    }
}
