package nl.keukentafel.gui.genogram;

import java.time.LocalDate;
import nl.keukentafel.i18n.Localization;
import nl.keukentafel.logic.genogram.FamilyGraph;
import nl.keukentafel.logic.genogram.FamilyGraphs;
import nl.keukentafel.logic.genogram.GenogramState;
import nl.keukentafel.logic.genogram.draw.GenogramDrawOptions;
import nl.keukentafel.logic.genogram.draw.GenogramDrawer;
import nl.keukentafel.logic.genogram.layout.GenogramLayout;
import nl.keukentafel.logic.genogram.layout.GenogramLayouter;
import nl.keukentafel.logic.genogram.layout.RuleLayouter;
import nl.keukentafel.model.genogram.Genogram;

/** The app's picture: the records as a graph, laid out by the rules, drawn with the legend in the user's language. */
public final class StandardGenogramPictures implements GenogramPictures {
    private final GenogramLayouter layouter = new RuleLayouter();
    private final GenogramDrawer drawer = new GenogramDrawer();
    private final Localization localization;

    public StandardGenogramPictures(Localization localization) {
        this.localization = localization;
    }

    @Override
    public GenogramPicture draw(GenogramState state, LocalDate today) {
        FamilyGraph graph = FamilyGraphs.from(state, today);
        GenogramLayout layout = layouter.layout(graph);
        GenogramDrawOptions options = new GenogramDrawOptions(localization::get,
                state.settings().map(Genogram::otherSymbol).orElse(null), state.settings().map(Genogram::unknownSymbol).orElse(null), true);
        GenogramDrawer.Parts parts = drawer.parts(graph, layout, options);
        return new GenogramPicture(graph, layout, drawer.draw(graph, layout, options), parts.picture(), parts.legend());
    }
}
