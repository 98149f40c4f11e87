package nl.keukentafel.logic.intake;

import java.util.List;
import nl.keukentafel.i18n.Localization;

/**
 * One thing wrong in a file someone tries to import (a municipality's domain list, an intake file), as a message key
 * of {@code i18n/intake*.properties} with its arguments: where in the file (position, domain, record id, field) and
 * what. Arguments name places, codes and ids, never what a person typed about a family, so a problem may be printed
 * and logged. An argument may itself be a {@link Label} to translate first. Immutable.
 */
public record ImportProblem(String messageKey, List<Object> arguments) {
    public ImportProblem {
        arguments = List.copyOf(arguments);
    }

    public static ImportProblem of(String messageKey, Object... arguments) {
        return new ImportProblem(messageKey, List.of(arguments));
    }

    /** A translatable piece of a message, such as "Leefgebied {0}" or a field's label. */
    public record Label(String key, List<Object> arguments) {
        public Label {
            arguments = List.copyOf(arguments);
        }

        public static Label of(String key, Object... arguments) {
            return new Label(key, List.of(arguments));
        }
    }

    /** The sentence in the user's language. */
    public String text(Localization text) {
        return resolve(text, messageKey, arguments);
    }

    private static String resolve(Localization text, String key, List<Object> arguments) {
        Object[] resolved = arguments.stream()
                .map(argument -> argument instanceof Label label ? resolve(text, label.key(), label.arguments()) : argument)
                .toArray();
        return text.get(key, resolved);
    }
}
