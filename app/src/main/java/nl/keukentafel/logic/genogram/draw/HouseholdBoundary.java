package nl.keukentafel.logic.genogram.draw;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Stream;
import nl.keukentafel.logic.genogram.FamilyGraph;
import nl.keukentafel.logic.genogram.FamilyGraph.Person;
import nl.keukentafel.logic.genogram.draw.Drawing.Polyline;
import nl.keukentafel.logic.genogram.draw.Drawing.Rect;
import nl.keukentafel.logic.genogram.draw.Drawing.Style;
import nl.keukentafel.logic.genogram.draw.DrawingBounds.Box;
import nl.keukentafel.model.genogram.PersonKind;

/**
 * The dashed line around the current household: always one closed outline, however the household is spread over the
 * drawing (a grandmother two rows up, a child who lives elsewhere standing between two who live at home). Per row,
 * household members standing next to each other form a band around their symbols and labels. Bands are joined through
 * the empty strip between two rows (below the names, above the next row's symbols), where nobody stands: each band
 * reaches into the strip and one bar in the strip joins them. Joins form a tree (a band already joined is not joined
 * again), so the outline never closes around someone who does not live there; whoever stands between members sits in a
 * notch of the one shape. The outline is the border of the union of these boxes. A pregnancy or pregnancy loss between
 * members neither belongs to nor splits the household. After a drag rows may overlap or touch, a row may stand above
 * its parents: a strip is only free below every row above it and above every row below it, a run with someone from
 * another row standing within it becomes a band per member, a join that would pass someone else is left out, and what
 * is then still apart is joined by {@link OutlineCorridors}. Stateless.
 */
final class HouseholdBoundary {
    static final Style STYLE = Styles.dashed(Styles.HOUSEHOLD, 1.6, 7, 4);
    /** Room between a member's symbol or label and the line. */
    static final double PAD = 7;
    /** Half the height of a bar joining bands in the strip between rows. */
    private static final double BAR = 6;
    private static final double CORNER = 6;

    private HouseholdBoundary() {
    }

    /** What the line keeps out: everything of outside, and of that the symbols and labels of people who live elsewhere. */
    private record Obstacles(List<Box> all, List<Box> strangers) {
    }

    /** The members of a run: their symbols ({@code top}) and, below, their names and years ({@code bottom}), padded. */
    private record Band(Box top, Box bottom, int row) {
        Box box() {
            return top.union(bottom);
        }
    }

    /**
     * Adds the outline (under everything else) around the members' boxes (each person's symbol with its name and years),
     * rows by the symbols' centres.
     */
    static void draw(Canvas canvas, FamilyGraph graph, Map<UUID, double[]> centres, Map<UUID, Box> symbols, Map<UUID, Box> labels) {
        Map<UUID, Box> boxes = new HashMap<>();
        symbols.forEach((key, box) -> boxes.put(key, labels.containsKey(key) ? box.union(labels.get(key)) : box));
        TreeMap<Double, List<Person>> rows = new TreeMap<>();
        for (Person person : graph.persons()) {
            if (boxes.containsKey(person.key())) {
                rows.computeIfAbsent(Math.rint(centres.get(person.key())[1]), row -> new ArrayList<>()).add(person);
            }
        }
        // What the line must keep out: texts not of a member (a couple's events between a member and an outside
        // partner) and the symbols of those who live elsewhere.
        List<Box> outside = new ArrayList<>();
        java.util.Set<String> members = new java.util.HashSet<>();
        graph.persons().stream().filter(Person::inHousehold).forEach(person -> members.add(person.key().toString()));
        canvas.shapes().stream().filter(shape -> shape instanceof Drawing.Text && !members.contains(Drawing.owner(shape.id())))
                .forEach(shape -> outside.add(DrawingBounds.of(shape)));
        graph.persons().stream().filter(person -> !person.inHousehold() && symbols.containsKey(person.key()))
                .forEach(person -> outside.add(symbols.get(person.key())));
        // Of those, the symbols and labels of people who live elsewhere: a band never takes them in (a couple's
        // events between two members it may).
        List<Box> strangers = new ArrayList<>();
        graph.persons().stream().filter(person -> !person.inHousehold() && symbols.containsKey(person.key()))
                .forEach(person -> strangers.add(boxes.get(person.key())));
        List<List<Band>> bands = new ArrayList<>();
        List<double[]> spans = new ArrayList<>();
        for (List<Person> row : rows.values()) {
            row.sort(Comparator.comparingDouble(person -> centres.get(person.key())[0]));
            bands.add(bands(row, symbols, labels, new Obstacles(outside, strangers), bands.size()));
            spans.add(new double[] {row.stream().mapToDouble(person -> boxes.get(person.key()).minY()).min().orElseThrow(),
                    row.stream().mapToDouble(person -> boxes.get(person.key()).maxY()).max().orElseThrow()});
        }
        List<Band> all = bands.stream().flatMap(List::stream).toList();
        if (all.isEmpty()) {
            return;
        }
        List<Box> pieces = new ArrayList<>();
        all.forEach(band -> pieces.addAll(List.of(band.top(), band.bottom())));
        List<List<Box>> rowBoxes = rows.values().stream().map(row -> row.stream().map(person -> boxes.get(person.key())).toList())
                .toList();
        join(bands, spans, all, pieces, rowBoxes, outside);
        // Rows dragged into each other leave no strip between them: whatever is still apart is joined by a corridor
        // round the others' symbols and texts (a stranger's symbol and name as one, so a corridor never passes between
        // them), and a hole that closed round nobody is filled.
        OutlineCorridors.connect(pieces, Stream.concat(outside.stream(), strangers.stream()).toList(), 2 * all.size());
        List<List<double[]>> outlines = RectilinearOutline.of(pieces);
        int count = 0;
        for (List<double[]> outline : outlines) {
            String id = count++ == 0 ? "household" : "household:" + count;
            canvas.shapes().add(0, shape(id, outline, pieces, outside));
        }
        canvas.use(LegendItem.HOUSEHOLD);
    }

    private static List<Band> bands(List<Person> row, Map<UUID, Box> symbols, Map<UUID, Box> labels, Obstacles outside,
                                    int rowIndex) {
        List<Band> bands = new ArrayList<>();
        List<Person> run = new ArrayList<>();
        for (Person person : row) {
            if (person.inHousehold()) {
                run.add(person);
            } else if (person.kind() == null || person.kind() == PersonKind.PERSON) {
                addBand(bands, run, symbols, labels, outside, rowIndex);
                run = new ArrayList<>();
            }
        }
        addBand(bands, run, symbols, labels, outside, rowIndex);
        return bands;
    }

    /**
     * The band of a run of members: as wide as their names, also where the symbols are, except where that would take
     * in something of outside (a couple's events written between a member and a partner from outside): there it
     * narrows to the symbols.
     */
    private static void addBand(List<Band> bands, List<Person> run, Map<UUID, Box> symbols, Map<UUID, Box> labels, Obstacles outside,
                                int rowIndex) {
        if (run.isEmpty()) {
            return;
        }
        Box top = null;
        Box bottom = null;
        for (Person person : run) {
            Box symbol = symbols.get(person.key());
            Box label = labels.getOrDefault(person.key(), symbol);
            top = top == null ? symbol : top.union(symbol);
            bottom = bottom == null ? label : bottom.union(label);
        }
        top = top.grow(PAD);
        bottom = bottom.grow(PAD);
        double left = Math.min(top.minX(), bottom.minX());
        double right = Math.max(top.maxX(), bottom.maxX());
        for (Box thing : outside.all()) {
            boolean level = thing.minY() < top.maxY() && top.minY() < thing.maxY();
            if (level && thing.maxX() > left && thing.minX() < right) {
                if (thing.minX() >= top.maxX() - PAD) {
                    right = Math.max(top.maxX(), Math.min(right, thing.minX() - 2));
                } else if (thing.maxX() <= top.minX() + PAD) {
                    left = Math.min(top.minX(), Math.max(left, thing.maxX() + 2));
                }
            }
        }
        top = new Box(left, top.minY(), right, top.maxY());
        Band band = new Band(top, new Box(bottom.minX(), Math.min(bottom.minY(), top.maxY() - 1), bottom.maxX(), bottom.maxY()),
                rowIndex);
        double from = symbols.get(run.getFirst().key()).minX();
        double to = symbols.get(run.getLast().key()).maxX();
        boolean strangerWithin = outside.strangers().stream().anyMatch(box -> box.minX() + box.maxX() > 2 * from
                && box.minX() + box.maxX() < 2 * to && (box.overlaps(band.top()) || box.overlaps(band.bottom())));
        if (run.size() > 1 && strangerWithin) {
            // someone who lives elsewhere, dragged from another row, stands within the run: each member a band of its own
            run.forEach(person -> addBand(bands, List.of(person), symbols, labels, outside, rowIndex));
            return;
        }
        bands.add(band);
    }

    /**
     * Joins the bands through the strips between rows, top to bottom (and one strip above the first and below the last
     * row), each strip joining only bands not yet joined to each other, so the joins form a tree.
     */
    private static void join(List<List<Band>> bands, List<double[]> spans, List<Band> all, List<Box> pieces, List<List<Box>> rowBoxes,
                             List<Box> outside) {
        Map<Band, Band> parent = new HashMap<>();
        all.forEach(band -> parent.put(band, band));
        // Bands of rows dragged into each other may already overlap: one piece, never joined a second time.
        for (Band band : all) {
            for (Band other : all) {
                if (band != other && OutlineCorridors.touch(band.box(), other.box()) && root(parent, band) != root(parent, other)) {
                    parent.put(root(parent, band), root(parent, other));
                }
            }
        }
        for (int strip = -1; strip < bands.size(); strip++) {
            Double middle = middle(spans, strip);
            if (middle == null) {
                continue; // rows pinned into each other: no free strip between them
            }
            List<Band> candidates = new ArrayList<>();
            if (strip >= 0) {
                candidates.addAll(bands.get(strip));
            }
            if (strip + 1 < bands.size()) {
                candidates.addAll(bands.get(strip + 1));
            }
            // a band whose reach into the strip would pass someone else's symbol or text (rows dragged into each other)
            int at = strip;
            candidates.removeIf(band -> OutlineCorridors.hits(stub(band, at, middle), outside));
            candidates.sort(Comparator.comparingDouble(band -> band.box().minX()));
            List<Band> joined = new ArrayList<>();
            for (Band band : candidates) {
                if (joined.stream().noneMatch(other -> root(parent, other) == root(parent, band))) {
                    joined.add(band);
                }
            }
            if (joined.size() >= 2 && !OutlineCorridors.hits(bar(joined, strip, middle), outside)) {
                double[] extent = stubs(joined, strip, middle, pieces);
                pieces.add(new Box(extent[0], middle - BAR, extent[1], middle + BAR));
                joined.forEach(band -> parent.put(root(parent, band), root(parent, joined.getFirst())));
            }
        }
        bridgeRows(spans, all, pieces, rowBoxes, parent, outside);
    }

    /** The bar in the strip joining these bands (their reach included), to test it against what it must pass. */
    private static Box bar(List<Band> joined, int strip, double middle) {
        Box box = stub(joined.getFirst(), strip, middle);
        for (Band band : joined) {
            box = box.union(stub(band, strip, middle));
        }
        return new Box(box.minX(), middle - BAR, box.maxX(), middle + BAR);
    }

    /**
     * Members with no member on the rows between them (a grandmother raising her grandson, his mother living
     * elsewhere): joined by a narrow channel down through those rows where nobody stands, from the strip below the
     * upper band to the strip above the lower one.
     */
    private static void bridgeRows(List<double[]> spans, List<Band> all, List<Box> pieces, List<List<Box>> rowBoxes,
                                   Map<Band, Band> parent, List<Box> outside) {
        for (Band upper : all) {
            for (Band lower : all) {
                Double from = middle(spans, upper.row());
                Double to = middle(spans, lower.row() - 1);
                if (lower.row() <= upper.row() + 1 || root(parent, upper) == root(parent, lower) || from == null || to == null) {
                    continue;
                }
                double wanted = (upper.box().minX() + upper.box().maxX() + lower.box().minX() + lower.box().maxX()) / 4;
                Double channel = freeColumn(rowBoxes.subList(upper.row() + 1, lower.row()), wanted);
                if (channel == null) {
                    continue;
                }
                Box down = stub(upper, upper.row(), from);
                Box up = stub(lower, lower.row() - 1, to);
                List<Box> bridge = List.of(down, up,
                        new Box(Math.min(down.minX(), channel - BAR), from - BAR, Math.max(down.maxX(), channel + BAR), from + BAR),
                        new Box(channel - BAR, from, channel + BAR, to),
                        new Box(Math.min(up.minX(), channel - BAR), to - BAR, Math.max(up.maxX(), channel + BAR), to + BAR));
                if (bridge.stream().noneMatch(piece -> OutlineCorridors.hits(piece, outside))) {
                    pieces.addAll(bridge);
                    parent.put(root(parent, lower), root(parent, upper));
                }
            }
        }
    }

    /** The x nearest to {@code wanted} where a channel passes every box of these rows with room to spare; null if none. */
    private static Double freeColumn(List<List<Box>> rows, double wanted) {
        double clear = BAR + PAD + 12; // clear of a lone parent's line beside its name too
        List<Double> candidates = new ArrayList<>(List.of(wanted));
        rows.forEach(row -> row.forEach(box -> candidates.addAll(List.of(box.minX() - clear, box.maxX() + clear))));
        return candidates.stream().filter(x -> rows.stream().allMatch(row -> row.stream()
                        .noneMatch(box -> box.minX() - clear < x && x < box.maxX() + clear)))
                .min(Comparator.comparingDouble(x -> Math.abs(x - wanted))).orElse(null);
    }

    /** Adds each band's reach into the strip (down from a band above it, up from one below); answers their extent. */
    private static double[] stubs(List<Band> joined, int strip, double middle, List<Box> pieces) {
        double left = Double.MAX_VALUE;
        double right = -Double.MAX_VALUE;
        for (Band band : joined) {
            Box stub = stub(band, strip, middle);
            pieces.add(stub);
            left = Math.min(left, stub.minX());
            right = Math.max(right, stub.maxX());
        }
        return new double[] {left, right};
    }

    /** A band's reach into the strip: down from a band above it, up from one below. */
    private static Box stub(Band band, int strip, double middle) {
        return band.row() == strip ? new Box(band.bottom().minX(), band.bottom().maxY() - 1, band.bottom().maxX(), middle + BAR)
                : new Box(band.top().minX(), middle - BAR, band.top().maxX(), band.top().minY() + 1);
    }

    /** The middle of the free strip below row {@code strip} (-1: above the first row), or null when there is none. */
    private static Double middle(List<double[]> spans, int strip) {
        // Below every row up to this one and above every row after it: a dragged row's names may reach lower than the
        // next row's, a row dragged up may stand higher than the row before.
        double above = spans.subList(0, strip + 1).stream().mapToDouble(span -> span[1]).max().orElse(Double.NaN);
        double below = spans.subList(strip + 1, spans.size()).stream().mapToDouble(span -> span[0]).min().orElse(Double.NaN);
        double top = strip < 0 ? below - PAD - 4 * BAR : above + PAD;
        double bottom = strip + 1 >= spans.size() ? above + PAD + 4 * BAR : below - PAD;
        return bottom - top < 2 * BAR ? null : (top + bottom) / 2;
    }

    private static Band root(Map<Band, Band> parent, Band band) {
        Band at = band;
        while (parent.get(at) != at) {
            at = parent.get(at);
        }
        return at;
    }

    /**
     * A single box stays a rounded rectangle; any other outline becomes a polygon with its corners cut a little, except
     * an inner corner whose cut would reach into someone else's symbol or text (a corridor passing close by).
     */
    private static Drawing.Shape shape(String id, List<double[]> outline, List<Box> pieces, List<Box> outside) {
        if (pieces.size() == 1) {
            Box box = pieces.getFirst();
            return new Rect(id, box.minX(), box.minY(), box.width(), box.height(), 12, STYLE);
        }
        List<Double> points = new ArrayList<>();
        int count = outline.size();
        for (int index = 0; index < count; index++) {
            double[] previous = outline.get((index + count - 1) % count);
            double[] corner = outline.get(index);
            double[] next = outline.get((index + 1) % count);
            double cut = Math.min(CORNER, Math.min(distance(previous, corner), distance(corner, next)) / 3);
            double[] from = toward(corner, previous, cut);
            double[] to = toward(corner, next, cut);
            Box corners = new Box(Math.min(corner[0], Math.min(from[0], to[0])), Math.min(corner[1], Math.min(from[1], to[1])),
                    Math.max(corner[0], Math.max(from[0], to[0])), Math.max(corner[1], Math.max(from[1], to[1])));
            double middleX = (from[0] + to[0]) / 2;
            double middleY = (from[1] + to[1]) / 2;
            boolean inner = pieces.stream().noneMatch(piece -> piece.minX() < middleX && middleX < piece.maxX()
                    && piece.minY() < middleY && middleY < piece.maxY());
            if (inner && OutlineCorridors.hits(corners, outside)) {
                points.addAll(List.of(corner[0], corner[1]));
            } else {
                points.addAll(List.of(from[0], from[1], to[0], to[1]));
            }
        }
        return new Polyline(id, points, true, STYLE);
    }

    private static double distance(double[] a, double[] b) {
        return Math.hypot(a[0] - b[0], a[1] - b[1]);
    }

    private static double[] toward(double[] from, double[] to, double length) {
        double whole = distance(from, to);
        return new double[] {from[0] + (to[0] - from[0]) * length / whole, from[1] + (to[1] - from[1]) * length / whole};
    }
}
