package nl.keukentafel.gui.ecogram;

import java.util.List;
import java.util.function.Function;
import nl.keukentafel.logic.genogram.GenogramState;
import nl.keukentafel.logic.genogram.draw.DrawingBounds;
import nl.keukentafel.logic.genogram.ecogram.EcogramDrawer;
import nl.keukentafel.logic.genogram.ecogram.EcogramGraph;

/**
 * The app's ecogram picture: {@link EcogramDrawer}'s picture with its legend under it on screen (the ring is about as
 * high as wide and the drawing room beside the side panel nearly square: beside it, the legend made the picture a third
 * wider and the fit a third smaller); the export puts the legend beside it, as the genogram's.
 */
public final class StandardEcogramPictures implements EcogramPictures {
    private static final double LEGEND_GAP = 30;
    private final EcogramDrawer drawer = new EcogramDrawer();
    private final Function<String, String> text;

    public StandardEcogramPictures(Function<String, String> text) {
        this.text = text;
    }

    @Override
    public EcogramPicture draw(GenogramState state, List<EcogramEntry> entries) {
        EcogramDrawer.Parts parts = drawer.draw(EcogramGraph.from(state), text);
        return new EcogramPicture(DrawingBounds.below(parts.picture(), parts.legend(), LEGEND_GAP), parts.picture(), parts.legend());
    }
}
