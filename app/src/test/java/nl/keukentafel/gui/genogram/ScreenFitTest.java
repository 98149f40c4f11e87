package nl.keukentafel.gui.genogram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import nl.keukentafel.gui.common.CurrentThreadTaskExecutor;
import nl.keukentafel.gui.common.DossierChanges;
import nl.keukentafel.gui.drawing.DrawingPane;
import nl.keukentafel.gui.ecogram.EcogramView;
import nl.keukentafel.gui.ecogram.EcogramViewModel;
import nl.keukentafel.gui.ecogram.StandardEcogramPictures;
import nl.keukentafel.logic.genogram.GenogramEdits;
import nl.keukentafel.model.Contact;
import nl.keukentafel.model.RecordRef;
import nl.keukentafel.model.intake.Sector;
import org.junit.jupiter.api.Test;

/**
 * A small family on the smallest supported window (1024×700): the ecogram is fitted by the same rule as the genogram,
 * so its names are on screen at least as large as the genogram's (not shrunk to fit the room round its ring), and
 * both are still shown whole. With {@code -Dkeukentafel.screenshots=DIR} it writes PNGs of both screens.
 */
class ScreenFitTest extends GenogramScreenTestBase {
    private EcogramView ecogram;

    @Override
    protected WindowSize windowSize() {
        return SMALL_SCREEN;
    }

    @Test
    void aSmallEcogramsNamesAreAtLeastAsLargeOnScreenAsTheGenogramsAtTheSameWindowSize() throws Exception {
        contact("Basisschool De Linde", Sector.SCHOOL, true);
        contact("Huisarts Van Dam", Sector.GENERAL_PRACTICE, true);
        openScreen();
        double genogramName = screenHeight(canvas(), "Jan");
        double genogramZoom = canvas().zoom();
        boolean genogramWhole = canvas().drawing().width() * genogramZoom <= canvas().getWidth()
                && canvas().drawing().height() * genogramZoom <= canvas().getHeight();
        snap("fit-genogram-1024x700");

        show(() -> {
            EcogramViewModel model = new EcogramViewModel(new GenogramEdits(session.genogram()), new StandardEcogramPictures(dutch::get),
                    (figure, legend, format, file) -> { }, DossierChanges.NONE, dossier, new CurrentThreadTaskExecutor());
            ecogram = new EcogramView(model, dutch);
            return ecogram.root();
        }, () -> ecogram.activate());
        double ecogramName = screenHeight(ecogram.canvas(), "Jan");
        double ecogramZoom = ecogram.canvas().zoom();
        boolean ecogramWhole = ecogram.canvas().drawing().width() * ecogramZoom <= ecogram.canvas().getWidth()
                && ecogram.canvas().drawing().height() * ecogramZoom <= ecogram.canvas().getHeight();
        snap("fit-ecogram-1024x700");
        // a line made stressful adds a row to the legend under the ring: fitted again, not grown out of view
        interact(() -> ecogram.canvas().requestFocus());
        int shapes = ecogram.canvas().drawing().shapes().size();
        type(KeyCode.DIGIT3);
        waitUntil("the drawing shows the stressful line", () -> ecogram.canvas().drawing().shapes().size() > shapes);
        boolean ecogramWholeAfterEdit = ecogram.canvas().drawing().height() * ecogram.canvas().zoom() <= ecogram.canvas().getHeight();
        interact(() -> ecogram.deactivate());

        assertThat(ecogramName).as("a name on the ecogram (zoom " + ecogramZoom + ") against the genogram's (zoom " + genogramZoom + ")")
                .isGreaterThanOrEqualTo(genogramName);
        assertThat(genogramWhole).as("the small genogram is still shown whole").isTrue();
        assertThat(ecogramWhole).as("and so is the small ecogram, its legend under the ring").isTrue();
        assertThat(ecogramWholeAfterEdit).as("also after its legend grew").isTrue();
    }

    /** The height on screen of the first text that reads {@code text}. */
    private double screenHeight(DrawingPane pane, String text) {
        waitUntil("the drawing shows " + text, () -> textNode(pane, text) != null);
        Node node = textNode(pane, text);
        Bounds bounds = node.localToScreen(node.getBoundsInLocal());
        return bounds.getHeight();
    }

    private static Node textNode(DrawingPane pane, String text) {
        List<Node> found = pane.lookupAll("Text").stream().filter(node -> node instanceof Text shown && shown.getText().equals(text))
                .toList();
        return found.isEmpty() ? null : found.getFirst();
    }

    private void contact(String name, Sector sector, boolean professional) {
        RecordRef ref = session.dossiers().addContact(dossier, professional).join();
        session.dossiers().edit(ref, Contact.Field.NAME, name);
        session.dossiers().edit(ref, Contact.Field.SECTOR, sector);
        session.dossiers().flush();
    }
}
