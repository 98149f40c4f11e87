package nl.keukentafel.logic.genogram.export;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.function.Function;
import nl.keukentafel.logic.genogram.FamilyGraph;
import nl.keukentafel.logic.genogram.FamilyGraphs;
import nl.keukentafel.logic.genogram.GenogramState;
import nl.keukentafel.logic.genogram.draw.Drawing;
import nl.keukentafel.logic.genogram.draw.GenogramDrawOptions;
import nl.keukentafel.logic.genogram.draw.GenogramDrawer;
import nl.keukentafel.logic.genogram.ecogram.EcogramDrawer;
import nl.keukentafel.logic.genogram.ecogram.EcogramGraph;
import nl.keukentafel.logic.genogram.layout.RuleLayouter;
import nl.keukentafel.model.genogram.Genogram;

/**
 * A dossier's genogram or ecogram from its records to a file: graph, layout, drawing, export, with the dossier's
 * own symbols for other and unknown gender and a title naming the household and the date. Stateless, thread-safe.
 */
public final class DossierPictures {
    private final Function<String, String> text;

    public DossierPictures(Function<String, String> text) {
        this.text = text;
    }

    public GenogramDrawer.Parts genogram(GenogramState state, LocalDate today) {
        FamilyGraph graph = FamilyGraphs.from(state, today);
        Genogram settings = state.settings().orElse(null);
        GenogramDrawOptions options = new GenogramDrawOptions(text, settings == null ? null : settings.otherSymbol(),
                settings == null ? null : settings.unknownSymbol(), true);
        return new GenogramDrawer().parts(graph, new RuleLayouter().layout(graph), options);
    }

    public EcogramDrawer.Parts ecogram(GenogramState state) {
        return new EcogramDrawer().draw(EcogramGraph.from(state), text);
    }

    public String title(GenogramState state, boolean ecogram, LocalDate today, Locale locale) {
        String household = state.dossier().family().householdName();
        String date = today.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale));
        return text.apply(ecogram ? "ecogram.export.title" : "genogram.export.title").formatted(household == null ? "" : household, date);
    }

    public void write(GenogramState state, LocalDate today, boolean ecogram, ExportFormat format, Locale locale, OutputStream out)
            throws IOException {
        Drawing picture;
        Drawing legend;
        if (ecogram) {
            EcogramDrawer.Parts parts = ecogram(state);
            picture = parts.picture();
            legend = parts.legend();
        } else {
            GenogramDrawer.Parts parts = genogram(state, today);
            picture = parts.picture();
            legend = parts.legend();
        }
        new DrawingExport(text).write(format, picture, legend, title(state, ecogram, today, locale), out);
    }
}
