package nl.keukentafel.logic.print;

import java.io.IOException;
import nl.keukentafel.i18n.Localization;

/**
 * The pure pipeline: sources and request → the document's HTML → the tagged PDF. A document that cannot be made
 * from these sources is refused before anything is laid out. Stateless and thread-safe.
 */
public final class PrintedDocuments {
    private PrintedDocuments() {
    }

    /** The HTML of the document (what the PDF is laid out from; the tests read its words too). */
    public static String html(PrintSources sources, PrintRequest request, Localization text) throws PrintRefusal {
        if (!sources.plan().started() && request.document() != PrintDocument.GENOGRAM) {
            throw new PrintRefusal("print.error.noPlan");
        }
        PrintContext context = new PrintContext(text, request, sources);
        return switch (request.document()) {
            case OUDERS, KIND -> FamilyPlanDocument.html(context);
            case PROFESSIONAL -> ProfessionalPlanDocument.html(context);
            case EVALUATIE -> EvaluationDocument.html(context);
            case EIND -> EndReportDocument.html(context);
            case GENOGRAM -> GenogramDocument.html(context);
        };
    }

    public static byte[] pdf(PrintSources sources, PrintRequest request, Localization text) throws PrintRefusal, IOException {
        return PdfMaker.make(html(sources, request, text), request.printedAt());
    }
}
