package nl.keukentafel.gui.print;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import javafx.scene.image.Image;
import javafx.scene.image.WritableImage;
import nl.keukentafel.gui.common.TaskExecutor;
import nl.keukentafel.gui.common.UiText;
import nl.keukentafel.i18n.Localization;
import nl.keukentafel.logic.print.ParentFacingText;
import nl.keukentafel.logic.print.PlainLanguage;
import nl.keukentafel.logic.print.PrintDocument;
import nl.keukentafel.logic.print.PrintRefusal;
import nl.keukentafel.logic.print.PrintRequest;
import nl.keukentafel.logic.print.PrintSection;
import nl.keukentafel.logic.print.PrintService;
import nl.keukentafel.logic.print.PrintSources;
import nl.keukentafel.logic.print.PrintedDocuments;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * The print dialog's state: the document and its sections (safe defaults whenever the document changes), the
 * plain-language findings of the family's texts, the rendered PDF and its pages as preview pictures, and a status.
 * Saving and printing go through {@link PrintService} (atomic, audited); the preview is the very PDF that is saved or
 * printed. Work runs on the injected executor. FX thread only.
 */
public final class PrintViewModel {
    /** A plain-language finding: in which field ("Doel 2") and what. */
    public record Finding(UiText where, UiText what) {
    }

    /** An evaluation the evaluatieverslag can be made of, by its date as typed. */
    public record EvaluationChoice(UUID id, String heldOn) {
    }

    /** The sheets a printer receives, drawn by PDFBox from the PDF; sends them through the system's print dialog. */
    @FunctionalInterface
    public interface Printer {
        /** True when printed, false when the consultant cancelled the system's dialog. */
        boolean print(byte[] pdf, String jobName) throws Exception;
    }

    private static final Logger LOG = Logger.getLogger(PrintViewModel.class.getName());
    private static final float PREVIEW_DPI = 60;
    private final PrintService print;
    private final UUID dossierId;
    private final TaskExecutor tasks;
    private final Clock clock;
    private final Localization text;
    private final Printer printer;
    private final ObjectProperty<PrintDocument> document = new SimpleObjectProperty<>();
    private final ObservableSet<PrintSection> sections = FXCollections.observableSet();
    private final ObservableList<Finding> findings = FXCollections.observableArrayList();
    private final ObservableList<Image> pages = FXCollections.observableArrayList();
    private final ObservableList<EvaluationChoice> evaluations = FXCollections.observableArrayList();
    private final ObjectProperty<UUID> evaluation = new SimpleObjectProperty<>();
    // One read-only view of each, kept: a fresh wrapper per call would be collected with the listeners added to it.
    private final ObservableSet<PrintSection> sectionsView = FXCollections.unmodifiableObservableSet(sections);
    private final ObservableList<Finding> findingsView = FXCollections.unmodifiableObservableList(findings);
    private final ObservableList<Image> pagesView = FXCollections.unmodifiableObservableList(pages);
    private final ObservableList<EvaluationChoice> evaluationsView = FXCollections.unmodifiableObservableList(evaluations);
    private final ReadOnlyObjectWrapper<UiText> status = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper ready = new ReadOnlyBooleanWrapper(false);
    private byte[] pdf;

    public PrintViewModel(PrintService print, UUID dossierId, PrintDocument first, TaskExecutor tasks, Clock clock, Localization text,
                          Printer printer) {
        this.print = print;
        this.dossierId = dossierId;
        this.tasks = tasks;
        this.clock = clock;
        this.text = text;
        this.printer = printer;
        choose(first);
    }

    /** Another document: its safe default sections, then a new preview. */
    public void choose(PrintDocument chosen) {
        document.set(chosen);
        sections.clear();
        sections.addAll(PrintSection.defaults(chosen));
    }

    public void toggle(PrintSection section, boolean on) {
        if (on) {
            sections.add(section);
        } else {
            sections.remove(section);
        }
    }

    /** The evaluation the evaluatieverslag is made of; null for the latest. */
    public void chooseEvaluation(UUID chosen) {
        evaluation.set(chosen);
    }

    /** Makes the PDF with the current choices, the findings and the preview pages. */
    public void refresh() {
        PrintRequest request = new PrintRequest(document.get(), sections, ZonedDateTime.now(clock), Optional.ofNullable(evaluation.get()));
        ready.set(false);
        status.set(new UiText("print.dialog.making"));
        tasks.execute(() -> make(request), made -> {
            pdf = made.pdf();
            evaluations.setAll(made.evaluations());
            findings.setAll(made.findings());
            pages.setAll(made.pages());
            ready.set(true);
            status.set(made.findings().isEmpty() || !request.document().parentFacing() ? null
                    : new UiText("print.dialog.findingsFound", made.findings().size()));
        }, failure -> {
            pdf = null;
            pages.clear();
            findings.clear();
            if (!(failure instanceof PrintRefusal)) {
                LOG.log(Level.WARNING, "print preview of dossier " + dossierId + " failed", failure);
            }
            status.set(failure instanceof PrintRefusal refusal ? new UiText(refusal.key()) : new UiText("print.dialog.failed"));
        });
    }

    private record Made(byte[] pdf, List<Finding> findings, List<Image> pages, List<EvaluationChoice> evaluations) {
    }

    private Made make(PrintRequest request) throws Exception {
        PrintSources sources = print.read(dossierId, request.document());
        byte[] made = PrintedDocuments.pdf(sources, request, text);
        List<Finding> found = new ArrayList<>();
        if (request.document().parentFacing()) {
            for (ParentFacingText.Field field : ParentFacingText.findings(sources.plan(), PlainLanguage.standard())) {
                for (PlainLanguage.Finding finding : field.findings()) {
                    found.add(new Finding(new UiText(field.placeKey(), field.number()),
                            new UiText("print.finding." + finding.kind().name(), finding.fragment(), finding.suggestion())));
                }
            }
        }
        List<Image> pictures = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(made)) {
            PDFRenderer renderer = new PDFRenderer(document);
            for (int page = 0; page < document.getNumberOfPages(); page++) {
                pictures.add(picture(renderer.renderImageWithDPI(page, PREVIEW_DPI)));
            }
        }
        List<EvaluationChoice> held = sources.plan().evaluations().stream()
                .map(one -> new EvaluationChoice(one.id(), one.heldOn())).collect(java.util.stream.Collectors.toCollection(ArrayList::new));
        java.util.Collections.reverse(held);
        return new Made(made, found, pictures, held);
    }

    /** A page drawn by PDFBox as a JavaFX image (no javafx-swing needed). */
    private static Image picture(BufferedImage page) {
        WritableImage image = new WritableImage(page.getWidth(), page.getHeight());
        int[] pixels = page.getRGB(0, 0, page.getWidth(), page.getHeight(), null, 0, page.getWidth());
        image.getPixelWriter().setPixels(0, 0, page.getWidth(), page.getHeight(), javafx.scene.image.PixelFormat.getIntArgbInstance(),
                pixels, 0, page.getWidth());
        return image;
    }

    /** Saves the previewed PDF: whole or not at all, audited. */
    public void save(Path destination) {
        byte[] made = pdf;
        PrintDocument chosen = document.get();
        if (made == null) {
            return;
        }
        tasks.execute(() -> {
            print.save(dossierId, made, chosen, destination);
            return destination.getFileName().toString();
        }, name -> status.set(new UiText("print.dialog.saved", name)), failure -> status.set(new UiText("print.dialog.saveFailed")));
    }

    /** Sends the previewed PDF to the system's print dialog; audited when it was printed. */
    public void sendToPrinter() {
        byte[] made = pdf;
        PrintDocument chosen = document.get();
        if (made == null) {
            return;
        }
        tasks.execute(() -> {
            boolean printed = printer.print(made, text.get("print.dialog.jobName"));
            if (printed) {
                print.printed(dossierId, chosen);
            }
            return printed;
        }, printed -> status.set(new UiText(printed ? "print.dialog.printed" : "print.dialog.printCancelled")),
                failure -> status.set(new UiText("print.dialog.printFailed")));
    }

    public ObjectProperty<PrintDocument> documentProperty() {
        return document;
    }

    public ObservableSet<PrintSection> sections() {
        return sectionsView;
    }

    public ObservableList<Finding> findings() {
        return findingsView;
    }

    /** The dossier's evaluations, newest first, as of the last preview. */
    public ObservableList<EvaluationChoice> evaluations() {
        return evaluationsView;
    }

    /** The chosen evaluation; null for the latest. */
    public ObjectProperty<UUID> evaluationProperty() {
        return evaluation;
    }

    public ObservableList<Image> pages() {
        return pagesView;
    }

    public ReadOnlyObjectProperty<UiText> statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty readyProperty() {
        return ready.getReadOnlyProperty();
    }
}
