package nl.keukentafel.gui.genogram;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import nl.keukentafel.gui.MainWindow;
import nl.keukentafel.gui.common.CurrentThreadTaskExecutor;
import nl.keukentafel.gui.common.DossierChanges;
import nl.keukentafel.gui.ecogram.EcogramView;
import nl.keukentafel.gui.ecogram.EcogramViewModel;
import nl.keukentafel.gui.ecogram.StandardEcogramPictures;
import nl.keukentafel.logic.genogram.GenogramEdits;
import nl.keukentafel.model.Contact;
import nl.keukentafel.model.RecordRef;
import nl.keukentafel.model.intake.Sector;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/**
 * Not a check: draws a family live with the keyboard as a consultant would and writes PNGs of the genogram and ecogram
 * screens (docs/screenshots/30..34). Runs only with {@code -Dkeukentafel.screenshots=DIR}.
 */
class GenogramScreenshotTour extends GenogramScreenTestBase {

    @Test
    void drawAFamilyLive() throws Exception {
        String target = System.getProperty("keukentafel.screenshots");
        assumeTrue(target != null && !target.isBlank(), "screenshots only on request");
        Path directory = Path.of(target);
        interact(() -> view.root().getScene().getWindow().setWidth(1280));
        interact(() -> view.root().getScene().getWindow().setHeight(800));
        interact(() -> canvas().fit());
        snap(directory, "30-genogram-household-unconnected");

        type(KeyCode.G);
        type(KeyCode.O).write("Piet").type(KeyCode.TAB).write("Wulfsberg").type(KeyCode.ENTER);
        type(KeyCode.RIGHT, KeyCode.ENTER).write("Riet").type(KeyCode.TAB).write("Wulfsberg").type(KeyCode.ENTER);
        // back to Jan (which symbol Down reaches from Riet depends on where the layout puts his parents)
        interact(() -> model.selectedProperty().set(father));
        type(KeyCode.B).write("Marja").type(KeyCode.TAB).type(KeyCode.TAB).type(KeyCode.TAB).write("12-03-1972").type(KeyCode.ENTER);
        type(KeyCode.V);
        type(KeyCode.P).write("Henk").type(KeyCode.ENTER);
        type(KeyCode.K).write("Lotte").type(KeyCode.ENTER);
        type(KeyCode.V);
        interact(() -> canvas().fit());
        snap(directory, "31-genogram-three-generations");

        interact(() -> model.selectedProperty().set(father));
        type(KeyCode.O).write("Kees").type(KeyCode.ENTER);
        type(KeyCode.ENTER);
        interact(() -> lookup("#personDeceased").query().requestFocus());
        type(KeyCode.SPACE);
        interact(() -> model.selectedProperty().set(mother));
        interact(() -> canvas().fit());
        snap(directory, "32-genogram-side-panel");

        interact(() -> model.selectedProperty().set(son));
        interact(() -> canvas().requestFocus());
        type(KeyCode.R, KeyCode.RIGHT, KeyCode.ENTER);
        type(KeyCode.DOWN, KeyCode.DOWN, KeyCode.DOWN);
        snap(directory, "33-genogram-relation-type");
        type(KeyCode.ENTER);
        interact(() -> canvas().fit());
        snap(directory, "33b-genogram-relation-drawn");

        contact("Basisschool De Linde", Sector.SCHOOL, true);
        contact("Buurvrouw Truus", Sector.FRIENDS_NEIGHBOURS, false);
        contact("Huisarts Van Dam", Sector.GENERAL_PRACTICE, true);
        EcogramView[] ecogram = new EcogramView[1];
        FxToolkit.setupStage(stage -> {
            MainWindow.applyTheme();
            EcogramViewModel ecoModel = new EcogramViewModel(new GenogramEdits(session.genogram()), new StandardEcogramPictures(dutch::get),
                    (figure, legend, format, file) -> { }, DossierChanges.NONE, dossier, new CurrentThreadTaskExecutor());
            ecogram[0] = new EcogramView(ecoModel, dutch);
            stage.setScene(new Scene(ecogram[0].root(), 1280, 800));
            ecogram[0].activate();
        });
        interact(() -> ecogram[0].canvas().requestFocus());
        type(KeyCode.DIGIT1, KeyCode.TAB, KeyCode.DIGIT3, KeyCode.TAB, KeyCode.DIGIT2);
        snap(directory, "34-ecogram");
        interact(() -> ecogram[0].deactivate());
    }

    private void contact(String name, Sector sector, boolean professional) {
        RecordRef ref = session.dossiers().addContact(dossier, professional).join();
        session.dossiers().edit(ref, Contact.Field.NAME, name);
        session.dossiers().edit(ref, Contact.Field.SECTOR, sector);
        session.dossiers().flush();
    }

    private void snap(Path directory, String name) {
        WritableImage shot = windowShot();
        assertShowsSomething(shot, name);
        writePng(shot, directory.resolve(name + ".png"));
    }
}
