package nl.keukentafel.logic.print;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.xml.DomXmpParser;
import org.apache.xmpbox.xml.XmpParsingException;
import org.apache.xmpbox.xml.XmpSerializer;

/**
 * Lays out one HTML document (XHTML with its own CSS) into a tagged PDF: PDF/UA accessibility on (structure tree,
 * headings, tables with header cells, figures with their alt text, the document language and title from the HTML),
 * fonts from {@link PrintFonts}. The same HTML and the same {@code printedAt} give the same bytes: the library's
 * "now" in the info dictionary and the XMP is replaced by {@code printedAt}, and the file id is a hash of the HTML
 * (PDFBox would otherwise derive it from the clock). Stateless and thread-safe.
 */
final class PdfMaker {
    static final String PRODUCER = "Keukentafel";

    static {
        // The library says at INFO level which fonts it loads, on standard error: noise under the command line's one
        // line. Warnings still come through.
        com.openhtmltopdf.util.XRLog.listRegisteredLoggers()
                .forEach(name -> com.openhtmltopdf.util.XRLog.setLevel(name, java.util.logging.Level.WARNING));
    }

    private PdfMaker() {
    }

    static byte[] make(String html, ZonedDateTime printedAt) throws IOException {
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.usePdfUaAccessibility(true);
        builder.withProducer(PRODUCER);
        builder.useExternalResourceAccessControl((uri, type) -> uri != null && uri.startsWith("data:"),
                com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
        PrintFonts.register(builder);
        builder.withHtmlContent(html, null);
        try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
            PDDocument document = renderer.createPDFKeepOpen();
            fixDates(document, printedAt);
            document.getDocument().getTrailer().setItem(COSName.ID, fileId(html, printedAt));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    private static void fixDates(PDDocument document, ZonedDateTime printedAt) throws IOException {
        Calendar when = GregorianCalendar.from(printedAt.withZoneSameInstant(ZoneOffset.UTC));
        when.setTimeZone(TimeZone.getTimeZone("UTC"));
        PDDocumentInformation info = document.getDocumentInformation();
        info.setCreationDate(when);
        info.setModificationDate(when);
        info.setProducer(PRODUCER);
        PDMetadata stream = document.getDocumentCatalog().getMetadata();
        if (stream == null) {
            return;
        }
        try {
            XMPMetadata xmp = new DomXmpParser().parse(stream.toByteArray());
            XMPBasicSchema basic = xmp.getXMPBasicSchema();
            if (basic != null) {
                basic.setCreateDate(when);
                basic.setModifyDate(when);
            }
            ByteArrayOutputStream serialized = new ByteArrayOutputStream();
            new XmpSerializer().serialize(xmp, serialized, true);
            stream.importXMPMetadata(serialized.toByteArray());
        } catch (XmpParsingException | javax.xml.transform.TransformerException unreadable) {
            throw new IOException("could not set the print date in the PDF metadata", unreadable);
        }
    }

    private static COSArray fileId(String html, ZonedDateTime printedAt) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(html.getBytes(StandardCharsets.UTF_8));
            digest.update(printedAt.toString().getBytes(StandardCharsets.UTF_8));
            byte[] id = Arrays.copyOf(digest.digest(), 16);
            COSArray pair = new COSArray();
            pair.add(new COSString(id));
            pair.add(new COSString(id));
            return pair;
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
