package nl.keukentafel.gui.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import nl.keukentafel.gui.common.CurrentThreadTaskExecutor;
import nl.keukentafel.gui.common.ScreenView;
import nl.keukentafel.gui.common.Styling;
import nl.keukentafel.logic.sync.ConflictItem;
import nl.keukentafel.logic.sync.RejectedItem;
import nl.keukentafel.logic.sync.SyncService;
import nl.keukentafel.model.RecordKind;
import nl.keukentafel.model.RecordRef;
import nl.keukentafel.sync.client.SyncStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The sync screens with conflicts and rejected changes given in the test (no server here): what they show
 * and how the keyboard moves through them. The screens are put in the window without loading from the
 * service, so the given data stays.
 */
class SyncScreensTest extends SyncGuiTestBase {
    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final UUID ZONNEBLOEM = UUID.fromString("0190a000-0000-7000-8000-00000000000a");
    private static final UUID BAKKER = UUID.fromString("0190a000-0000-7000-8000-00000000000b");

    private final List<String> visited = new ArrayList<>();
    private final CurrentThreadTaskExecutor tasks = new CurrentThreadTaskExecutor();
    private SyncService service;

    @BeforeEach
    void openVault() {
        createVaultWithKeyboard();
        service = session().sync();
    }

    @Test
    void theConflictListGroupsByHouseholdAndEnterOpensTheChosenOne() {
        ConflictsViewModel model = new ConflictsViewModel(service, tasks, null);
        ConflictItem name = field(ZONNEBLOEM, "Familie Zonnebloem", RecordKind.MEMBER, "givenName", "Noor", "Noortje");
        ConflictItem street = field(BAKKER, "Familie Bakker", RecordKind.FAMILY, "street", "Havenplein 7", "Havenplein 9");
        ConflictItem removed = whole(ZONNEBLOEM, "Familie Zonnebloem", RecordKind.CONTACT);
        interact(() -> model.show(List.of(name, street, removed)));
        show(new ConflictsView(model, dutch, AMSTERDAM, navigation(), () -> visited.add("back")), false);

        ListView<ConflictItem> list = lookup("#conflictList").queryListView();
        assertThat(list.getItems()).extracting(ConflictItem::householdName)
                .containsExactly("Familie Bakker", "Familie Zonnebloem", "Familie Zonnebloem");
        assertThat(list.getSelectionModel().getSelectedIndex()).isZero();
        assertThat(lookup(".conflict-household").queryAllAs(Label.class)).extracting(Label::getText)
                .containsExactlyInAnyOrder("Familie Bakker", "Familie Zonnebloem");
        assertThat(lookup(".conflict-what").queryAllAs(Label.class)).extracting(Label::getText)
                .contains("Gezin – Straat en huisnummer", "Gezinslid – Voornaam");
        snap(stage.getScene().getRoot(), "sync-03-conflicts");

        clickOn(list).type(KeyCode.HOME).type(KeyCode.DOWN).type(KeyCode.ENTER);
        assertThat(visited).containsExactly("conflict " + list.getItems().get(1).conflictId());
    }

    @Test
    void theMergeViewShowsBothValuesWhoAndWhenAndEscapeGoesBack() {
        ConflictItem name = field(ZONNEBLOEM, "Familie Zonnebloem", RecordKind.MEMBER, "givenName", "Noor", "Noortje");
        show(new MergeView(new MergeViewModel(service, tasks, name, () -> visited.add("resolved")), dutch, AMSTERDAM,
                () -> visited.add("back")), true);

        assertThat(lookup("#mergeTitle").queryAs(Label.class).getText()).isEqualTo("Voornaam");
        assertThat(lookup("#serverSideValue").queryAs(Label.class).getText()).isEqualTo("Noor");
        assertThat(lookup("#clientSideValue").queryAs(Label.class).getText()).isEqualTo("Noortje");
        assertThat(lookup("#serverSideWho").queryAs(Label.class).getText()).isEqualTo("Petra Visser, 2-3-2026 14:32");
        assertThat(lookup("#clientSideWho").queryAs(Label.class).getText()).isEqualTo("Anouk Consulent, 2-3-2026 10:10");
        assertThat(lookup("#keepServerButton").queryButton().getText()).isEqualTo("Deze waarde houden (Alt+1)");
        assertThat(lookup("#typedValue").queryAs(TextArea.class).getText()).as("starts from this side's text").isEqualTo("Noortje");
        snap(stage.getScene().getRoot(), "sync-04-merge-field");

        // this conflict exists only in the test, so the service refuses it (or, not yet built, cannot run):
        // either way Alt+2 reached the service and the screen says what happened
        push(KeyCode.ALT, KeyCode.DIGIT2);
        assertThat(visited.contains("resolved") || !lookup("#mergeError").queryAs(Label.class).getText().isEmpty())
                .as("Alt+2 picked a side").isTrue();
        visited.clear();
        type(KeyCode.ESCAPE);
        assertThat(visited).containsExactly("back");
    }

    @Test
    void aDeleteRacingAnEditOffersKeepOrDeleteAndNoTyping() {
        ConflictItem removed = whole(ZONNEBLOEM, "Familie Zonnebloem", RecordKind.CONTACT);
        MergeViewModel model = new MergeViewModel(service, tasks, removed, () -> visited.add("resolved"));
        show(new MergeView(model, dutch, AMSTERDAM, () -> visited.add("back")), true);

        assertThat(model.canType()).isFalse();
        assertThat(lookup("#typedValue").tryQuery()).isEmpty();
        assertThat(lookup("#keepServerButton").queryButton().getText()).isEqualTo("Bewaren (Alt+1)");
        assertThat(lookup("#keepMineButton").queryButton().getText()).isEqualTo("Verwijderen (Alt+2)");
        assertThat(lookup("#serverSideValue").queryAs(Label.class).getText()).isEqualTo("(verwijderd)");
        assertThat(lookup("#clientSideValue").queryAs(Label.class).getText()).isEqualTo("Oma Riet");
        snap(stage.getScene().getRoot(), "sync-05-merge-whole-record");
    }

    @Test
    void rejectedChangesSayWhatWasSentAndWhyAndThatNothingIsLost() {
        RejectedViewModel model = new RejectedViewModel(service, tasks);
        interact(() -> model.show(List.of(
                new RejectedItem(12, new RecordRef(RecordKind.MEMBER, UUID.randomUUID(), BAKKER), "patch", "left-caseload",
                        Instant.parse("2026-03-02T13:40:00Z")),
                new RejectedItem(13, new RecordRef(RecordKind.CONTACT, UUID.randomUUID(), BAKKER), "create", "malformed",
                        Instant.parse("2026-03-02T13:41:00Z")))));
        show(new RejectedView(model, dutch, AMSTERDAM, () -> visited.add("back")), false);

        TableView<RejectedItem> table = lookup("#rejectedTable").queryTableView();
        assertThat(table.getItems()).hasSize(2);
        assertThat(lookup(".table-cell").queryAllAs(javafx.scene.control.TableCell.class))
                .extracting(cell -> String.valueOf(cell.getText())).contains("Gewijzigd", "Gezinslid", "2-3-2026 14:40");
        assertThat(lookup(".table-cell .text").queryAllAs(javafx.scene.text.Text.class)).extracting(javafx.scene.text.Text::getText)
                .contains("Dit gezin staat niet meer in uw caseload; uw wijziging is op de server bewaard bij de beheerder.");
        snap(stage.getScene().getRoot(), "sync-06-rejected");
    }

    @Test
    void theIndicatorShowsEachStateAndLeadsToConflictsAndRejected() {
        Clock clock = Clock.fixed(Instant.parse("2026-03-02T14:00:00Z"), AMSTERDAM);
        VBox states = new VBox(8);
        List<SyncStatus> shown = List.of(SyncStatus.notConfigured(),
                new SyncStatus(SyncStatus.State.OFFLINE, 0, 0, null, 0, 0, ""),
                new SyncStatus(SyncStatus.State.SYNCING, 40, 120, null, 0, 0, ""),
                new SyncStatus(SyncStatus.State.SYNCED, 0, 0, Instant.parse("2026-03-02T13:32:00Z"), 2, 1, ""),
                new SyncStatus(SyncStatus.State.NEEDS_LOGIN, 0, 0, null, 0, 0, ""),
                new SyncStatus(SyncStatus.State.UPDATE_APP, 0, 0, null, 0, 0, ""),
                new SyncStatus(SyncStatus.State.SERVER_TROUBLE, 0, 0, null, 0, 0, ""));
        interact(() -> {
            for (SyncStatus status : shown) {
                SyncStatusModel model = new SyncStatusModel(service);
                model.show(status);
                states.getChildren().add(new SyncIndicator(model, dutch, clock, navigation(), () -> visited.add("now")).root());
            }
        });
        show(() -> states, false);

        assertThat(lookup("#syncStatus").queryAllAs(Button.class)).extracting(Button::getText).containsExactly(
                "Synchronisatie niet ingesteld", "Offline", "Synchroniseren… 40 van 120", "Gesynchroniseerd om 14:32",
                "Opnieuw aanmelden", "Werk de app bij", "Serverprobleem");
        Button conflicts = lookup("#syncConflicts").queryAllAs(Button.class).stream().filter(Button::isVisible).findFirst()
                .orElseThrow();
        assertThat(conflicts.getText()).isEqualTo("2 conflicten");
        snap(states, "sync-07-indicator-states");
        clickOn(conflicts);
        clickOn(lookup("#syncRejected").queryAllAs(Button.class).stream().filter(Button::isVisible).findFirst().orElseThrow());
        assertThat(visited).containsExactly("conflicts null", "rejected");
    }

    private void show(ScreenView view, boolean activate) {
        interact(() -> {
            StackPane holder = new StackPane(view.root());
            Styling.apply(holder);
            holder.getStyleClass().add("shell-content");
            stage.getScene().setRoot(holder);
            if (activate) {
                view.activate();
            }
            view.initialFocus().requestFocus();
        });
    }

    /** Records where a screen asked to go; the shell does the going. */
    private SyncNavigation navigation() {
        return new SyncNavigation() {
            @Override
            public void showServer() {
                visited.add("server");
            }

            @Override
            public void showConflicts(UUID dossierId) {
                visited.add("conflicts " + dossierId);
            }

            @Override
            public void showConflict(ConflictItem item, UUID listDossierId) {
                visited.add("conflict " + item.conflictId());
            }

            @Override
            public void showRejected() {
                visited.add("rejected");
            }

            @Override
            public void showCaseload() {
                visited.add("caseload");
            }

            @Override
            public void showDossier(UUID dossierId) {
                visited.add("dossier " + dossierId);
            }
        };
    }

    private static ConflictItem field(UUID dossier, String household, RecordKind kind, String field, Object server, Object client) {
        UUID record = kind == RecordKind.FAMILY ? dossier : UUID.randomUUID();
        return new ConflictItem(UUID.randomUUID(), new RecordRef(kind, record, dossier), household, field, server, false, "Petra Visser",
                Instant.parse("2026-03-02T13:32:00Z"), client, false, "Anouk Consulent", Instant.parse("2026-03-02T09:10:00Z"), false);
    }

    private static ConflictItem whole(UUID dossier, String household, RecordKind kind) {
        return new ConflictItem(UUID.randomUUID(), new RecordRef(kind, UUID.randomUUID(), dossier), household, null, null, true,
                "Petra Visser", Instant.parse("2026-03-02T13:32:00Z"), "Oma Riet", false, "Anouk Consulent",
                Instant.parse("2026-03-02T09:10:00Z"), true);
    }
}
