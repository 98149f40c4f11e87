package nl.keukentafel.e2e;

import nl.keukentafel.sync.server.SyncServerFixture;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import nl.keukentafel.gui.drawing.DrawingPane;
import nl.keukentafel.logic.genogram.draw.Drawing;
import nl.keukentafel.logic.sync.ConflictItem;
import nl.keukentafel.model.Contact;
import nl.keukentafel.model.Family;
import nl.keukentafel.model.HouseholdRole;
import nl.keukentafel.model.Member;
import nl.keukentafel.model.RecordKind;
import nl.keukentafel.model.RecordRef;
import nl.keukentafel.model.genogram.GenoPerson;
import nl.keukentafel.sync.SyncClientFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The sync screens against the real server: Anouk works in the window, her colleague Bram on a second real vault
 * (headless). Login failures in plain Dutch, the status in the header, and issue 3's case: the same field edited on
 * both laptops offline becomes a conflict shown with both values, who and when, resolved with the keyboard, and the
 * resolution reaches Bram; different fields merge and the open dossier shows both; the open genogram and ecogram draw
 * what Bram added (issue 14). Fictional data only.
 */
class SyncScreensWithServerTest extends SyncWindowTestBase {
    private static final String HOUSEHOLD = "Familie Zonnebloem";
    private SyncClientFixture bram;

    @AfterEach
    void closeBram() {
        if (bram != null) {
            bram.close();
        }
    }

    @Test
    void anUnreachableServerIsExplainedAndWorkGoesOn() throws Exception {
        createVaultWithKeyboard();
        int closedPort;
        try (ServerSocket probe = new ServerSocket(0)) {
            closedPort = probe.getLocalPort();
        }
        login("http://127.0.0.1:" + closedPort, "anouk", SyncServerFixture.PASSWORD);
        String unreachable = "De server is niet bereikbaar. U kunt gewoon doorwerken; alles wordt later verstuurd.";
        waitUntil(() -> unreachable.equals(text("#loginMessage")));

        type(KeyCode.ESCAPE);
        push(KeyCode.CONTROL, KeyCode.N).write(HOUSEHOLD).type(KeyCode.ENTER);
        assertThat(lookup("#dossierTabs").tryQuery()).as("work goes on: a new dossier opens").isPresent();
        assertThat(session().caseload().search("zonnebloem", false)).hasSize(1);
    }

    @Test
    void aWrongPasswordIsSaidPlainlyAndTheRightOneLogsInAndSyncs() throws Exception {
        createVaultWithKeyboard();
        String anouk = server.newUser("anouk");
        login(server.baseUri().toString(), anouk, "fout wachtwoord");
        waitUntil(() -> "De gebruikersnaam of het wachtwoord klopt niet. Er is niets veranderd.".equals(text("#loginMessage")));
        assertThat(session().sync().settings()).as("nothing stored after a refused login").isEmpty();

        clickOn("#syncPassword").write(SyncServerFixture.PASSWORD).type(KeyCode.ENTER);
        waitUntil(() -> "U bent aangemeld. De app synchroniseert nu op de achtergrond.".equals(text("#loginMessage")));
        waitUntil(() -> text("#syncStatus").startsWith("Gesynchroniseerd om "));
        assertThat(text("#syncAccount")).isEqualTo("Aangemeld als " + anouk + " bij 127.0.0.1");
    }

    @Test
    void theSameFieldOnBothLaptopsIsAConflictResolvedWithTheKeyboardAndDifferentFieldsMerge() throws Exception {
        // plain user names, as on a real server: this test's screenshots go into the docs
        server.admin().createUser("anouk.jansen", SyncServerFixture.PASSWORD.toCharArray());
        server.admin().createUser("bram.devries", SyncServerFixture.PASSWORD.toCharArray());
        Shared shared = shareAFamilyWithBram("anouk.jansen", "bram.devries");
        openTheDossier();
        // Anouk, offline: the city on the household tab and Noor's phone on the members tab, typed
        clickOn("#familyCity").eraseText(lookup("#familyCity").queryAs(TextField.class).getText().length()).write("Oost-Zonnedorp");
        push(KeyCode.CONTROL, KeyCode.DIGIT2);
        ListView<?> members = lookup("#memberList").queryListView();
        interact(() -> members.getSelectionModel().selectFirst());
        clickOn("#memberPhone").eraseText(lookup("#memberPhone").queryAs(TextField.class).getText().length()).write("06-11112222");
        // Bram, offline too: the street (another field) and Noor's phone (the same field)
        bram.edit(shared.family(), Map.of(Family.Field.STREET, "Zonnepad 9"));
        bram.edit(shared.parent(), Map.of(Member.Field.PHONE, "06-33334444"));
        bram.sync();
        waitUntil(() -> "06-11112222".equals(session().dossiers().read(shared.dossierId()).members().get(0).phone()));

        push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.S);
        waitUntil(() -> lookup("#syncConflicts").query().isVisible());
        assertThat(text("#syncConflicts")).isEqualTo("1 conflict");
        waitUntil(() -> lookup("#dossierConflictBanner").query().isVisible());
        assertThat(text("#dossierConflictTitle")).isEqualTo("Dit gezin heeft 1 conflict");
        assertThat(lookup("#memberPhone").queryAs(TextField.class).getText()).as("the field being typed in is not overwritten")
                .isEqualTo("06-11112222");
        push(KeyCode.CONTROL, KeyCode.DIGIT1);
        waitUntil(() -> "Zonnepad 9".equals(lookup("#familyStreet").queryAs(TextField.class).getText()));
        assertThat(lookup("#familyCity").queryAs(TextField.class).getText()).as("both changes in the open dossier")
                .isEqualTo("Oost-Zonnedorp");
        snap(stage.getScene().getRoot(), "sync-dossier-banner");

        clickOn("#syncConflicts");
        ListView<ConflictItem> list = lookup("#conflictList").queryListView();
        waitUntil(() -> list.getItems().size() == 1);
        assertThat(list.getItems().get(0).recordName()).isEqualTo("Noor Zonnebloem");
        assertThat(lookup(".conflict-what").queryAs(Label.class).getText()).isEqualTo("Gezinslid Noor Zonnebloem – Telefoon");
        assertThat(lookup(".conflict-values").queryAs(Label.class).getText())
                .startsWith("Op de server: 06-33334444 (bram.devries, ").contains("Op deze laptop: 06-11112222 (anouk.jansen, ");
        snap(stage.getScene().getRoot(), "sync-conflict-list");
        clickOn(list).type(KeyCode.ENTER);
        assertThat(text("#mergeTitle")).isEqualTo("Telefoon");
        assertThat(text("#serverSideValue")).isEqualTo("06-33334444");
        assertThat(text("#clientSideValue")).isEqualTo("06-11112222");
        assertThat(text("#serverSideWho")).startsWith("bram.devries, ");
        assertThat(text("#clientSideWho")).startsWith("anouk.jansen, ");
        snap(stage.getScene().getRoot(), "sync-merge-view");

        push(KeyCode.ALT, KeyCode.DIGIT2);
        assertThat(lookup("#conflictList").tryQuery()).as("back on the list after resolving").isPresent();
        waitUntil(() -> session().sync().openConflicts().isEmpty());
        session().sync().syncRound().get(30, TimeUnit.SECONDS);
        waitUntil(() -> !lookup("#syncConflicts").query().isVisible());

        bram.sync();
        assertThat(bram.field(shared.parent(), Member.Field.PHONE)).isEqualTo("06-11112222");
        assertThat(bram.field(shared.family(), Family.Field.CITY)).isEqualTo("Oost-Zonnedorp");
        assertThat(bram.field(shared.family(), Family.Field.STREET)).isEqualTo("Zonnepad 9");
        assertThat(bram.syncService().openConflicts()).isEmpty();
        assertThat(session().dossiers().read(shared.dossierId())).isEqualTo(bram.dossier(shared.dossierId()));
    }

    @Test
    void theDossierBannerLeadsToThatDossiersConflicts() throws Exception {
        Shared shared = shareAFamilyWithBram(server.newUser("anouk"), server.newUser("bram"));
        session().dossiers().edit(shared.family(), Family.Field.CITY, "Anoukdorp");
        session().dossiers().flush();
        bram.edit(shared.family(), Map.of(Family.Field.CITY, "Bramstad"));
        bram.sync();
        session().sync().syncRound().get(30, TimeUnit.SECONDS);
        openTheDossier();
        waitUntil(() -> lookup("#dossierConflictBanner").query().isVisible());

        clickOn("#dossierConflictsButton");
        assertThat(lookup("#conflictList").queryListView().getItems()).singleElement()
                .satisfies(item -> assertThat(((ConflictItem) item).field()).isEqualTo(Family.Field.CITY));
        assertThat(lookup("#conflictsBackButton").queryButton().getText()).isEqualTo("Terug naar het gezin");
        type(KeyCode.ESCAPE);
        assertThat(lookup("#dossierTabs").tryQuery()).as("Escape returns to the dossier").isPresent();
    }

    /**
     * Issue 14: a first sync that brings families says so in the header ("2 gezinnen binnengehaald"), not in a dialog; the
     * count is the sync result's ({@code SyncService.receivedNotice}). A round that brings nothing, or opening a family
     * of her own, leaves it; in that dossier the consultant closes it by keyboard (Tab from the sync status to its ×,
     * Escape: only the notice goes, the dossier stays); a later family is said again, in the singular, and opening that
     * family ends the notice.
     */
    @Test
    void aSyncThatBringsFamiliesSaysHowManyInTheHeaderUntilClosedOrOpened() throws Exception {
        createVaultWithKeyboard();
        session().caseload().createFamily("Familie Eigenaar").join();
        String anouk = server.newUser("anouk");
        bram = SyncClientFixture.create(directory.resolve("bram"), "Bram Procesregisseur", server.baseUri(), server.newUser("bram"));
        handOver(anouk, "Familie Zonnebloem", "Familie Madeliefje");
        assertThat(lookup("#syncReceived").query().isVisible()).as("nothing received yet").isFalse();

        login(server.baseUri().toString(), anouk, SyncServerFixture.PASSWORD);
        waitUntil(() -> lookup("#syncReceived").query().isVisible());
        assertThat(text("#syncReceived")).isEqualTo("2 gezinnen binnengehaald");
        assertThat(session().sync().receivedNotice()).hasValueSatisfying(receipt -> assertThat(receipt.families()).isEqualTo(2));
        assertThat(session().caseload().search("", false)).hasSize(3);
        type(KeyCode.ESCAPE);
        snap(stage.getScene().getRoot(), "sync-families-received");
        session().sync().syncRound().get(30, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text("#syncReceived")).as("a round that brings nothing leaves the notice").isEqualTo("2 gezinnen binnengehaald");

        clickOn("#caseloadSearch").write("Eigenaar").type(KeyCode.ENTER);
        assertThat(List.of(text("#dossierTitle"))).containsExactly("Familie Eigenaar");
        assertThat(lookup("#syncReceived").query().isVisible()).as("a family of her own is not one of them").isTrue();
        focusOn("syncStatus");
        type(KeyCode.TAB);
        assertFocus("syncReceivedClose");
        snap(lookup("#syncIndicator").query(), "sync-families-received-close");
        type(KeyCode.ESCAPE);
        waitUntil(() -> !lookup("#syncReceived").query().isVisible());
        assertThat(session().sync().receivedNotice()).isEmpty();
        assertFocus("syncNowButton");
        assertThat(lookup("#dossierTabs").tryQuery()).as("Escape on the notice only closed it: still in the dossier").isPresent();

        type(KeyCode.ESCAPE);
        handOver(anouk, "Familie Klaproos");
        push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.S);
        waitUntil(() -> "1 gezin binnengehaald".equals(text("#syncReceived")) && lookup("#syncReceived").query().isVisible());
        assertThat(session().caseload().search("", false)).hasSize(4);

        clickOn("#caseloadSearch").push(KeyCode.CONTROL, KeyCode.A).write("Klaproos").type(KeyCode.ENTER);
        assertThat(List.of(text("#dossierTitle"))).containsExactly("Familie Klaproos");
        waitUntil(() -> !lookup("#syncReceived").query().isVisible());
        assertThat(session().sync().receivedNotice()).as("opening the family received ends the notice").isEmpty();
    }

    /** Bram makes the families and pushes them; the server assigns them to Anouk too. */
    private void handOver(String anouk, String... households) throws Exception {
        for (String household : households) {
            UUID dossierId = bram.session().caseload().createFamily(household).join();
            bram.sync();
            server.admin().assign(dossierId, anouk);
        }
    }

    /**
     * Issue 14: once logged in, the settings show the link — server address, account, last sync, Afmelden — and not the
     * login form; also after leaving and coming back, after locking and unlocking, and after a restart. Afmelden brings the
     * form back.
     */
    @Test
    void afterLoggingInTheSettingsShowTheLinkNotTheLoginForm() throws Exception {
        createVaultWithKeyboard();
        String anouk = server.newUser("anouk");
        login(server.baseUri().toString(), anouk, SyncServerFixture.PASSWORD);
        waitUntil(() -> text("#syncStatus").startsWith("Gesynchroniseerd om "));
        assertThat(showing("#syncPassword")).as("the server screen shows the link, not the form again").isFalse();
        assertThat(showing("#logoutButton")).isTrue();

        type(KeyCode.ESCAPE);
        push(KeyCode.CONTROL, KeyCode.COMMA);
        assertLinkShown(anouk);
        snap(stage.getScene().getRoot(), "settings-server-linked");
        type(KeyCode.ESCAPE);
        push(KeyCode.CONTROL, KeyCode.COMMA);
        assertLinkShown(anouk);

        push(KeyCode.CONTROL, KeyCode.L);
        clickOn("#passphrase").write(PASSPHRASE).type(KeyCode.ENTER);
        waitUntil(() -> lookup("#caseloadSearch").tryQuery().isPresent());
        push(KeyCode.CONTROL, KeyCode.COMMA);
        assertLinkShown(anouk);

        // a restart: the vault locked, a new window (new scene, nothing of the old one left) on the same vault files
        interact(() -> sessions.lock());
        show(() -> newMainWindow().root());
        clickOn("#passphrase").write(PASSPHRASE).type(KeyCode.ENTER);
        waitUntil(() -> lookup("#caseloadSearch").tryQuery().isPresent());
        push(KeyCode.CONTROL, KeyCode.COMMA);
        assertLinkShown(anouk);

        clickOn("#settingsLogoutButton");
        waitUntil(() -> !showing("#settingsLogoutButton"));
        assertThat(showing("#syncServerAddress")).isFalse();
        clickOn("#settingsServerButton");
        assertThat(showing("#syncPassword")).as("logged out: the login form again").isTrue();
    }

    private void assertLinkShown(String account) throws Exception {
        waitUntil(() -> showing("#settingsLogoutButton"));
        assertThat(text("#syncServerAddress")).isEqualTo("Server: " + server.baseUri());
        assertThat(text("#settingsSyncAccount")).isEqualTo("Aangemeld als " + account + " bij 127.0.0.1");
        assertThat(text("#syncLastSync")).startsWith("Laatst gesynchroniseerd: ");
        assertThat(lookup("#syncPassword").tryQuery()).as("no login form in the settings").isEmpty();
    }

    /** In the window and not hidden by any parent. */
    private boolean showing(String query) {
        return lookup(query).tryQuery().map(node -> {
            for (javafx.scene.Node step = node; step != null; step = step.getParent()) {
                if (!step.isVisible()) {
                    return false;
                }
            }
            return node.getScene() != null;
        }).orElse(false);
    }

    /**
     * Issue 14: Anouk keeps the genogram (then the ecogram) open; Bram adds the mother's mother (then the school) on
     * his laptop and syncs; after Anouk's next round the drawing shows it without her leaving the tab.
     */
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
        assertThat(selectedTabId()).as("still on the genogram").isEqualTo("genogramTab");
        snap("genogram-after-sync");

        push(KeyCode.CONTROL, KeyCode.DIGIT6);
        waitUntil(() -> lookup("#ecogramCanvas").query().isVisible());
        RecordRef school = bram.session().dossiers().addContact(dossierId, true).join();
        bram.edit(school, Map.of(Contact.Field.NAME, "Basisschool De Linde"));
        bram.sync();
        push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.S);
        waitUntil(() -> shows("#ecogramCanvas", "Linde"));
        assertThat(selectedTabId()).as("still on the ecogram").isEqualTo("ecogramTab");
    }

    /** A text of the drawing on screen contains {@code part}. */
    private boolean shows(String canvas, String part) {
        Drawing drawing = lookup(canvas).queryAs(DrawingPane.class).drawing();
        return drawing != null && drawing.shapes().stream()
                .anyMatch(shape -> shape instanceof Drawing.Text text && text.text() != null && text.text().contains(part));
    }

    private String selectedTabId() {
        return lookup("#dossierTabs").queryAs(TabPane.class).getSelectionModel().getSelectedItem().getId();
    }

    /** The dossier both hold: Anouk made it (via her session), logged in through the window and synced; Bram was assigned it. */
    record Shared(UUID dossierId, RecordRef family, RecordRef parent) {
    }

    private Shared shareAFamilyWithBram(String anouk, String bramsName) throws Exception {
        createVaultWithKeyboard();
        bram = SyncClientFixture.create(directory.resolve("bram"), "Bram Procesregisseur", server.baseUri(), bramsName);
        UUID dossierId = session().caseload().createFamily(HOUSEHOLD).join();
        RecordRef family = new RecordRef(RecordKind.FAMILY, dossierId, dossierId);
        RecordRef parent = session().dossiers().addMember(dossierId, HouseholdRole.PARENT).join();
        session().dossiers().edit(family, Family.Field.CITY, "Zonnedorp");
        session().dossiers().edit(parent, Member.Field.GIVEN_NAME, "Noor");
        session().dossiers().edit(parent, Member.Field.FAMILY_NAME, "Zonnebloem");
        session().dossiers().edit(parent, Member.Field.PHONE, "06-00001111");
        session().dossiers().flush();
        login(server.baseUri().toString(), anouk, SyncServerFixture.PASSWORD);
        waitUntil(() -> text("#syncStatus").startsWith("Gesynchroniseerd om "));
        session().sync().syncRound().get(30, TimeUnit.SECONDS);
        assertThat(session().sync().replica().pendingCount()).isZero();
        server.admin().assign(dossierId, bram.username());
        bram.sync();
        assertThat(bram.caseload()).containsExactly(dossierId);
        return new Shared(dossierId, family, parent);
    }

    private void openTheDossier() {
        type(KeyCode.ESCAPE);
        clickOn("#caseloadSearch").type(KeyCode.ENTER);
        assertThat(lookup("#dossierTabs").tryQuery()).isPresent();
        assertThat(List.of(text("#dossierTitle"))).containsExactly(HOUSEHOLD);
    }
}
