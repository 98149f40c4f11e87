package nl.keukentafel.gui.ecogram;

import nl.keukentafel.logic.genogram.draw.Drawing;

/**
 * What the ecogram screen shows: the drawing (figure with its legend under it), and figure and legend apart for the
 * exports (a PDF may tile the figure and puts the legend on the last page), as the genogram's picture does.
 */
public record EcogramPicture(Drawing drawing, Drawing figure, Drawing legend) {
}
