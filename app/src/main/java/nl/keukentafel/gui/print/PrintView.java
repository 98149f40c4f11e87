package nl.keukentafel.gui.print;

import atlantafx.base.theme.Styles;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javafx.collections.ListChangeListener;
import javafx.collections.SetChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.Subscription;
import nl.keukentafel.gui.common.Icons;
import nl.keukentafel.gui.common.ScreenView;
import nl.keukentafel.i18n.Localization;
import nl.keukentafel.logic.print.PrintDocument;
import nl.keukentafel.logic.print.PrintSection;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The print dialog's layout and bindings: document choice, the sections as check boxes, the plain-language findings,
 * the preview of the rendered pages, and "Opslaan als PDF" / "Afdrukken". Every change of choice renders the preview
 * again. Where to save is asked through {@code chooseTarget} (a file chooser in the app). FX thread only.
 */
public final class PrintView implements ScreenView {
    private final PrintViewModel model;
    private final Localization localization;
    private final Function<Window, Optional<Path>> chooseTarget;
    private final BorderPane root = new BorderPane();
    private final ComboBox<PrintDocument> documents = new ComboBox<>();
    private final ComboBox<PrintViewModel.EvaluationChoice> evaluations = new ComboBox<>();
    private final VBox evaluationRow;
    private final VBox sectionBoxes = new VBox(6);
    private final Map<PrintSection, CheckBox> checks = new EnumMap<>(PrintSection.class);
    private final ListView<PrintViewModel.Finding> findings = new ListView<>();
    private final VBox preview = new VBox(12);
    private final Label status = new Label();
    private final Button save;
    private final Button printButton;
    private boolean showing;
    private Subscription subscriptions = Subscription.EMPTY;

    public PrintView(PrintViewModel model, Localization localization, Function<Window, Optional<Path>> chooseTarget) {
        this.model = model;
        this.localization = localization;
        this.chooseTarget = chooseTarget;
        root.setId("printView");
        documents.setId("printDocumentChoice");
        documents.getItems().setAll(PrintDocument.values());
        documents.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(PrintDocument document) {
                return document == null ? "" : localization.get("print.dialog.document." + document.name());
            }

            @Override
            public PrintDocument fromString(String text) {
                return null;
            }
        });
        for (PrintSection section : PrintSection.values()) {
            CheckBox check = new CheckBox(localization.get("print.dialog.section." + section.name()));
            check.setId("printSection-" + section.name());
            check.selectedProperty().addListener((observable, old, on) -> {
                if (!showing) {
                    model.toggle(section, on);
                    model.refresh();
                }
            });
            checks.put(section, check);
        }
        Label documentLabel = new Label(localization.get("print.dialog.document"));
        documentLabel.setLabelFor(documents);
        evaluations.setId("printEvaluationChoice");
        evaluations.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(PrintViewModel.EvaluationChoice choice) {
                return choice == null ? "" : localization.get("print.dialog.evaluation.held", choice.heldOn());
            }

            @Override
            public PrintViewModel.EvaluationChoice fromString(String text) {
                return null;
            }
        });
        evaluations.valueProperty().addListener((observable, old, chosen) -> {
            if (!showing && chosen != null && !chosen.id().equals(model.evaluationProperty().get())) {
                model.chooseEvaluation(chosen.id());
                model.refresh();
            }
        });
        Label evaluationLabel = new Label(localization.get("print.dialog.evaluation"));
        evaluationLabel.setLabelFor(evaluations);
        evaluationRow = new VBox(4, evaluationLabel, evaluations);
        evaluationRow.setId("printEvaluationRow");
        evaluationRow.managedProperty().bind(evaluationRow.visibleProperty());
        Label findingsLabel = new Label(localization.get("print.dialog.findings"));
        findingsLabel.setLabelFor(findings);
        findings.setId("printFindings");
        findings.setPrefHeight(220);
        findings.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(PrintViewModel.Finding item, boolean empty) {
                super.updateItem(item, empty);
                setWrapText(true);
                setPrefWidth(0);
                setText(empty || item == null ? null : item.where().in(localization) + ": " + item.what().in(localization));
            }
        });
        findings.setPlaceholder(new Label(localization.get("print.dialog.noFindings")));
        VBox choices = new VBox(10, documentLabel, documents, evaluationRow, new Label(localization.get("print.dialog.sections")),
                sectionBoxes, findingsLabel, findings);
        choices.setPadding(new Insets(12));
        choices.setPrefWidth(380);
        preview.setId("printPreview");
        preview.setAlignment(Pos.TOP_CENTER);
        preview.setPadding(new Insets(12));
        ScrollPane previewScroll = new ScrollPane(preview);
        previewScroll.setFitToWidth(true);
        save = new Button(localization.get("print.dialog.save"), Icons.of(Material2MZ.SAVE));
        save.setId("printSaveButton");
        save.setOnAction(event -> chooseTarget.apply(root.getScene().getWindow()).ifPresent(model::save));
        printButton = new Button(localization.get("print.dialog.print"), Icons.of(Material2MZ.PRINT));
        printButton.setId("printPrintButton");
        printButton.getStyleClass().add(Styles.ACCENT);
        printButton.setOnAction(event -> model.sendToPrinter());
        status.setId("printStatus");
        status.setWrapText(true);
        HBox.setHgrow(status, Priority.ALWAYS);
        status.setMaxWidth(Double.MAX_VALUE);
        HBox buttons = new HBox(10, status, save, printButton);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        buttons.setPadding(new Insets(10, 12, 12, 12));
        root.setLeft(choices);
        root.setCenter(previewScroll);
        root.setBottom(buttons);
        documents.valueProperty().addListener((observable, old, chosen) -> {
            if (!showing && chosen != null) {
                model.choose(chosen);
                model.refresh();
            }
        });
    }

    @Override
    public Parent root() {
        return root;
    }

    @Override
    public javafx.scene.Node initialFocus() {
        return documents;
    }

    @Override
    public void activate() {
        SetChangeListener<PrintSection> sectionsChanged = change -> showSections();
        ListChangeListener<PrintViewModel.Finding> findingsChanged = change -> findings.getItems().setAll(model.findings());
        ListChangeListener<Image> pagesChanged = change -> showPages();
        ListChangeListener<PrintViewModel.EvaluationChoice> evaluationsChanged = change -> showEvaluations();
        model.evaluations().addListener(evaluationsChanged);
        model.sections().addListener(sectionsChanged);
        model.findings().addListener(findingsChanged);
        model.pages().addListener(pagesChanged);
        subscriptions = Subscription.combine(
                () -> model.sections().removeListener(sectionsChanged),
                () -> model.findings().removeListener(findingsChanged),
                () -> model.pages().removeListener(pagesChanged),
                () -> model.evaluations().removeListener(evaluationsChanged),
                model.documentProperty().subscribe(document -> {
                    showing = true;
                    documents.setValue(document);
                    showing = false;
                    showSections();
                    showEvaluations();
                }),
                model.statusProperty().subscribe(text -> status.setText(text == null ? "" : text.in(localization))),
                model.readyProperty().subscribe(ready -> {
                    save.setDisable(!ready);
                    printButton.setDisable(!ready);
                }));
        model.refresh();
    }

    @Override
    public void deactivate() {
        subscriptions.unsubscribe();
        subscriptions = Subscription.EMPTY;
    }

    private void showSections() {
        showing = true;
        sectionBoxes.getChildren().clear();
        for (PrintSection section : PrintSection.offered(model.documentProperty().get())) {
            CheckBox check = checks.get(section);
            check.setSelected(model.sections().contains(section));
            sectionBoxes.getChildren().add(check);
        }
        showing = false;
    }

    /** The evaluation choice, only for the evaluatieverslag and only when there is more than one to choose from. */
    private void showEvaluations() {
        showing = true;
        evaluations.getItems().setAll(model.evaluations());
        java.util.UUID chosen = model.evaluationProperty().get();
        evaluations.setValue(model.evaluations().stream().filter(choice -> choice.id().equals(chosen)).findFirst()
                .orElse(model.evaluations().isEmpty() ? null : model.evaluations().get(0)));
        showing = false;
        evaluationRow.setVisible(model.documentProperty().get() == PrintDocument.EVALUATIE && model.evaluations().size() > 1);
    }

    private void showPages() {
        preview.getChildren().clear();
        int number = 0;
        for (Image page : model.pages()) {
            ImageView view = new ImageView(page);
            view.setId("printPage" + ++number);
            view.setPreserveRatio(true);
            view.setFitWidth(Math.min(page.getWidth(), 520));
            view.getStyleClass().add("print-page");
            preview.getChildren().add(view);
        }
    }
}
