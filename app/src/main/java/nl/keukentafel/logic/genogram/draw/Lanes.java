package nl.keukentafel.logic.genogram.draw;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps horizontal lines of one row apart: a couple line or sibling bar that would run along another one on the same
 * height gets the next free lane instead, so two families' lines never merge into one. Not thread-safe (one drawing).
 */
final class Lanes {
    private static final double GAP = 6;
    private final Map<Long, List<List<double[]>>> rows = new HashMap<>();
    private final int maxLane;

    Lanes(int maxLane) {
        this.maxLane = maxLane;
    }

    /** The first lane (0, 1, …, at most maxLane) on this row where [x1, x2] touches no earlier line; then taken. */
    int take(double rowY, double x1, double x2) {
        double left = Math.min(x1, x2) - GAP;
        double right = Math.max(x1, x2) + GAP;
        List<List<double[]>> lanes = rows.computeIfAbsent(Math.round(rowY), row -> new ArrayList<>());
        for (int lane = 0; lane <= maxLane; lane++) {
            if (lane == lanes.size()) {
                lanes.add(new ArrayList<>());
            }
            boolean free = lanes.get(lane).stream().noneMatch(taken -> taken[0] < right && left < taken[1]);
            if (free || lane == maxLane) {
                lanes.get(lane).add(new double[] {left, right});
                return lane;
            }
        }
        return maxLane;
    }
}
