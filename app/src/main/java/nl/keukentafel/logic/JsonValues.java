package nl.keukentafel.logic;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.UUID;

/**
 * Shape checks of single JSON values, shared by the import file checkers (intake, werkplan): is it an id, is it one
 * of an enum's constants. Stateless and thread-safe.
 */
public final class JsonValues {
    private JsonValues() {
    }

    /** A text that is a UUID in its canonical form. */
    public static boolean isUuid(JsonNode value) {
        if (value == null || !value.isTextual()) {
            return false;
        }
        try {
            return UUID.fromString(value.asText()).toString().equalsIgnoreCase(value.asText());
        } catch (IllegalArgumentException notAnId) {
            return false;
        }
    }

    /** {@code name} is the name of one of the constants of the enum {@code type}. */
    public static boolean isConstant(Class<?> type, String name) {
        for (Object constant : type.getEnumConstants()) {
            if (((Enum<?>) constant).name().equals(name)) {
                return true;
            }
        }
        return false;
    }
}
