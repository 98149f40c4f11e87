package nl.keukentafel.gui.genogram;

import java.time.Clock;
import java.util.UUID;
import nl.keukentafel.gui.WindowTestBase;
import nl.keukentafel.gui.common.CurrentThreadTaskExecutor;
import nl.keukentafel.gui.common.DossierChanges;
import nl.keukentafel.gui.drawing.DrawingPane;
import nl.keukentafel.gui.drawing.StandardDrawingExports;
import nl.keukentafel.logic.DossierService;
import nl.keukentafel.logic.genogram.GenogramEdits;
import nl.keukentafel.logic.genogram.GenogramState;
import nl.keukentafel.logic.session.Session;
import nl.keukentafel.model.Gender;
import nl.keukentafel.model.HouseholdRole;
import nl.keukentafel.model.Member;
import nl.keukentafel.model.RecordRef;
import org.junit.jupiter.api.AfterEach;

/**
 * The genogram screen alone in a 1300×850 window ({@link WindowTestBase}: a real, temporary, cheap-KDF vault, in
 * Dutch, work run on the calling thread) with the real layouter and drawer. The dossier starts as a household of two
 * parents and two children (fictional).
 */
abstract class GenogramScreenTestBase extends WindowTestBase {
    Session session;
    UUID dossier;
    UUID father;
    UUID mother;
    UUID son;
    UUID daughter;
    GenogramView view;
    GenogramViewModel model;

    /** The vault is created directly with the household, then the screen is shown alone. */
    @Override
    protected void showFirst() throws Exception {
        session = sessions.create(PASSPHRASE.toCharArray(), PASSPHRASE.toCharArray(), consultantName());
        dossier = session.caseload().createFamily("Familie Wulfsberg").join();
        father = member(HouseholdRole.PARENT, "Jan", Gender.MALE, "03-02-1975");
        mother = member(HouseholdRole.PARENT, "Els", Gender.FEMALE, "14-06-1977");
        son = member(HouseholdRole.CHILD, "Tom", Gender.MALE, "01-09-2005");
        daughter = member(HouseholdRole.CHILD, "Sara", Gender.FEMALE, "22-11-2008");
        openScreen();
    }

    @Override
    protected WindowSize windowSize() {
        return new WindowSize(1300, 850);
    }

    /** A fresh screen on the same vault, as when the consultant comes back to the tab. */
    void openScreen() throws Exception {
        show(() -> {
            model = new GenogramViewModel(new GenogramEdits(session.genogram()), new StandardGenogramPictures(dutch),
                    new StandardDrawingExports(dutch::get, "Genogram", session.exports(), dossier), changes(),
                    dossier, new CurrentThreadTaskExecutor(),
                    Clock.systemDefaultZone());
            view = new GenogramView(model, dutch);
            return view.root();
        }, () -> view.activate());
        interact(() -> view.canvas().requestFocus());
    }

    /** What says "a sync round ended" to the screen; by default nothing ever does. */
    DossierChanges changes() {
        return DossierChanges.NONE;
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

    /** Runs before the base closes the window and locks the vault. */
    @AfterEach
    void deactivate() {
        interact(() -> view.deactivate());
    }
}
