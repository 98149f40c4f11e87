package nl.keukentafel.gui.print;

import java.awt.print.PrinterJob;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.printing.PDFPageable;

/**
 * Prints a PDF through the operating system's print dialog ({@code java.awt.print.PrinterJob} with PDFBox's
 * {@link PDFPageable}): paper and screen are one layout, and the printers are the system's (CUPS on Linux). Runs off
 * the FX thread (the AWT dialog blocks). Stateless and thread-safe.
 */
final class SystemPrinter implements PrintViewModel.Printer {
    @Override
    public boolean print(byte[] pdf, String jobName) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PrinterJob job = PrinterJob.getPrinterJob();
            job.setJobName(jobName);
            job.setPageable(new PDFPageable(document));
            if (!job.printDialog()) {
                return false;
            }
            job.print();
            return true;
        }
    }
}
