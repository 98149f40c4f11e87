package nl.keukentafel.gui.print;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import javafx.scene.Scene;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import nl.keukentafel.gui.common.TaskExecutor;
import nl.keukentafel.i18n.Localization;
import nl.keukentafel.logic.print.PrintDocument;
import nl.keukentafel.logic.session.Session;

/**
 * Opens the print dialog as a window of its own over the dossier (composition of its view and view model): the
 * view is activated when the window shows and deactivated when it closes. Stateless.
 */
public final class PrintWindow {
    private PrintWindow() {
    }

    public static Stage open(Window owner, Session session, UUID dossierId, PrintDocument first, TaskExecutor tasks, Clock clock,
                             Localization localization) {
        PrintViewModel model = new PrintViewModel(session.print(), dossierId, first, tasks, clock, localization, new SystemPrinter());
        PrintView view = new PrintView(model, localization,
                window -> chooseTarget(window, localization, model.documentProperty().get()));
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(localization.get("print.dialog.title"));
        stage.setScene(new Scene(view.root(), 1000, 720));
        if (owner instanceof Stage parent && parent.getScene() != null) {
            stage.getScene().getStylesheets().setAll(parent.getScene().getStylesheets());
        }
        stage.setOnShown(event -> {
            view.activate();
            view.initialFocus().requestFocus();
        });
        stage.setOnHidden(event -> view.deactivate());
        stage.show();
        return stage;
    }

    private static Optional<Path> chooseTarget(Window window, Localization localization, PrintDocument document) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(localization.get("print.dialog.save"));
        chooser.setInitialFileName(localization.get("print.dialog.fileName." + document.name()) + ".pdf");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PDF", "*.pdf"));
        return Optional.ofNullable(chooser.showSaveDialog(window)).map(java.io.File::toPath);
    }
}
