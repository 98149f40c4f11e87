package nl.keukentafel.gui.genogram;

import nl.keukentafel.logic.genogram.FamilyGraph;
import nl.keukentafel.logic.genogram.layout.GenogramLayout;
import nl.keukentafel.logic.genogram.draw.Drawing;

/** What the genogram screen shows of one state: the family as facts, where the layout put everyone, and the drawing. */
public record GenogramPicture(FamilyGraph graph, GenogramLayout layout, Drawing drawing) {
}
