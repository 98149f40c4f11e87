package nl.keukentafel.gui.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import nl.keukentafel.logic.sync.ConflictItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The sync screens with the real SyncService talking HTTP to a server on loopback: login failures in Dutch,
 * a conflict from the server shown in the header, the dossier banner and the merge view, and resolving it.
 */
class SyncWithServerTest extends SyncGuiTestBase {
    private static final String LOCAL_NAME = "Familie Zonnebloem";
    private LoopbackSyncServer server;

    @AfterEach
    void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    @Disabled("needs the SyncService implementation (lead merges)")
    void anUnreachableServerIsExplainedAndWorkGoesOn() throws Exception {
        createVaultWithKeyboard();
        int closedPort;
        try (ServerSocket probe = new ServerSocket(0)) {
            closedPort = probe.getLocalPort();
        }
        login("http://127.0.0.1:" + closedPort, LoopbackSyncServer.USERNAME, LoopbackSyncServer.PASSWORD);
        waitForMessage("De server is niet bereikbaar. U kunt gewoon doorwerken; alles wordt later verstuurd.");
    }

    @Test
    @Disabled("needs the SyncService implementation (lead merges)")
    void aWrongPasswordIsSaidPlainlyAndAGoodOneLogsIn() throws Exception {
        createVaultWithKeyboard();
        UUID dossier = session().caseload().createFamily(LOCAL_NAME).join();
        server = new LoopbackSyncServer(dossier, LOCAL_NAME);
        login(server.uri().toString(), LoopbackSyncServer.USERNAME, "fout wachtwoord");
        waitForMessage("De gebruikersnaam of het wachtwoord klopt niet. Er is niets veranderd.");

        clickOn("#syncPassword").write(LoopbackSyncServer.PASSWORD).type(KeyCode.ENTER);
        waitForMessage("U bent aangemeld. De app synchroniseert nu op de achtergrond.");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup("#syncAccount").queryAs(Label.class).isVisible());
        assertThat(lookup("#syncAccount").queryAs(Label.class).getText()).isEqualTo("Aangemeld als anouk bij 127.0.0.1");

        clickOn("#logoutButton");
        assertThat(lookup("#loginMessage").queryAs(Label.class).getText()).contains("niets verloren");
        assertThat(session().dossiers().read(dossier).family().householdName()).as("the family stays after logging out")
                .isNotBlank();
    }

    @Test
    @Disabled("needs the SyncService implementation (lead merges)")
    void aConflictFromTheServerIsShownAndResolvedWithTheKeyboard() throws Exception {
        createVaultWithKeyboard();
        UUID dossier = session().caseload().createFamily(LOCAL_NAME).join();
        server = new LoopbackSyncServer(dossier, LOCAL_NAME);
        login(server.uri().toString(), LoopbackSyncServer.USERNAME, LoopbackSyncServer.PASSWORD);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> lookup("#syncConflicts").query().isVisible());
        assertThat(lookup("#syncConflicts").queryButton().getText()).isEqualTo("1 conflict");
        snap(stage.getScene().getRoot(), "sync-10-header-with-conflict");

        clickOn("#syncConflicts");
        ListView<ConflictItem> list = lookup("#conflictList").queryListView();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> list.getItems().size() == 1);
        clickOn(list).type(KeyCode.ENTER);
        assertThat(lookup("#mergeTitle").queryAs(Label.class).getText()).isEqualTo("Naam huishouden");
        assertThat(lookup("#serverSideValue").queryAs(Label.class).getText()).isEqualTo(LoopbackSyncServer.SERVER_NAME);
        assertThat(lookup("#clientSideValue").queryAs(Label.class).getText()).isEqualTo(LOCAL_NAME);
        assertThat(lookup("#serverSideWho").queryAs(Label.class).getText()).startsWith("Petra Visser, 2-3-2026");
        snap(stage.getScene().getRoot(), "sync-11-merge-from-server");

        push(KeyCode.ALT, KeyCode.DIGIT2);
        assertThat(lookup("#conflictList").tryQuery()).as("back on the list after resolving").isPresent();
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, server::conflictResolved);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> !lookup("#syncConflicts").query().isVisible());
        assertThat(session().sync().openConflicts()).isEmpty();
    }

    @Test
    @Disabled("needs the SyncService implementation (lead merges)")
    void theDossierShowsABannerThatLeadsToItsConflicts() throws Exception {
        createVaultWithKeyboard();
        UUID dossier = session().caseload().createFamily(LOCAL_NAME).join();
        server = new LoopbackSyncServer(dossier, LOCAL_NAME);
        login(server.uri().toString(), LoopbackSyncServer.USERNAME, LoopbackSyncServer.PASSWORD);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> !session().sync().openConflicts(dossier).isEmpty());
        type(KeyCode.ESCAPE);
        clickOn("#caseloadSearch").type(KeyCode.ENTER);
        assertThat(lookup("#dossierConflictBanner").query().isVisible()).isTrue();
        assertThat(lookup("#dossierConflictTitle").queryAs(Label.class).getText()).isEqualTo("Dit gezin heeft 1 conflict");
        snap(stage.getScene().getRoot(), "sync-12-dossier-banner");

        clickOn("#dossierConflictsButton");
        assertThat(lookup("#conflictList").queryListView().getItems()).hasSize(1);
        assertThat(lookup("#conflictsBackButton").queryButton().getText()).isEqualTo("Terug naar het gezin");
        type(KeyCode.ESCAPE);
        assertThat(lookup("#dossierTabs").tryQuery()).as("Escape returns to the dossier").isPresent();
    }

    private void login(String address, String username, String password) {
        clickOn("#syncStatus");
        clickOn("#serverAddress").write(address).type(KeyCode.TAB).write(username).type(KeyCode.TAB).write(password).type(KeyCode.ENTER);
    }

    /** Login runs on the calling thread in these tests; the wait covers an implementation that hands it on. */
    private void waitForMessage(String expected) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> expected.equals(lookup("#loginMessage").queryAs(Label.class).getText()));
    }
}
