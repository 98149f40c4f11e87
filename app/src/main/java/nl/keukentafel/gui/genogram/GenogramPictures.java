package nl.keukentafel.gui.genogram;

import java.time.LocalDate;
import nl.keukentafel.logic.genogram.GenogramState;

/**
 * Turns the stored genogram into its picture (graph, layout, drawing). Injected, so the screen paints whatever the
 * layouter and drawer produce and a test can hand it a picture of its own. Called off the FX thread; thread-safe.
 */
@FunctionalInterface
public interface GenogramPictures {
    GenogramPicture draw(GenogramState state, LocalDate today);
}
