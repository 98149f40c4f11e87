package nl.keukentafel.gui.ecogram;

import java.util.List;
import nl.keukentafel.logic.genogram.GenogramState;
import nl.keukentafel.logic.genogram.draw.Drawing;

/** Draws the ecogram of a state; each contact's line and box carry the entry's id. Injected; called off the FX thread. */
@FunctionalInterface
public interface EcogramPictures {
    Drawing draw(GenogramState state, List<EcogramEntry> entries);
}
