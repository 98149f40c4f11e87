package nl.keukentafel.logic.print;

import nl.keukentafel.model.plan.Closure;

/**
 * The eindrapport: the closure's date and reason and the end report as the consultant edited it (paragraphs kept).
 * Refused while the dossier has no closure with a report. Stateless and thread-safe.
 */
final class EndReportDocument {
    private EndReportDocument() {
    }

    static String html(PrintContext context) throws PrintRefusal {
        Closure closure = context.sources().plan().closure().orElseThrow(() -> new PrintRefusal("print.error.noClosure"));
        if (closure.endReport() == null || closure.endReport().isBlank()) {
            throw new PrintRefusal("print.error.noClosure");
        }
        String title = context.get("print.end.docTitle", context.household());
        Html html = context.start(title, false, !closure.closed());
        html.heading(1, title);
        html.paragraph("muted", closure.closed()
                ? context.get("print.end.closedOn", PrintContext.typed(closure.closedOn()), context.label(closure.reason()))
                : context.get("print.end.notClosed"));
        for (String paragraph : closure.endReport().strip().split("\\R\\s*\\R")) {
            if (isHeading(paragraph)) {
                html.heading(2, paragraph.strip());
            } else {
                html.paragraph(paragraph.strip());
            }
        }
        html.paragraph("muted", context.get("print.family.printedOn", context.printedOn()));
        return html.build();
    }

    /** The drafted report's section titles are single short lines without a full stop. */
    private static boolean isHeading(String paragraph) {
        String line = paragraph.strip();
        return !line.contains("\n") && line.length() <= 60 && !line.endsWith(".") && !line.contains(":");
    }
}
