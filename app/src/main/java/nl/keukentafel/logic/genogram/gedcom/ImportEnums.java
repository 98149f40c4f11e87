package nl.keukentafel.logic.genogram.gedcom;

import java.util.Locale;

/** Reads an enum constant from a payload; a value this version does not know is a warning and null. Stateless. */
final class ImportEnums {
    private ImportEnums() {
    }

    static <E extends Enum<E>> E parse(ImportContext context, GedcomNode node, Class<E> type) {
        String text = node.value().strip().toUpperCase(Locale.ROOT);
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(text)) {
                return constant;
            }
        }
        context.warn(node, "gedcom.warn.value");
        return null;
    }
}
