package nl.keukentafel.gui.ecogram;

import java.util.List;
import nl.keukentafel.logic.genogram.GenogramState;

/** Draws the ecogram of a state; each contact's line and box carry the entry's id. Injected; called off the FX thread. */
@FunctionalInterface
public interface EcogramPictures {
    EcogramPicture draw(GenogramState state, List<EcogramEntry> entries);
}
