package nl.keukentafel.gui.intake.safety;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import nl.keukentafel.gui.WindowTestBase;
import nl.keukentafel.gui.common.CurrentThreadTaskExecutor;
import nl.keukentafel.gui.common.Styling;
import nl.keukentafel.gui.intake.common.IntakeContext;
import nl.keukentafel.gui.intake.common.IntakeSection;
import nl.keukentafel.logic.session.Session;
import nl.keukentafel.model.Contact;
import nl.keukentafel.model.HouseholdRole;
import nl.keukentafel.model.Member;
import nl.keukentafel.model.RecordRef;

/**
 * One intake section alone in a plain 1100×860 window ({@link WindowTestBase}: a real, temporary, cheap-KDF
 * encrypted vault, in Dutch, work run on the calling thread). "Reopening" locks the vault and unlocks it again,
 * then builds a fresh section: what it shows came from the file. Today is fixed at 1 December 2026 so dates in the tests are stable.
 */
public abstract class IntakeSectionTestBase extends WindowTestBase {
    protected static final Clock TODAY = Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneId.of("Europe/Amsterdam"));

    protected Session session;
    protected UUID dossierId;
    protected IntakeSection section;

    /** The vault is created directly; nothing is shown until a test hosts its section. */
    @Override
    protected void showFirst() throws Exception {
        session = sessions.create(PASSPHRASE.toCharArray(), PASSPHRASE.toCharArray(), consultantName());
    }

    @Override
    protected WindowSize windowSize() {
        return new WindowSize(1100, 860);
    }

    protected UUID family(String householdName) {
        dossierId = session.caseload().createFamily(householdName).join();
        return dossierId;
    }

    protected UUID member(HouseholdRole role, String givenName, String familyName, String birthDate) {
        RecordRef ref = session.dossiers().addMember(dossierId, role).join();
        session.vault().records().patch(ref, Map.of(Member.Field.GIVEN_NAME, givenName, Member.Field.FAMILY_NAME, familyName,
                Member.Field.BIRTH_DATE, birthDate)).join();
        return ref.id();
    }

    protected RecordRef contact(String name, String organisation, boolean professional) {
        RecordRef ref = session.dossiers().addContact(dossierId, professional).join();
        session.vault().records().patch(ref, Map.of(Contact.Field.NAME, name, Contact.Field.ORGANISATION, organisation)).join();
        return ref;
    }

    /** Shows a new section of this kind for the dossier, filled from the vault. */
    protected void host(Function<IntakeContext, IntakeSection> newSection) throws Exception {
        IntakeContext context = new IntakeContext(dossierId, session.intake(), new CurrentThreadTaskExecutor(), dutch, TODAY,
                this::showStored);
        show(() -> {
            section = newSection.apply(context);
            ScrollPane scroll = new ScrollPane(section.root());
            scroll.setFitToWidth(true);
            scroll.setStyle("-fx-padding: 16");
            Styling.apply(scroll);
            return scroll;
        });
        interact(this::showStored);
    }

    /** What the intake view does after a record was added: read again and show. */
    protected void showStored() {
        section.show(session.intake().read(dossierId));
    }

    /** Locks the vault (pending edits are saved first), unlocks it and shows a fresh section. */
    protected void reopen(Function<IntakeContext, IntakeSection> newSection) throws Exception {
        interact(() -> sessions.lock());
        session = sessions.unlock(PASSPHRASE.toCharArray());
        host(newSection);
    }

    /** Opens a drop-down with the mouse and picks the value at {@code index} with the keyboard. */
    protected void choose(String id, int index) {
        clickOn(reveal(id));
        for (int step = 0; step <= index; step++) {
            type(KeyCode.DOWN);
        }
        type(KeyCode.ENTER);
    }

    /** Scrolls the window so the node with this id is in view (a person would scroll too), and returns it. */
    protected Node reveal(String id) {
        Node node = byId(id);
        interact(() -> {
            ScrollPane scroll = (ScrollPane) stage.getScene().getRoot();
            Node content = scroll.getContent();
            Bounds bounds = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
            double scrollable = content.getBoundsInLocal().getHeight() - scroll.getViewportBounds().getHeight();
            scroll.setVvalue(scrollable <= 0 ? 0 : Math.min(1, Math.max(0, (bounds.getMinY() - 60) / scrollable)));
            scroll.layout();
        });
        return node;
    }

    protected Node byId(String id) {
        return lookup((Node node) -> id.equals(node.getId())).query();
    }

    protected TextInputControl field(String id) {
        return (TextInputControl) byId(id);
    }

    protected String text(String query) {
        return ((Labeled) lookup(query).query()).getText();
    }

    protected void replace(String id, String typed) {
        clickOn(reveal(id)).push(KeyCode.CONTROL, KeyCode.A).write(typed);
    }
}
