package nl.keukentafel.logic.genogram.draw;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import nl.keukentafel.logic.genogram.draw.DrawingBounds.Box;

/**
 * The border of a union of axis-aligned boxes as closed outlines of corner points (clockwise on screen, y down): the
 * boxes are cut into a grid at every edge, the covered cells marked, and the edges between a covered and an empty cell
 * chained into loops, with points in the middle of a straight side left out. One loop per separate piece or hole.
 * Stateless.
 */
final class RectilinearOutline {
    private RectilinearOutline() {
    }

    static List<List<double[]>> of(List<Box> boxes) {
        double[] xs = coordinates(boxes, true);
        double[] ys = coordinates(boxes, false);
        boolean[][] covered = covered(boxes, xs, ys);
        // Directed edges with the covered cell on the right-hand side when walking on screen (clockwise loops).
        Map<Long, List<int[]>> edgesFrom = new HashMap<>();
        int width = xs.length;
        for (int i = 0; i + 1 < xs.length; i++) {
            for (int j = 0; j + 1 < ys.length; j++) {
                if (!covered[i][j]) {
                    continue;
                }
                if (j == 0 || !covered[i][j - 1]) {
                    edge(edgesFrom, width, i, j, i + 1, j); // top, left to right
                }
                if (i + 1 == xs.length - 1 || !covered[i + 1][j]) {
                    edge(edgesFrom, width, i + 1, j, i + 1, j + 1); // right, downward
                }
                if (j + 1 == ys.length - 1 || !covered[i][j + 1]) {
                    edge(edgesFrom, width, i + 1, j + 1, i, j + 1); // bottom, right to left
                }
                if (i == 0 || !covered[i - 1][j]) {
                    edge(edgesFrom, width, i, j + 1, i, j); // left, upward
                }
            }
        }
        List<List<double[]>> loops = new ArrayList<>();
        while (!edgesFrom.isEmpty()) {
            long start = edgesFrom.keySet().stream().min(Long::compare).orElseThrow();
            List<int[]> corners = new ArrayList<>();
            long at = start;
            do {
                List<int[]> out = edgesFrom.get(at);
                int[] next = out.removeFirst();
                if (out.isEmpty()) {
                    edgesFrom.remove(at);
                }
                corners.add(new int[] {(int) (at % width), (int) (at / width)});
                at = (long) next[1] * width + next[0];
            } while (at != start && edgesFrom.containsKey(at));
            loops.add(simplified(corners, xs, ys));
        }
        return loops;
    }

    /**
     * The holes in the union: each a list of boxes (its empty cells) that no path through empty
     * cells joins to the outside.
     */
    static List<List<Box>> holes(List<Box> boxes) {
        double[] xs = coordinates(boxes, true);
        double[] ys = coordinates(boxes, false);
        boolean[][] covered = covered(boxes, xs, ys);
        int columns = xs.length - 1;
        int rows = ys.length - 1;
        int[][] region = new int[columns][rows];
        int regions = 0;
        List<List<Box>> holes = new ArrayList<>();
        for (int i = 0; i < columns; i++) {
            for (int j = 0; j < rows; j++) {
                if (covered[i][j] || region[i][j] != 0) {
                    continue;
                }
                regions++;
                List<int[]> cells = new ArrayList<>();
                boolean open = false;
                java.util.ArrayDeque<int[]> queue = new java.util.ArrayDeque<>(List.of(new int[] {i, j}));
                region[i][j] = regions;
                while (!queue.isEmpty()) {
                    int[] cell = queue.poll();
                    cells.add(cell);
                    open |= cell[0] == 0 || cell[1] == 0 || cell[0] == columns - 1 || cell[1] == rows - 1;
                    for (int[] step : new int[][] {{1, 0}, {-1, 0}, {0, 1}, {0, -1}}) {
                        int x = cell[0] + step[0];
                        int y = cell[1] + step[1];
                        if (x >= 0 && y >= 0 && x < columns && y < rows && !covered[x][y] && region[x][y] == 0) {
                            region[x][y] = regions;
                            queue.add(new int[] {x, y});
                        }
                    }
                }
                if (!open) {
                    holes.add(cells.stream().map(cell -> new Box(xs[cell[0]], ys[cell[1]], xs[cell[0] + 1], ys[cell[1] + 1])).toList());
                }
            }
        }
        return holes;
    }

    private static boolean[][] covered(List<Box> boxes, double[] xs, double[] ys) {
        boolean[][] covered = new boolean[xs.length - 1][ys.length - 1];
        for (Box box : boxes) {
            for (int i = 0; i + 1 < xs.length; i++) {
                for (int j = 0; j + 1 < ys.length; j++) {
                    double cx = (xs[i] + xs[i + 1]) / 2;
                    double cy = (ys[j] + ys[j + 1]) / 2;
                    covered[i][j] |= cx > box.minX() && cx < box.maxX() && cy > box.minY() && cy < box.maxY();
                }
            }
        }
        return covered;
    }

    private static void edge(Map<Long, List<int[]>> edgesFrom, int width, int fromX, int fromY, int toX, int toY) {
        edgesFrom.computeIfAbsent((long) fromY * width + fromX, key -> new ArrayList<>()).add(new int[] {toX, toY});
    }

    /** The loop's corners only: a point where the direction does not change is left out. */
    private static List<double[]> simplified(List<int[]> points, double[] xs, double[] ys) {
        List<double[]> corners = new ArrayList<>();
        int count = points.size();
        for (int index = 0; index < count; index++) {
            int[] previous = points.get((index + count - 1) % count);
            int[] point = points.get(index);
            int[] next = points.get((index + 1) % count);
            boolean straight = (previous[0] == point[0] && point[0] == next[0]) || (previous[1] == point[1] && point[1] == next[1]);
            if (!straight) {
                corners.add(new double[] {xs[point[0]], ys[point[1]]});
            }
        }
        return corners;
    }

    private static double[] coordinates(List<Box> boxes, boolean horizontal) {
        TreeSet<Double> values = new TreeSet<>();
        for (Box box : boxes) {
            values.add(horizontal ? box.minX() : box.minY());
            values.add(horizontal ? box.maxX() : box.maxY());
        }
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
