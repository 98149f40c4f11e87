package nl.keukentafel.logic.print;

import java.util.Base64;
import java.util.List;

/**
 * Builds one printed document as well-formed XHTML: every text is escaped, tables always get a header row of
 * {@code th} cells with {@code scope} (the PDF's table header tags, repeated on each page), pictures always get an
 * {@code alt}, icons are decoration the reader's software skips. Not thread-safe (one document per instance).
 */
final class Html {
    private static final java.util.regex.Pattern DATE = java.util.regex.Pattern.compile("\\d{1,2}-\\d{1,2}-\\d{4}|\\+?[\\d() -]{8,20}");
    private static final java.util.regex.Pattern DATE_IN_TEXT = java.util.regex.Pattern.compile("\\b\\d{1,2}-\\d{1,2}-\\d{4}[.,;:!?)]?$");
    private final StringBuilder out = new StringBuilder(8192);

    Html(String language, String title, String css) {
        out.append("<!DOCTYPE html>\n<html lang=\"").append(escape(language)).append("\" xml:lang=\"").append(escape(language))
                .append("\" xmlns=\"http://www.w3.org/1999/xhtml\"><head><meta charset=\"UTF-8\"/><title>").append(escape(title))
                .append("</title><meta name=\"subject\" content=\"").append(escape(title)).append("\"/><style>").append(css)
                .append("</style></head><body>");
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder escaped = new StringBuilder(text.length());
        text.codePoints().forEach(point -> {
            switch (point) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                default -> {
                    // XML 1.0 allows no control characters but tab and line breaks; a pasted one must not break the print.
                    if (point >= 0x20 || point == '\t' || point == '\n' || point == '\r') {
                        escaped.appendCodePoint(point);
                    }
                }
            }
        });
        return escaped.toString();
    }

    Html heading(int level, String text) {
        return element("h" + level, null, text);
    }

    Html heading(int level, char icon, String text) {
        return heading(level, null, icon, text);
    }

    Html heading(int level, String cssClass, char icon, String text) {
        out.append("<h").append(level).append(cssClass == null ? "" : " class=\"" + cssClass + "\"").append('>');
        icon(icon);
        out.append(text(text)).append("</h").append(level).append('>');
        return this;
    }

    /** A paragraph; a typed text keeps its line breaks. */
    Html paragraph(String text) {
        return paragraph(null, text);
    }

    Html paragraph(String cssClass, String text) {
        out.append(cssClass == null ? "<p>" : "<p class=\"" + cssClass + "\">");
        String[] lines = escape(text).split("\\R", -1);
        for (int index = 0; index < lines.length; index++) {
            out.append(index == 0 ? "" : "<br/>").append(lines[index]);
        }
        out.append("</p>");
        return this;
    }

    /** A paragraph that starts with a pictogram. */
    Html paragraph(char icon, String text) {
        out.append("<p class=\"with-icon\">");
        icon(icon);
        out.append(escape(text)).append("</p>");
        return this;
    }

    Html element(String tag, String cssClass, String text) {
        out.append('<').append(tag).append(cssClass == null ? "" : " class=\"" + cssClass + "\"").append('>')
                .append(tag.matches("h[1-6]") ? text(text) : escape(text)).append("</").append(tag).append('>');
        return this;
    }

    Html open(String tag, String cssClass) {
        out.append('<').append(tag).append(cssClass == null ? "" : " class=\"" + cssClass + "\"").append('>');
        return this;
    }

    Html close(String tag) {
        out.append("</").append(tag).append('>');
        return this;
    }

    Html list(List<String> items) {
        out.append("<ul>");
        items.forEach(item -> out.append("<li>").append(escape(item)).append("</li>"));
        out.append("</ul>");
        return this;
    }

    /** A table with one header row; each row's first cell is the row's own header when {@code rowHeaders}. */
    Html table(String cssClass, List<String> headers, List<List<String>> rows, boolean rowHeaders) {
        return table(cssClass, headers, rows, rowHeaders, new int[0]);
    }

    /** As above with each column's share of the width in percent (a table whose long words must wrap inside it). */
    Html table(String cssClass, List<String> headers, List<List<String>> rows, boolean rowHeaders, int... percentWidths) {
        out.append("<table class=\"").append(cssClass).append("\">");
        if (percentWidths.length > 0) {
            out.append("<colgroup>");
            for (int width : percentWidths) {
                out.append("<col style=\"width: ").append(width).append("%\"/>");
            }
            out.append("</colgroup>");
        }
        out.append("<thead><tr>");
        headers.forEach(header -> out.append("<th scope=\"col\">").append(escape(header)).append("</th>"));
        out.append("</tr></thead><tbody>");
        for (List<String> row : rows) {
            out.append("<tr>");
            for (int index = 0; index < row.size(); index++) {
                boolean header = rowHeaders && index == 0;
                out.append(header ? "<th scope=\"row\">" : "<td>").append(cell(row.get(index))).append(header ? "</th>" : "</td>");
            }
            out.append("</tr>");
        }
        out.append("</tbody></table>");
        return this;
    }

    /**
     * A heading's text, escaped, with a date (dd-mm-jjjj) that ends it kept on one line: a title never ends in "21-"
     * above "11-2026". Only at the end: openhtmltopdf writes a no-wrap span after the rest of its line, so text after
     * one would be read back out of order (seen in running text, hence not used there).
     */
    private static String text(String text) {
        if (text == null) {
            return "";
        }
        java.util.regex.Matcher dates = DATE_IN_TEXT.matcher(text);
        StringBuilder kept = new StringBuilder(text.length() + 32);
        int done = 0;
        while (dates.find()) {
            kept.append(escape(text.substring(done, dates.start()))).append("<span class=\"nowrap\">")
                    .append(escape(dates.group())).append("</span>");
            done = dates.end();
        }
        return kept.append(escape(text.substring(done))).toString();
    }

    /** A date (dd-mm-jjjj) or a phone number never breaks at its hyphens or spaces. */
    private static String cell(String text) {
        String escaped = escape(text);
        return DATE.matcher(text == null ? "" : text).matches() ? "<span class=\"nowrap\">" + escaped + "</span>" : escaped;
    }

    /** A picture with its alternative text (read aloud instead of the picture) and a visible caption. */
    Html figure(byte[] png, String alt, String caption) {
        out.append("<figure><img src=\"data:image/png;base64,").append(Base64.getEncoder().encodeToString(png))
                .append("\" alt=\"").append(escape(alt)).append("\"/><figcaption>").append(escape(caption))
                .append("</figcaption></figure>");
        return this;
    }

    /**
     * A Material icon, as a picture in the background of an empty box: the PDF keeps it out of the text and the
     * structure (an artifact), since the text beside it says the same.
     */
    Html icon(char icon) {
        out.append("<span class=\"icon\" aria-hidden=\"true\" style=\"background-image: url('").append(IconImages.dataUri(icon))
                .append("')\"></span>");
        return this;
    }

    String build() {
        return out + "</body></html>";
    }
}
