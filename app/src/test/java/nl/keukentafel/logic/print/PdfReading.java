package nl.keukentafel.logic.print;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;

/** Reads a printed PDF back the way a checker would: its text, its structure tree, its fonts. Not thread-safe. */
final class PdfReading {
    /** One structure element: its type (H1, Table, TH, Figure…) and its alternative text. */
    record Tag(String type, String alt) {
    }

    private PdfReading() {
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    /**
     * The text in blocks as a reader sees them: a line that starts with a small letter or a digit continues the line
     * before (a wrapped sentence); any other line starts a new block (a heading, a table cell, a new paragraph).
     */
    static List<String> blocks(byte[] pdf) throws IOException {
        List<String> blocks = new ArrayList<>();
        for (String line : text(pdf).split("\\R")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty()) {
                continue;
            }
            boolean continues = !blocks.isEmpty() && Character.isLowerCase(trimmed.codePointAt(0)) || Character.isDigit(trimmed.charAt(0));
            if (continues && !blocks.isEmpty()) {
                blocks.set(blocks.size() - 1, blocks.get(blocks.size() - 1) + " " + trimmed);
            } else {
                blocks.add(trimmed);
            }
        }
        return blocks;
    }

    /** The text of each page, 1-based in the list's order. */
    static List<String> pages(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<String> pages = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                pages.add(stripper.getText(document));
            }
            return pages;
        }
    }

    static List<Tag> tags(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<Tag> tags = new ArrayList<>();
            PDStructureNode root = document.getDocumentCatalog().getStructureTreeRoot();
            if (root != null) {
                walk(root, tags);
            }
            return tags;
        }
    }

    private static void walk(PDStructureNode node, List<Tag> tags) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement element) {
                tags.add(new Tag(element.getStructureType(), element.getAlternateDescription()));
                walk(element, tags);
            }
        }
    }

    static String language(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getDocumentCatalog().getLanguage();
        }
    }

    static String title(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getDocumentInformation().getTitle();
        }
    }

    static boolean marked(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getDocumentCatalog().getMarkInfo() != null && document.getDocumentCatalog().getMarkInfo().isMarked();
        }
    }

    /** The font names used on any page, with whether each is embedded. */
    static List<String> fontsNotEmbedded(byte[] pdf) throws IOException {
        List<String> missing = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (PDPage page : document.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    PDFont font = resources.getFont(name);
                    if (!font.isEmbedded()) {
                        missing.add(font.getName());
                    }
                }
            }
        }
        return missing;
    }

    /** How many pictures page {@code index} draws (image XObjects in its resources). */
    static int images(byte[] pdf, int index) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDResources resources = document.getPage(index).getResources();
            int count = 0;
            for (COSName name : resources.getXObjectNames()) {
                if (resources.isImageXObject(name)) {
                    count++;
                }
            }
            return count;
        }
    }

    /**
     * Where page {@code index} draws its pictures, in points from the page's left edge: [left, right] per picture, as the
     * content stream places them (the current transformation matrix at each image's Do).
     */
    static List<double[]> imageSpans(byte[] pdf, int index) throws IOException {
        List<double[]> spans = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDPage page = document.getPage(index);
            org.apache.pdfbox.contentstream.PDFStreamEngine engine = new org.apache.pdfbox.contentstream.PDFStreamEngine() {
                @Override
                protected void processOperator(org.apache.pdfbox.contentstream.operator.Operator operator,
                                               List<org.apache.pdfbox.cos.COSBase> operands) throws IOException {
                    if ("Do".equals(operator.getName()) && operands.get(0) instanceof COSName name
                            && getResources().isImageXObject(name)) {
                        org.apache.pdfbox.util.Matrix matrix = getGraphicsState().getCurrentTransformationMatrix();
                        spans.add(new double[] {matrix.getTranslateX(), matrix.getTranslateX() + matrix.getScalingFactorX()});
                    }
                    super.processOperator(operator, operands);
                }
            };
            engine.addOperator(new org.apache.pdfbox.contentstream.operator.state.Concatenate(engine));
            engine.addOperator(new org.apache.pdfbox.contentstream.operator.state.Save(engine));
            engine.addOperator(new org.apache.pdfbox.contentstream.operator.state.Restore(engine));
            engine.addOperator(new org.apache.pdfbox.contentstream.operator.DrawObject(engine));
            engine.processPage(page);
            return spans;
        }
    }

    static List<String> fontNames(byte[] pdf) throws IOException {
        List<String> names = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (PDPage page : document.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    names.add(page.getResources().getFont(name).getName());
                }
            }
        }
        return names.stream().distinct().sorted().toList();
    }
}
