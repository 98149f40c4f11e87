package nl.keukentafel.gui.ecogram;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.UUID;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.input.KeyCode;
import nl.keukentafel.gui.MainWindow;
import nl.keukentafel.gui.common.CurrentThreadTaskExecutor;
import nl.keukentafel.gui.common.DossierChanges;
import nl.keukentafel.i18n.Localization;
import nl.keukentafel.logic.session.Session;
import nl.keukentafel.logic.session.SessionManager;
import nl.keukentafel.logic.genogram.GenogramEdits;
import nl.keukentafel.logic.genogram.draw.Drawing;
import nl.keukentafel.model.Contact;
import nl.keukentafel.model.RecordIds;
import nl.keukentafel.model.RecordRef;
import nl.keukentafel.model.genogram.EcoLink;
import nl.keukentafel.model.genogram.LinkStrength;
import nl.keukentafel.model.intake.Sector;
import nl.keukentafel.store.VaultLocation;
import nl.keukentafel.store.crypto.KdfParams;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** The ecogram with the keyboard on a real vault: a line set to stressful stays so after reopening; extras get a line. */
class EcogramKeyboardTest extends FxRobot {
    private final Localization dutch = new Localization(Localization.DUTCH);
    @TempDir
    Path directory;
    private SessionManager sessions;
    private Session session;
    private UUID dossier;
    private UUID school;
    private UUID neighbour;
    private EcogramView view;
    private EcogramViewModel model;

    @BeforeEach
    void network() throws Exception {
        sessions = new SessionManager(new VaultLocation(directory.resolve("vault")), Clock.systemDefaultZone(), KdfParams.FAST_FOR_TESTS);
        session = sessions.create("appel peer banaan kiwi".toCharArray(), "appel peer banaan kiwi".toCharArray(), "Test Consulent");
        dossier = session.caseload().createFamily("Familie Wulfsberg").join();
        school = contact("Basisschool De Linde", Sector.SCHOOL, true);
        neighbour = contact("Buurvrouw Truus", Sector.FRIENDS_NEIGHBOURS, false);
        FxToolkit.registerPrimaryStage();
        open();
    }

    private UUID contact(String name, Sector sector, boolean professional) {
        RecordRef ref = session.dossiers().addContact(dossier, professional).join();
        session.dossiers().edit(ref, Contact.Field.NAME, name);
        session.dossiers().edit(ref, Contact.Field.SECTOR, sector);
        session.dossiers().flush();
        return ref.id();
    }

    private void open() throws Exception {
        FxToolkit.setupStage(stage -> {
            MainWindow.applyTheme();
            model = new EcogramViewModel(new GenogramEdits(session.genogram()), new StandardEcogramPictures(dutch::get),
                    (figure, legend, format, file) -> { }, DossierChanges.NONE, dossier, new CurrentThreadTaskExecutor());
            view = new EcogramView(model, dutch);
            stage.setScene(new Scene(view.root(), 1200, 800));
            stage.show();
            view.activate();
        });
        interact(() -> view.canvas().requestFocus());
    }

    @AfterEach
    void lock() throws Exception {
        interact(() -> view.deactivate());
        FxToolkit.cleanupStages();
        sessions.lock();
    }

    @Test
    void aLineSetToStressfulWithTheKeyboardIsKeptAfterReopening() throws Exception {
        assertThat(model.selectedProperty().get()).as("friends and neighbours come after family, before school").isEqualTo(neighbour);
        type(KeyCode.TAB);
        assertThat(model.selectedProperty().get()).isEqualTo(school);
        type(KeyCode.DIGIT3);
        assertThat(link(school).strength()).isEqualTo(LinkStrength.STRESSFUL);
        type(KeyCode.TAB).type(KeyCode.DIGIT1);
        assertThat(link(neighbour).strength()).isEqualTo(LinkStrength.STRONG);

        interact(() -> view.deactivate());
        open();
        type(KeyCode.RIGHT);
        assertThat(model.selectedProperty().get()).isEqualTo(school);
        ComboBox<?> strength = lookup("#ecoStrength").queryAs(ComboBox.class);
        assertThat(strength.getValue()).as("reopened: still stressful").isEqualTo(LinkStrength.STRESSFUL);
        assertThat(model.drawingProperty().get().shapes()).as("drawn in the stressful colour")
                .filteredOn(shape -> (school + ":line").equals(shape.id()) && shape instanceof Drawing.Polyline)
                .anySatisfy(shape -> assertThat(((Drawing.Polyline) shape).style().stroke()).isEqualTo("#c62828"));
    }

    @Test
    void anExtraPersonGetsALineOfItsOwnWithSupportKinds() {
        clickOn("#ecoExtraName").write("Oma Bep").type(KeyCode.ENTER);
        EcoLink extra = session.genogram().read(dossier).ecoLinks().stream().filter(link -> link.contactId() == null).findFirst()
                .orElseThrow();
        assertThat(extra.name()).isEqualTo("Oma Bep");
        assertThat(model.selectedProperty().get()).isEqualTo(extra.id());
        clickOn("#ecoSupportEMOTIONAL");
        assertThat(session.genogram().read(dossier).ecoLinks()).filteredOn(link -> link.id().equals(extra.id())).singleElement()
                .satisfies(link -> assertThat(link.supportKinds()).containsExactly(nl.keukentafel.model.genogram.SupportKind.EMOTIONAL));
    }

    private EcoLink link(UUID contact) {
        UUID id = RecordIds.derived(contact, "eco");
        return session.genogram().read(dossier).ecoLinks().stream().filter(link -> link.id().equals(id)).findFirst().orElseThrow();
    }
}
