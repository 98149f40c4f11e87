package nl.keukentafel.logic.print;

/**
 * The CSS of the printed documents. For the family (B1 rules, Makkelijk Lezen criteria): 14 pt text, line height 1.5,
 * left-aligned, never hyphenated, short lines, a pictogram before each heading. For professionals: 11 pt. Tables
 * break across pages with their header row repeated ({@code -fs-table-paginate}) and never split a row. The footer
 * names the document and the page ("pagina 2 van 4"). In the family's plan "wie doet wat" and the contact list each
 * start a sheet of their own: the sheets for the fridge, and no table header left alone at the foot of a page. Stateless and thread-safe.
 */
final class PrintStyles {
    private PrintStyles() {
    }

    /** {@code conceptWord}: the mark on every page of a plan not yet agreed; null for an agreed one. */
    static String css(boolean forFamily, String footer, String pageWord, String ofWord, String conceptWord) {
        String size = forFamily ? "14pt" : "11pt";
        return """
                @page { size: A4; margin: 20mm 20mm 22mm 20mm;
                  @bottom-left { content: "%s"; font-family: '%s', '%s'; font-size: 9pt; color: #333333; }
                  @bottom-right { content: "%s " counter(page) " %s " counter(pages); font-family: '%s', '%s'; font-size: 9pt;
                    color: #333333; }
                  %s }
                body { font-family: '%s', '%s'; font-size: %s; line-height: 1.5; text-align: left; hyphens: none;
                  color: #000000; }
                h1 { font-size: 1.6em; margin: 0 0 0.4em 0; }
                h2 { font-size: 1.25em; margin: 1.1em 0 0.3em 0; page-break-after: avoid; }
                .sheet { page-break-before: always; }
                h3 { font-size: 1.05em; margin: 0.8em 0 0.2em 0; page-break-after: avoid; }
                p { margin: 0 0 0.5em 0; max-width: 150mm; }
                .icon { display: inline-block; width: 1.15em; height: 1.15em; margin-right: 0.3em; vertical-align: -0.22em;
                  background-size: contain; background-repeat: no-repeat; background-position: center; }
                .first-page { border: 1.5pt solid #1b4f72; padding: 3mm 4mm; margin: 0 0 4mm 0; }
                .concept { border: 2pt dashed #8b0000; color: #8b0000; font-weight: bold; padding: 2mm 4mm; margin: 0 0 4mm 0; }
                .muted { color: #333333; }
                .nowrap { white-space: nowrap; }
                .goal { page-break-inside: avoid; }
                table { -fs-table-paginate: paginate; border-collapse: collapse; width: 100%%;
                  margin: 0 0 4mm 0; }
                tr { page-break-inside: avoid; }
                table.contacts { table-layout: fixed; font-size: 0.85em; }
                table.contacts td, table.contacts th { word-wrap: break-word; overflow-wrap: break-word; }
                th, td { border: 0.75pt solid #555555; padding: 1.5mm 2mm; text-align: left; vertical-align: top; }
                thead th { background-color: #e8eef3; }
                tbody th { font-weight: bold; }
                ul, ol { margin: 0 0 0.5em 0; padding-left: 6mm; }
                figure { margin: 0; page-break-inside: avoid; }
                figure img { max-width: 100%%; max-height: 215mm; }
                figcaption { font-size: 0.9em; color: #333333; }
                """.formatted(cssText(footer), PrintFonts.TEXT_FAMILY, PrintFonts.FALLBACK_FAMILY, cssText(pageWord), cssText(ofWord),
                PrintFonts.TEXT_FAMILY, PrintFonts.FALLBACK_FAMILY, conceptWord == null ? "" : conceptMark(conceptWord),
                PrintFonts.TEXT_FAMILY,
                PrintFonts.FALLBACK_FAMILY, size);
    }

    /** Every page of a concept says so in its top margin, so a loose page cannot pass for the agreed plan. */
    private static String conceptMark(String conceptWord) {
        return "@top-right { content: \"" + cssText(conceptWord) + "\"; font-family: '" + PrintFonts.TEXT_FAMILY
                + "'; font-weight: bold; font-size: 12pt;"
                + " color: #8b0000; }";
    }

    /** A text inside a CSS string: no quote or backslash can end it early, no markup can start inside the style. */
    private static String cssText(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"").replace("<", "\\3C ").replace("\n", " ");
    }
}
