package nl.keukentafel.logic.genogram.draw;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import nl.keukentafel.logic.genogram.FamilyGraph;
import nl.keukentafel.logic.genogram.FamilyGraph.Person;
import nl.keukentafel.logic.genogram.draw.Drawing.Polyline;
import nl.keukentafel.logic.genogram.draw.Drawing.Rect;
import nl.keukentafel.logic.genogram.draw.Drawing.Style;
import nl.keukentafel.model.genogram.PersonKind;

/**
 * The dashed line around the current household. Per row, the household members that stand next to each other
 * (no one else between them) form a band around their symbols and names; bands of consecutive rows that overlap
 * sideways are joined into one stepped outline. When the household is split (someone else stands between members),
 * each part gets its own rounded box, so the line never encloses or cuts through anyone else. A pregnancy or
 * pregnancy loss between members may stand inside. Stateless.
 */
final class HouseholdBoundary {
    static final Style STYLE = Styles.dashed(Styles.HOUSEHOLD, 1.6, 7, 4);
    private static final double PAD = 9;
    /** How far two joined bands overlap at least. */
    private static final double MEET = 40;

    private HouseholdBoundary() {
    }

    private record Band(double left, double top, double right, double bottom) {
    }

    static void draw(Canvas canvas, FamilyGraph graph, Map<UUID, double[]> centres) {
        TreeMap<Double, List<Person>> rows = new TreeMap<>();
        for (Person person : graph.persons()) {
            double[] centre = centres.get(person.key());
            if (centre != null) {
                rows.computeIfAbsent(Math.rint(centre[1]), row -> new ArrayList<>()).add(person);
            }
        }
        List<List<Band>> bandsPerRow = new ArrayList<>();
        List<List<Double>> othersPerRow = new ArrayList<>();
        for (List<Person> row : rows.values()) {
            row.sort(java.util.Comparator.comparingDouble(person -> centres.get(person.key())[0]));
            bandsPerRow.add(new ArrayList<>(bands(row, centres)));
            othersPerRow.add(row.stream().filter(person -> !person.inHousehold()).map(person -> centres.get(person.key())[0]).toList());
        }
        for (int i = 1; i < bandsPerRow.size(); i++) {
            if (bandsPerRow.get(i).size() == 1 && bandsPerRow.get(i - 1).size() == 1) {
                stretchToMeet(bandsPerRow.get(i - 1), othersPerRow.get(i - 1), bandsPerRow.get(i), othersPerRow.get(i));
            }
        }
        List<List<Band>> outlines = new ArrayList<>();
        List<Band> previous = List.of();
        List<Band> open = null;
        for (List<Band> bands : bandsPerRow) {
            boolean joins = bands.size() == 1 && previous.size() == 1 && open != null && overlaps(previous.getFirst(), bands.getFirst());
            if (joins) {
                open.add(bands.getFirst());
            } else {
                open = null;
                for (Band band : bands) {
                    List<Band> outline = new ArrayList<>(List.of(band));
                    outlines.add(outline);
                    open = bands.size() == 1 ? outline : null;
                }
            }
            previous = bands;
        }
        int count = 0;
        for (List<Band> outline : outlines) {
            String id = count++ == 0 ? "household" : "household:" + count;
            paint(canvas, id, outline);
            canvas.use(LegendItem.HOUSEHOLD);
        }
    }

    private static List<Band> bands(List<Person> row, Map<UUID, double[]> centres) {
        List<Band> bands = new ArrayList<>();
        List<Person> run = new ArrayList<>();
        for (Person person : row) {
            if (person.inHousehold()) {
                run.add(person);
            } else if (person.kind() != null && person.kind() != PersonKind.PERSON) {
                continue; // a pregnancy or loss among the children neither belongs to nor splits the household
            } else {
                addBand(bands, run, centres);
                run = new ArrayList<>();
            }
        }
        addBand(bands, run, centres);
        return bands;
    }

    private static void addBand(List<Band> bands, List<Person> run, Map<UUID, double[]> centres) {
        if (run.isEmpty()) {
            return;
        }
        double left = Double.MAX_VALUE;
        double right = -Double.MAX_VALUE;
        double y = centres.get(run.getFirst().key())[1];
        int lines = 1;
        for (Person person : run) {
            double x = centres.get(person.key())[0];
            double half = Math.max(24, PersonSymbols.nameLines(person.name()).stream()
                    .mapToDouble(line -> Styles.textWidth(line, Styles.NAME_SIZE) / 2).max().orElse(0));
            left = Math.min(left, x - half - PAD);
            right = Math.max(right, x + half + PAD);
            lines = Math.max(lines, PersonSymbols.nameLines(person.name()).size() + 1);
        }
        double bottom = y + PersonSymbols.TEXT_TOP + (lines - 1) * PersonSymbols.LINE_HEIGHT + PAD - 4;
        bands.add(new Band(left, y - 24 - PAD, right, bottom));
    }

    /**
     * Two single bands on consecutive rows that miss each other sideways (a father above his daughter, a little to the
     * side) are widened toward each other when no one else stands in the way, so they join into one outline.
     */
    private static void stretchToMeet(List<Band> upperRow, List<Double> upperOthers, List<Band> lowerRow, List<Double> lowerOthers) {
        Band upper = upperRow.getFirst();
        Band lower = lowerRow.getFirst();
        if (overlaps(upper, lower)) {
            return;
        }
        boolean lowerIsRight = lower.left() >= upper.right();
        double meetUpper = lowerIsRight ? lower.left() + MEET : lower.right() - MEET;
        double meetLower = lowerIsRight ? upper.right() - MEET : upper.left() + MEET;
        Band widenedUpper = lowerIsRight ? new Band(upper.left(), upper.top(), meetUpper, upper.bottom())
                : new Band(meetUpper, upper.top(), upper.right(), upper.bottom());
        Band widenedLower = lowerIsRight ? new Band(meetLower, lower.top(), lower.right(), lower.bottom())
                : new Band(lower.left(), lower.top(), meetLower, lower.bottom());
        if (clear(widenedUpper, upperOthers)) {
            upperRow.set(0, widenedUpper);
        } else if (clear(widenedLower, lowerOthers)) {
            lowerRow.set(0, widenedLower);
        }
    }

    private static boolean clear(Band band, List<Double> others) {
        return others.stream().noneMatch(x -> x + 20 + PAD > band.left() && x - 20 - PAD < band.right());
    }

    private static boolean overlaps(Band upper, Band lower) {
        return upper.left() < lower.right() && lower.left() < upper.right();
    }

    private static void paint(Canvas canvas, String id, List<Band> outline) {
        if (outline.size() == 1) {
            Band band = outline.getFirst();
            canvas.add(new Rect(id, band.left(), band.top(), band.right() - band.left(), band.bottom() - band.top(), 12, STYLE));
            return;
        }
        List<Double> right = new ArrayList<>();
        List<Double> left = new ArrayList<>();
        for (int i = 0; i < outline.size(); i++) {
            Band band = outline.get(i);
            double top = i == 0 ? band.top() : join(outline.get(i - 1), band);
            double bottom = i == outline.size() - 1 ? band.bottom() : join(band, outline.get(i + 1));
            right.addAll(List.of(band.right(), top, band.right(), bottom));
            left.addAll(0, List.of(band.left(), bottom, band.left(), top));
        }
        List<Double> points = new ArrayList<>(right);
        points.addAll(left);
        canvas.add(new Polyline(id, points, true, STYLE));
    }

    /** Where two joined bands meet: halfway between the upper one's texts and the lower one's symbols. */
    private static double join(Band upper, Band lower) {
        return (upper.bottom() + lower.top()) / 2;
    }
}
