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
        for (List<Person> row : rows.values()) {
            row.sort(java.util.Comparator.comparingDouble(person -> centres.get(person.key())[0]));
            bandsPerRow.add(bands(row, centres));
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
