package nl.keukentafel.store;

import java.util.Collection;
import java.util.UUID;

/**
 * A set of ids as one bound parameter: {@code column in (select value from json_each(?))} with the ids as a JSON array.
 * One statement for any number of ids, prepared with one parameter — an IN list of bound parameters needed a statement
 * per 500 ids (SQLite's limit on parameters), each with its own text to parse and hundreds of values to bind, which was a
 * measured part of applying a pulled page (issue 16). SQLite probes the column's index once per id, as with an IN list.
 */
public final class IdList {
    /** Follows a column name: {@code "... where id" + IN}. */
    public static final String IN = " in (select value from json_each(?))";

    private IdList() {
    }

    /** The ids as a JSON array of strings, to bind to the parameter of {@link #IN}. */
    public static String json(Collection<UUID> ids) {
        StringBuilder json = new StringBuilder(ids.size() * 39 + 2).append('[');
        for (UUID id : ids) {
            if (json.length() > 1) {
                json.append(',');
            }
            // a UUID's text is hex digits and dashes: nothing to escape
            json.append('"').append(id).append('"');
        }
        return json.append(']').toString();
    }
}
