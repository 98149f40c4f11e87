package nl.keukentafel.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import nl.keukentafel.gui.drawing.DrawingPane;
import nl.keukentafel.logic.genogram.draw.Drawing;
import nl.keukentafel.model.Contact;
import nl.keukentafel.model.HouseholdRole;
import nl.keukentafel.model.Member;
import nl.keukentafel.model.RecordRef;
import nl.keukentafel.model.genogram.GenoPerson;
import nl.keukentafel.sync.SyncClientFixture;
import nl.keukentafel.sync.server.SyncServerFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 14: Anouk keeps the genogram (then the ecogram) of a shared family open; her colleague Bram adds the mother's
 * mother (then the school) on his laptop and syncs; after Anouk's next sync round the drawing shows it without her
 * leaving the tab. The real server, both real vaults, the real sync path. Fictional data only.
 */
class GenogramAfterSyncTest extends SyncWindowTestBase {
    private SyncClientFixture bram;

    @AfterEach
    void closeBram() {
        if (bram != null) {
            bram.close();
        }
    }

    @Test
    void aRelativeAndAContactFromAnotherLaptopAppearInTheOpenDrawing() throws Exception {
        createVaultWithKeyboard();
        UUID dossierId = session().caseload().createFamily("Familie Zonnebloem").join();
        RecordRef noor = session().dossiers().addMember(dossierId, HouseholdRole.PARENT).join();
        session().dossiers().edit(noor, Member.Field.GIVEN_NAME, "Noor");
        session().dossiers().flush();
        login(server.baseUri().toString(), server.newUser("anouk"), SyncServerFixture.PASSWORD);
        waitUntil(() -> text("#syncStatus").startsWith("Gesynchroniseerd om "));
        session().sync().syncRound().get(30, TimeUnit.SECONDS);
        bram = SyncClientFixture.create(directory.resolve("bram"), "Bram Procesregisseur", server.baseUri(), server.newUser("bram"));
        server.admin().assign(dossierId, bram.username());
        bram.sync();

        type(KeyCode.ESCAPE);
        clickOn("#caseloadSearch").type(KeyCode.ENTER);
        push(KeyCode.CONTROL, KeyCode.DIGIT5);
        waitUntil(() -> shows("#genogramCanvas", "Noor"));
        assertThat(shows("#genogramCanvas", "Riet")).isFalse();

        RecordRef riet = bram.session().genogram().addPerson(dossierId, Map.of(GenoPerson.Field.GIVEN_NAME, "Riet",
                GenoPerson.Field.FAMILY_NAME, "Zonnebloem")).join();
        bram.session().genogram().linkParent(dossierId, noor.id(), riet.id(), Map.of()).join();
        bram.sync();
        push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.S);
        waitUntil(() -> shows("#genogramCanvas", "Riet"));
        assertThat(selectedTab()).as("still on the genogram").isEqualTo("genogramTab");
        snap("genogram-after-sync");

        push(KeyCode.CONTROL, KeyCode.DIGIT6);
        waitUntil(() -> lookup("#ecogramCanvas").query().isVisible());
        RecordRef school = bram.session().dossiers().addContact(dossierId, true).join();
        bram.edit(school, Map.of(Contact.Field.NAME, "Basisschool De Linde"));
        bram.sync();
        push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.S);
        waitUntil(() -> shows("#ecogramCanvas", "Linde"));
        assertThat(selectedTab()).as("still on the ecogram").isEqualTo("ecogramTab");
    }

    /** A text of the drawing on screen contains {@code part}. */
    private boolean shows(String canvas, String part) {
        Drawing drawing = lookup(canvas).queryAs(DrawingPane.class).drawing();
        return drawing != null && drawing.shapes().stream()
                .anyMatch(shape -> shape instanceof Drawing.Text text && text.text() != null && text.text().contains(part));
    }

    private String selectedTab() {
        return lookup("#dossierTabs").queryAs(TabPane.class).getSelectionModel().getSelectedItem().getId();
    }
}
