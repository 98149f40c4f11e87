package nl.keukentafel.gui.genogram;

import java.nio.file.Path;
import java.time.Clock;
import java.util.UUID;
import javafx.scene.Scene;
import nl.keukentafel.gui.MainWindow;
import nl.keukentafel.gui.common.CurrentThreadTaskExecutor;
import nl.keukentafel.gui.drawing.DrawingPane;
import nl.keukentafel.i18n.Localization;
import nl.keukentafel.logic.DossierService;
import nl.keukentafel.logic.session.Session;
import nl.keukentafel.logic.session.SessionManager;
import nl.keukentafel.logic.genogram.GenogramEdits;
import nl.keukentafel.logic.genogram.GenogramState;
import nl.keukentafel.model.Gender;
import nl.keukentafel.model.HouseholdRole;
import nl.keukentafel.model.Member;
import nl.keukentafel.model.RecordRef;
import nl.keukentafel.store.VaultLocation;
import nl.keukentafel.store.crypto.KdfParams;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * The genogram screen on a real (temporary, cheap-KDF) vault with the real layouter and drawer, in Dutch, work run on
 * the calling thread. The dossier starts as a household of two parents and two children (fictional).
 */
abstract class GenogramScreenTestBase extends FxRobot {
    final Localization dutch = new Localization(Localization.DUTCH);
    @TempDir
    Path directory;
    SessionManager sessions;
    Session session;
    UUID dossier;
    UUID father;
    UUID mother;
    UUID son;
    UUID daughter;
    GenogramView view;
    GenogramViewModel model;

    @BeforeEach
    void household() throws Exception {
        sessions = new SessionManager(new VaultLocation(directory.resolve("vault")), Clock.systemDefaultZone(), KdfParams.FAST_FOR_TESTS);
        session = sessions.create("appel peer banaan kiwi".toCharArray(), "appel peer banaan kiwi".toCharArray(), "Test Consulent");
        dossier = session.caseload().createFamily("Familie Wulfsberg").join();
        father = member(HouseholdRole.PARENT, "Jan", Gender.MALE, "03-02-1975");
        mother = member(HouseholdRole.PARENT, "Els", Gender.FEMALE, "14-06-1977");
        son = member(HouseholdRole.CHILD, "Tom", Gender.MALE, "01-09-2005");
        daughter = member(HouseholdRole.CHILD, "Sara", Gender.FEMALE, "22-11-2008");
        FxToolkit.registerPrimaryStage();
        openScreen();
    }

    /** A fresh screen on the same vault, as when the consultant comes back to the tab. */
    void openScreen() throws Exception {
        FxToolkit.setupStage(stage -> {
            MainWindow.applyTheme();
            model = new GenogramViewModel(new GenogramEdits(session.genogram()), new StandardGenogramPictures(dutch),
                    new StandardGenogramExports(dutch::get, "Genogram", session.exports(), dossier),
                    dossier, new CurrentThreadTaskExecutor(),
                    Clock.systemDefaultZone());
            view = new GenogramView(model, dutch);
            stage.setScene(new Scene(view.root(), 1300, 850));
            stage.show();
            view.activate();
        });
        interact(() -> view.canvas().requestFocus());
    }

    private UUID member(HouseholdRole role, String name, Gender gender, String born) {
        DossierService dossiers = session.dossiers();
        RecordRef ref = dossiers.addMember(dossier, role).join();
        dossiers.edit(ref, Member.Field.GIVEN_NAME, name);
        dossiers.edit(ref, Member.Field.GENDER, gender);
        dossiers.edit(ref, Member.Field.BIRTH_DATE, born);
        dossiers.flush();
        return ref.id();
    }

    GenogramState stored() {
        return session.genogram().read(dossier);
    }

    DrawingPane canvas() {
        return view.canvas();
    }

    UUID selected() {
        return model.selectedProperty().get();
    }

    @AfterEach
    void lock() throws Exception {
        interact(() -> view.deactivate());
        FxToolkit.cleanupStages();
        sessions.lock();
    }
}
