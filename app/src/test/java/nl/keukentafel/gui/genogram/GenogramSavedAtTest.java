package nl.keukentafel.gui.genogram;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.UUID;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import nl.keukentafel.TestClock;
import nl.keukentafel.gui.WindowTestBase;
import nl.keukentafel.logic.session.SessionManager;
import nl.keukentafel.model.Contact;
import nl.keukentafel.model.HouseholdRole;
import nl.keukentafel.model.Member;
import nl.keukentafel.model.RecordRef;
import nl.keukentafel.store.VaultLocation;
import nl.keukentafel.store.crypto.KdfParams;
import org.junit.jupiter.api.Test;

/**
 * Issue 14: a genogram step (G), its undo (Ctrl+Z) and an ecogram line (1) move the header's "Opgeslagen om" on, as
 * typing in the intake does. The whole window on a real vault; the session's clock is set by the test, so each edit
 * has a time of its own to look for.
 */
class GenogramSavedAtTest extends WindowTestBase {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");
    /** In the system's zone, as the header shows times. */
    private final TestClock clock = new TestClock(Instant.parse("2026-12-05T08:00:00Z"), ZoneId.systemDefault());

    @Override
    protected SessionManager newSessions() {
        return new SessionManager(new VaultLocation(directory.resolve("vault")), clock, KdfParams.FAST_FOR_TESTS);
    }

    @Test
    void genogramAndEcogramEditsAreShownAsSavedAtTheirTime() {
        createVaultWithKeyboard();
        UUID dossier = session().caseload().createFamily("Familie Wulfsberg").join();
        member(dossier, HouseholdRole.PARENT, "Els");
        member(dossier, HouseholdRole.CHILD, "Tom");
        RecordRef school = session().dossiers().addContact(dossier, true).join();
        session().dossiers().edit(school, Contact.Field.NAME, "Basisschool De Linde");
        session().dossiers().flush();
        headerSaysSavedAt();
        clickOn("#caseloadSearch").write("Wulfsberg").type(KeyCode.ENTER);

        clock.advance(Duration.ofMinutes(10));
        push(KeyCode.CONTROL, KeyCode.DIGIT5);
        assertFocus("genogramCanvas");
        type(KeyCode.G);
        headerSaysSavedAt();

        clock.advance(Duration.ofMinutes(10));
        push(KeyCode.CONTROL, KeyCode.Z);
        headerSaysSavedAt();

        clock.advance(Duration.ofMinutes(10));
        push(KeyCode.CONTROL, KeyCode.DIGIT6);
        assertFocus("ecogramCanvas");
        type(KeyCode.DIGIT1);
        headerSaysSavedAt();
    }

    private void headerSaysSavedAt() {
        String expected = "Opgeslagen om " + TIME.format(clock.instant().atZone(ZoneId.systemDefault()));
        waitUntil("the header says: " + expected, () -> expected.equals(lookup("#saveStatus").queryAs(Labeled.class).getText()));
    }

    private void member(UUID dossier, HouseholdRole role, String name) {
        RecordRef ref = session().dossiers().addMember(dossier, role).join();
        session().vault().records().patch(ref, Map.of(Member.Field.GIVEN_NAME, name, Member.Field.FAMILY_NAME, "Wulfsberg")).join();
    }
}
