package nl.keukentafel.logic.plan;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which fields differ between two versions of one model record, by its record components. A field never typed and a
 * field typed and cleared are the same ("" = null = empty list), so reopening a text box marks nothing. Stateless.
 */
final class RecordFields {
    /** Never compared: who the record is, not what it says. */
    private static final Set<String> IDENTITY = Set.of("id", "dossierId");

    private RecordFields() {
    }

    static Set<String> changed(Record older, Record newer, Set<String> skipped) {
        Set<String> changed = new TreeSet<>();
        for (RecordComponent component : newer.getClass().getRecordComponents()) {
            String name = component.getName();
            if (!IDENTITY.contains(name) && !skipped.contains(name)
                    && !Objects.equals(normal(value(component, older)), normal(value(component, newer)))) {
                changed.add(name);
            }
        }
        return changed;
    }

    private static Object normal(Object value) {
        if (value instanceof String text && text.isBlank()) {
            return null;
        }
        if (value instanceof Collection<?> collection && collection.isEmpty()) {
            return null;
        }
        if (value instanceof Map<?, ?> map && map.isEmpty()) {
            return null;
        }
        return value;
    }

    private static Object value(RecordComponent component, Record record) {
        if (record == null) {
            return null;
        }
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException impossible) {
            throw new IllegalStateException("cannot read " + component.getName(), impossible);
        }
    }
}
