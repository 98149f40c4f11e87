package nl.keukentafel.gui.genogram;

import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.keukentafel.logic.genogram.layout.GenogramLayout;

/**
 * Moves a selection to the nearest person in a direction, as the arrow keys do: left and right stay on the row when
 * they can; up and down go to the nearest row that way, then to the person closest in x. Deterministic. Stateless.
 */
final class SelectionMoves {
    enum Direction { LEFT, RIGHT, UP, DOWN }

    private static final double SAME_ROW = GenogramLayout.SYMBOL / 2;

    private SelectionMoves() {
    }

    static Optional<UUID> next(Map<UUID, GenogramLayout.Placement> persons, UUID from, Direction direction) {
        GenogramLayout.Placement start = persons.get(from);
        if (start == null) {
            return Optional.empty();
        }
        Comparator<Map.Entry<UUID, GenogramLayout.Placement>> order = switch (direction) {
            case LEFT, RIGHT -> Comparator.comparingDouble((Map.Entry<UUID, GenogramLayout.Placement> entry)
                    -> Math.abs(entry.getValue().y() - start.y()) < SAME_ROW ? 0 : 1)
                    .thenComparingDouble(entry -> Math.abs(entry.getValue().x() - start.x()) + Math.abs(entry.getValue().y() - start.y()));
            case UP, DOWN -> Comparator.comparingDouble((Map.Entry<UUID, GenogramLayout.Placement> entry)
                    -> Math.round(Math.abs(entry.getValue().y() - start.y()) / SAME_ROW))
                    .thenComparingDouble(entry -> Math.abs(entry.getValue().x() - start.x()));
        };
        return persons.entrySet().stream()
                .filter(entry -> !entry.getKey().equals(from))
                .filter(entry -> lies(direction, start, entry.getValue()))
                .min(order.thenComparing(entry -> entry.getKey().toString()))
                .map(Map.Entry::getKey);
    }

    private static boolean lies(Direction direction, GenogramLayout.Placement start, GenogramLayout.Placement other) {
        double dx = other.x() - start.x();
        double dy = other.y() - start.y();
        return switch (direction) {
            case LEFT -> dx < -1e-6;
            case RIGHT -> dx > 1e-6;
            case UP -> dy < -SAME_ROW;
            case DOWN -> dy > SAME_ROW;
        };
    }
}
