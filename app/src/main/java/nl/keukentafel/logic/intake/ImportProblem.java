package nl.keukentafel.logic.intake;

import java.util.List;

/**
 * One thing wrong in a file someone tries to import (a municipality's domain list, an intake file), as a message key
 * of {@code i18n/intake*.properties} with its arguments: where in the file (line, domain, record) and what. Arguments
 * name places and codes, never what a person typed about a family. Immutable.
 */
public record ImportProblem(String messageKey, List<Object> arguments) {
    public ImportProblem {
        arguments = List.copyOf(arguments);
    }

    public static ImportProblem of(String messageKey, Object... arguments) {
        return new ImportProblem(messageKey, List.of(arguments));
    }
}
