package nl.keukentafel.logic.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Replacing one line of a list field (attendance, goal reviews, partner notices), which is stored and synced whole:
 * the line that matches is replaced in place, or the new line is added at the end. Stateless.
 */
final class ListFields {
    private ListFields() {
    }

    static <T> List<T> replace(List<T> lines, Predicate<T> same, T line) {
        List<T> result = new ArrayList<>(lines);
        for (int index = 0; index < result.size(); index++) {
            if (same.test(result.get(index))) {
                result.set(index, line);
                return result;
            }
        }
        result.add(line);
        return result;
    }
}
