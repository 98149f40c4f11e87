package nl.keukentafel.gui.drawing;

import javafx.print.PageLayout;
import javafx.print.PageOrientation;
import javafx.print.Paper;
import javafx.print.Printer;
import javafx.print.PrinterJob;
import javafx.scene.Group;
import javafx.scene.transform.Scale;
import javafx.stage.Window;
import nl.keukentafel.logic.genogram.draw.Drawing;

/**
 * Prints a drawing on one page, turned to landscape when it is wider than high and scaled to fit, so a wide family is
 * never cut off. Answers the key of a message to show. FX thread only.
 */
public final class DrawingPrinter {
    private DrawingPrinter() {
    }

    public static String print(Drawing drawing, Window owner) {
        if (Printer.getDefaultPrinter() == null) {
            return "genogram.print.noPrinter";
        }
        PrinterJob job = PrinterJob.createPrinterJob();
        if (job == null) {
            return "genogram.print.noPrinter";
        }
        if (!job.showPrintDialog(owner)) {
            job.cancelJob();
            return "genogram.print.cancelled";
        }
        Printer printer = job.getPrinter();
        PageOrientation orientation = drawing.width() > drawing.height() ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT;
        PageLayout page = printer.createPageLayout(Paper.A4, orientation, Printer.MarginType.DEFAULT);
        Group picture = new Group();
        drawing.shapes().forEach(shape -> picture.getChildren().addAll(DrawingNodes.of(shape)));
        double factor = Math.min(page.getPrintableWidth() / Math.max(drawing.width(), 1),
                page.getPrintableHeight() / Math.max(drawing.height(), 1));
        picture.getTransforms().add(new Scale(factor, factor));
        boolean printed = job.printPage(page, picture) && job.endJob();
        return printed ? "genogram.print.done" : "genogram.print.failed";
    }
}
