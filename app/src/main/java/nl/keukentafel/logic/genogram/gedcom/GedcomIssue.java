package nl.keukentafel.logic.genogram.gedcom;

import java.util.List;

/**
 * Something the import skipped or could not use, or (an error) a reason it refuses the whole file. {@code key} is a
 * message key in {@code i18n/genogram*.properties} whose arguments are {@code {0}} the line number, {@code {1}} the
 * tag and then {@code arguments}; never names or other personal values, only tags, ids and codes. Immutable.
 */
public record GedcomIssue(Severity severity, int line, String tag, String key, List<String> arguments) {
    public GedcomIssue {
        arguments = List.copyOf(arguments);
    }

    /** A warning skips something; an error refuses the import. */
    public enum Severity { WARNING, ERROR }

    static GedcomIssue warning(int line, String tag, String key, String... arguments) {
        return new GedcomIssue(Severity.WARNING, line, tag, key, List.of(arguments));
    }

    static GedcomIssue error(int line, String tag, String key, String... arguments) {
        return new GedcomIssue(Severity.ERROR, line, tag, key, List.of(arguments));
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The arguments for the message: line, tag, then the rest. */
    public Object[] messageArguments() {
        Object[] all = new Object[arguments.size() + 2];
        all[0] = Integer.toString(line);
        all[1] = tag;
        for (int index = 0; index < arguments.size(); index++) {
            all[index + 2] = arguments.get(index);
        }
        return all;
    }
}
