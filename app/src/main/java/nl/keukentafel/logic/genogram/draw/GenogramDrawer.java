package nl.keukentafel.logic.genogram.draw;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import nl.keukentafel.logic.genogram.FamilyGraph;
import nl.keukentafel.logic.genogram.FamilyGraph.Person;
import nl.keukentafel.logic.genogram.draw.Drawing.Shape;
import nl.keukentafel.logic.genogram.draw.DrawingBounds.Box;
import nl.keukentafel.logic.genogram.layout.GenogramLayout;
import nl.keukentafel.logic.genogram.layout.GenogramLayout.Placement;

/**
 * Turns a laid-out family into a {@link Drawing} in McGoldrick notation, in this order so the structure is never
 * hidden: the household boundary (made last around the drawn symbols and labels, painted first), couple and child
 * lines, the person symbols (opaque, covering line ends), then the emotional lines over everything. Ids: the person
 * key for a symbol ({@code key:name}, {@code key:years}… for its parts), the couple id for its line, the relation id,
 * "household", "legend". The picture keeps the layout's scale (one symbol is 40 units) and is moved so everything,
 * names included, starts at a small margin. Stateless and thread-safe.
 */
public final class GenogramDrawer {
    static final double MARGIN = 20;
    private static final double LEGEND_GAP = 30;

    /** The picture and its legend apart, for the PDF, which may print them on different pages. */
    public record Parts(Drawing picture, Drawing legend) {
    }

    /** The picture with the legend beside it on the right (when the options ask for a legend). */
    public Drawing draw(FamilyGraph graph, GenogramLayout layout, GenogramDrawOptions options) {
        Parts parts = parts(graph, layout, options);
        return options.legend() ? DrawingBounds.beside(parts.picture(), parts.legend(), LEGEND_GAP) : parts.picture();
    }

    public Parts parts(FamilyGraph graph, GenogramLayout layout, GenogramDrawOptions options) {
        Map<UUID, double[]> centres = new HashMap<>();
        Map<UUID, Double> halves = new HashMap<>();
        for (Person person : graph.persons()) {
            Placement placement = layout.persons().get(person.key());
            if (placement != null) {
                centres.put(person.key(), new double[] {placement.x(), placement.y()});
                halves.put(person.key(), PersonSymbols.shapeOf(person, options).half());
            }
        }
        Canvas canvas = new Canvas();
        CoupleLines.draw(canvas, graph, centres, halves, options);
        Map<UUID, Box> symbols = new HashMap<>();
        Map<UUID, Box> labels = new HashMap<>();
        for (Person person : graph.persons()) {
            double[] centre = centres.get(person.key());
            if (centre != null) {
                int first = canvas.shapes().size();
                PersonSymbols.draw(canvas, person, centre[0], centre[1], options);
                for (Shape shape : canvas.shapes().subList(first, canvas.shapes().size())) {
                    boolean label = shape.id().endsWith(":name") || shape.id().endsWith(":years");
                    (label ? labels : symbols).merge(person.key(), DrawingBounds.of(shape), Box::union);
                }
            }
        }
        // Around the symbols and labels as drawn, but painted first, under the lines.
        HouseholdBoundary.draw(canvas, graph, centres, symbols, labels);
        EmotionalLines.draw(canvas, graph, centres, halves);
        Drawing picture = DrawingBounds.framed(canvas.shapes(), MARGIN);
        return new Parts(picture, Legend.of(canvas.used(), options));
    }
}
