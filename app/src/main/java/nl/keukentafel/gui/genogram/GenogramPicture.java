package nl.keukentafel.gui.genogram;

import nl.keukentafel.logic.genogram.FamilyGraph;
import nl.keukentafel.logic.genogram.draw.Drawing;
import nl.keukentafel.logic.genogram.layout.GenogramLayout;

/**
 * What the genogram screen shows of one state: the family as facts, where the layout put everyone, the drawing shown
 * (figure with its legend beside it), and figure and legend apart for the exports (a PDF may tile the figure).
 */
public record GenogramPicture(FamilyGraph graph, GenogramLayout layout, Drawing drawing, Drawing figure, Drawing legend) {
}
