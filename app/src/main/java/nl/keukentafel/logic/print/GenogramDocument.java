package nl.keukentafel.logic.print;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import nl.keukentafel.logic.genogram.GenogramState;
import nl.keukentafel.logic.genogram.export.DossierPictures;
import nl.keukentafel.logic.genogram.export.ExportFormat;

/**
 * The genogram page and, when chosen, the ecogram page: the existing exporters draw them (with their legends) as PNG,
 * placed as figures whose alternative text says what the picture shows and how many people are in it. Stateless and
 * thread-safe.
 */
final class GenogramDocument {
    private GenogramDocument() {
    }

    static String html(PrintContext context) throws PrintRefusal {
        GenogramState state = context.sources().genogram().orElseThrow(() -> new PrintRefusal("print.error.noGenogram"));
        LocalDate today = context.request().printedAt().toLocalDate();
        DossierPictures pictures = new DossierPictures(context::get);
        String title = context.get("print.geno.docTitle", context.household());
        Html html = context.start(title, false, false);
        html.heading(1, title);
        int people = context.dossier().members().size();
        html.heading(2, context.get("print.geno.genogram"));
        html.figure(png(pictures, state, today, false, context), context.get("print.geno.genogramAlt", context.household(), people),
                pictures.title(state, false, today, context.text().locale()));
        if (context.request().has(PrintSection.ECOGRAM)) {
            html.heading(2, context.get("print.geno.ecogram"));
            html.figure(png(pictures, state, today, true, context),
                    context.get("print.geno.ecogramAlt", context.household(), context.dossier().contacts().size()),
                    pictures.title(state, true, today, context.text().locale()));
        }
        return html.build();
    }

    private static byte[] png(DossierPictures pictures, GenogramState state, LocalDate today, boolean ecogram, PrintContext context) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            pictures.write(state, today, ecogram, ExportFormat.PNG, context.text().locale(), out);
        } catch (IOException inMemory) {
            throw new UncheckedIOException(inMemory);
        }
        return out.toByteArray();
    }
}
