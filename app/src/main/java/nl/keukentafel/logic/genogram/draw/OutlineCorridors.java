package nl.keukentafel.logic.genogram.draw;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nl.keukentafel.logic.genogram.draw.DrawingBounds.Box;

/**
 * Makes the boxes of the household outline one piece without a hole, for drawings the row strips cannot join (people
 * dragged so that rows overlap or touch): pieces still apart are joined by a corridor found on a grid round everything
 * the line must keep out (the fewest turns, then the shortest), and a hole that holds nothing of outside is filled.
 * Stateless.
 */
final class OutlineCorridors {
    /** Half the width of a corridor, as wide as the bars between rows. */
    private static final double HALF = 6;
    /** Grid step of the search: the half width, so a corridor may pass through any gap wider than itself. */
    private static final double STEP = HALF;
    /** What a turn costs, in steps: a corridor goes straight rather than in a staircase. */
    private static final int TURN = 8;
    /** Room between a corridor's line and what it passes. */
    private static final double CLEAR = 2;
    /** How far round the pieces a corridor may go: past a symbol and its name. */
    private static final double MARGIN = 120;
    private static final int[][] MOVES = {{1, 0}, {0, 1}, {-1, 0}, {0, -1}};

    private OutlineCorridors() {
    }

    /** Whether the box covers any part of these (their insides overlap). */
    static boolean hits(Box box, List<Box> outside) {
        return outside.stream().anyMatch(box::overlaps);
    }

    /** Whether the union of the two boxes is one piece: they overlap or share a stretch of edge. */
    static boolean touch(Box a, Box b) {
        double across = Math.min(a.maxX(), b.maxX()) - Math.max(a.minX(), b.minX());
        double down = Math.min(a.maxY(), b.maxY()) - Math.max(a.minY(), b.minY());
        return across > 0 && down >= 0 || down > 0 && across >= 0;
    }

    /**
     * Adds corridors until the pieces are one (as far as a way round the outside exists), fills the holes that hold
     * nothing of outside, and breaks a loop round someone of outside by leaving out a join (never one of the first
     * {@code fixed} pieces, the members' own bands) whose absence keeps the pieces one.
     */
    static void connect(List<Box> pieces, List<Box> outside, int fixed) {
        for (int round = 0; round < pieces.size(); round++) {
            int[] component = components(pieces);
            if (Arrays.stream(component).allMatch(index -> index == 0)) {
                break;
            }
            List<Box> corridor = corridor(pieces, component, outside);
            if (corridor.isEmpty()) {
                break;
            }
            pieces.addAll(corridor);
        }
        int loops = RectilinearOutline.of(pieces).size();
        if (loops > 1) {
            for (List<Box> hole : RectilinearOutline.holes(pieces)) {
                if (hole.stream().noneMatch(cell -> hits(cell, outside))) {
                    pieces.addAll(hole);
                }
            }
            loops = RectilinearOutline.of(pieces).size();
        }
        for (int index = pieces.size() - 1; index >= fixed && loops > 1; index--) {
            Box left = pieces.remove(index);
            int without = RectilinearOutline.of(pieces).size();
            if (without < loops && Arrays.stream(components(pieces)).allMatch(component -> component == 0)) {
                loops = without;
            } else {
                pieces.add(index, left);
            }
        }
    }

    /** For each piece the number of its piece of the union, 0 for the first piece's. */
    private static int[] components(List<Box> pieces) {
        int[] parent = new int[pieces.size()];
        Arrays.setAll(parent, index -> index);
        for (int i = 0; i < pieces.size(); i++) {
            for (int j = i + 1; j < pieces.size(); j++) {
                if (touch(pieces.get(i), pieces.get(j))) {
                    int a = root(parent, i);
                    int b = root(parent, j);
                    parent[Math.max(a, b)] = Math.min(a, b);
                }
            }
        }
        int[] component = new int[pieces.size()];
        Arrays.setAll(component, index -> root(parent, index));
        return component;
    }

    private static int root(int[] parent, int index) {
        int at = index;
        while (parent[at] != at) {
            at = parent[at];
        }
        return at;
    }

    /**
     * The boxes of the cheapest way on the grid from the first piece to any other, every step clear of the outside by
     * the corridor's half width; empty when there is none.
     */
    private static List<Box> corridor(List<Box> pieces, int[] component, List<Box> outside) {
        Box area = pieces.getFirst();
        for (Box box : pieces) {
            area = area.union(box);
        }
        area = area.grow(MARGIN);
        int columns = (int) Math.ceil(area.width() / STEP) + 1;
        int rows = (int) Math.ceil(area.height() / STEP) + 1;
        double left = area.minX();
        double top = area.minY();
        boolean[][] blocked = new boolean[columns][rows];
        for (Box box : outside) {
            Box reach = box.grow(HALF + CLEAR);
            for (int i = Math.max(0, (int) Math.floor((reach.minX() - left) / STEP)); i < columns && left + i * STEP < reach.maxX(); i++) {
                for (int j = Math.max(0, (int) Math.floor((reach.minY() - top) / STEP)); j < rows && top + j * STEP < reach.maxY(); j++) {
                    blocked[i][j] |= left + i * STEP > reach.minX() && top + j * STEP > reach.minY();
                }
            }
        }
        int[][] owner = new int[columns][rows];
        for (int[] column : owner) {
            Arrays.fill(column, -1);
        }
        for (int index = 0; index < pieces.size(); index++) {
            Box box = pieces.get(index);
            for (int i = Math.max(0, (int) Math.ceil((box.minX() - left) / STEP)); i < columns && left + i * STEP < box.maxX(); i++) {
                for (int j = Math.max(0, (int) Math.ceil((box.minY() - top) / STEP)); j < rows && top + j * STEP < box.maxY(); j++) {
                    if (left + i * STEP > box.minX() && top + j * STEP > box.minY() && owner[i][j] != 0) {
                        owner[i][j] = component[index];
                    }
                }
            }
        }
        int[] end = search(blocked, owner, columns, rows);
        if (end == null) {
            return List.of();
        }
        List<Box> corridor = new ArrayList<>();
        for (int index = 0; index + 3 < end.length; index += 2) {
            double x1 = left + end[index] * STEP;
            double y1 = top + end[index + 1] * STEP;
            double x2 = left + end[index + 2] * STEP;
            double y2 = top + end[index + 3] * STEP;
            corridor.add(new Box(Math.min(x1, x2) - HALF, Math.min(y1, y2) - HALF, Math.max(x1, x2) + HALF, Math.max(y1, y2) + HALF));
        }
        return corridor;
    }

    /**
     * Dijkstra over (grid point, direction) from every free point of the first piece to the first free point of
     * another; answers the turning points of the way (x, y grid indices in pairs), or null.
     */
    private static int[] search(boolean[][] blocked, int[][] owner, int columns, int rows) {
        int states = columns * rows * MOVES.length;
        int[] cost = new int[states];
        int[] previous = new int[states];
        Arrays.fill(cost, Integer.MAX_VALUE);
        Heap queue = new Heap();
        for (int i = 0; i < columns; i++) {
            for (int j = 0; j < rows; j++) {
                if (owner[i][j] == 0 && !blocked[i][j]) {
                    for (int direction = 0; direction < MOVES.length; direction++) {
                        int state = (i * rows + j) * MOVES.length + direction;
                        cost[state] = 0;
                        previous[state] = -1;
                        queue.add(0, state);
                    }
                }
            }
        }
        while (!queue.isEmpty()) {
            long head = queue.poll();
            int reached = (int) (head >>> 32);
            int state = (int) head;
            if (reached > cost[state]) {
                continue;
            }
            int point = state / MOVES.length;
            int direction = state % MOVES.length;
            int i = point / rows;
            int j = point % rows;
            if (owner[i][j] > 0) {
                return path(previous, state, rows);
            }
            for (int turn = 0; turn < MOVES.length; turn++) {
                int x = i + MOVES[turn][0];
                int y = j + MOVES[turn][1];
                if (x < 0 || y < 0 || x >= columns || y >= rows || blocked[x][y]) {
                    continue;
                }
                int next = (x * rows + y) * MOVES.length + turn;
                int through = reached + 1 + (turn == direction ? 0 : TURN);
                if (through < cost[next]) {
                    cost[next] = through;
                    previous[next] = state;
                    queue.add(through, next);
                }
            }
        }
        return null;
    }

    /** A binary min-heap of (cost, state) packed in longs, cost in the high half: no boxing in the search. */
    private static final class Heap {
        private long[] items = new long[1024];
        private int size;

        boolean isEmpty() {
            return size == 0;
        }

        void add(int cost, int state) {
            if (size == items.length) {
                items = Arrays.copyOf(items, size * 2);
            }
            int at = size++;
            items[at] = (long) cost << 32 | state;
            while (at > 0 && items[(at - 1) / 2] > items[at]) {
                swap(at, (at - 1) / 2);
                at = (at - 1) / 2;
            }
        }

        long poll() {
            long first = items[0];
            items[0] = items[--size];
            int at = 0;
            while (true) {
                int least = at;
                for (int child = 2 * at + 1; child <= 2 * at + 2 && child < size; child++) {
                    least = items[child] < items[least] ? child : least;
                }
                if (least == at) {
                    return first;
                }
                swap(at, least);
                at = least;
            }
        }

        private void swap(int a, int b) {
            long kept = items[a];
            items[a] = items[b];
            items[b] = kept;
        }
    }

    /** The way back from the state found to its start, as the grid points where it turns (and both ends). */
    private static int[] path(int[] previous, int found, int rows) {
        List<int[]> points = new ArrayList<>();
        for (int state = found; state != -1; state = previous[state]) {
            int point = state / MOVES.length;
            points.addFirst(new int[] {point / rows, point % rows});
        }
        List<int[]> corners = new ArrayList<>();
        for (int index = 0; index < points.size(); index++) {
            boolean end = index == 0 || index == points.size() - 1;
            if (end || !straight(points.get(index - 1), points.get(index), points.get(index + 1))) {
                corners.add(points.get(index));
            }
        }
        if (corners.size() == 1) {
            corners.add(corners.getFirst()); // already inside the other piece: one box round that point
        }
        return corners.stream().flatMapToInt(Arrays::stream).toArray();
    }

    private static boolean straight(int[] before, int[] at, int[] after) {
        return before[0] == at[0] && at[0] == after[0] || before[1] == at[1] && at[1] == after[1];
    }
}
