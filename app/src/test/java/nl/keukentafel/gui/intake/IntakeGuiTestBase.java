package nl.keukentafel.gui.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import nl.keukentafel.gui.MainWindow;
import nl.keukentafel.gui.common.AppContext;
import nl.keukentafel.gui.common.CurrentThreadTaskExecutor;
import nl.keukentafel.i18n.Localization;
import nl.keukentafel.logic.session.Session;
import nl.keukentafel.logic.session.SessionManager;
import nl.keukentafel.model.Contact;
import nl.keukentafel.model.FieldCheck;
import nl.keukentafel.model.Gender;
import nl.keukentafel.model.HouseholdRole;
import nl.keukentafel.model.Member;
import nl.keukentafel.model.RecordRef;
import nl.keukentafel.model.Residence;
import nl.keukentafel.model.intake.Sector;
import nl.keukentafel.store.VaultLocation;
import nl.keukentafel.store.crypto.KdfParams;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real window on a real (temporary, cheap-KDF) vault, in Dutch, with a fictional family of two parents (the father
 * living elsewhere) and three children aged 2, 9 and 15. Work runs on the calling thread; only the open items' read
 * after typing waits for the pause in typing.
 */
abstract class IntakeGuiTestBase extends FxRobot {
    static final String PASSPHRASE = "appel peer banaan kiwi";
    static final String[] CHILDREN = {"Mila", "Daan", "Lotte"};

    @TempDir
    Path directory;
    SessionManager sessions;
    Stage stage;
    UUID dossierId;
    final LocalDate today = LocalDate.now();

    @BeforeEach
    void showWindow() throws Exception {
        sessions = new SessionManager(new VaultLocation(directory.resolve("vault")), Clock.systemDefaultZone(), KdfParams.FAST_FOR_TESTS);
        stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(window -> {
            MainWindow.applyTheme();
            AppContext context = new AppContext(sessions, new CurrentThreadTaskExecutor(), Clock.systemDefaultZone(),
                    directory.resolve("preferences.properties"), Localization.DUTCH);
            window.setScene(new Scene(new MainWindow(context).root(), 1280, 860));
            window.show();
        });
    }

    @AfterEach
    void lockVault() throws Exception {
        FxToolkit.cleanupStages();
        if (sessions != null) {
            sessions.lock();
        }
    }

    void createVault() {
        clickOn("#consultantName").write("Test Consulent").type(KeyCode.TAB).write(PASSPHRASE).type(KeyCode.TAB)
                .write(PASSPHRASE).type(KeyCode.ENTER);
        assertThat(lookup("#caseloadSearch").tryQuery()).as("caseload shown").isPresent();
    }

    Session session() {
        return sessions.current().orElseThrow();
    }

    /** Familie Vos: Sanne (mother, at home), Karim (father, lives elsewhere), Mila 2, Daan 9, Lotte 15, and a GP. */
    UUID createFamilyVos() {
        Session session = session();
        UUID id = session.caseload().createFamily("Familie Vos").join();
        member(session, id, HouseholdRole.PARENT, "Sanne", today.minusYears(38), Gender.FEMALE, Residence.IN_HOUSEHOLD);
        member(session, id, HouseholdRole.PARENT, "Karim", today.minusYears(41), Gender.MALE, Residence.ELSEWHERE);
        member(session, id, HouseholdRole.CHILD, CHILDREN[0], today.minusYears(2).minusMonths(3), Gender.FEMALE, Residence.IN_HOUSEHOLD);
        member(session, id, HouseholdRole.CHILD, CHILDREN[1], today.minusYears(9).minusMonths(1), Gender.MALE, Residence.IN_HOUSEHOLD);
        member(session, id, HouseholdRole.CHILD, CHILDREN[2], today.minusYears(15).minusMonths(5), Gender.FEMALE, Residence.IN_HOUSEHOLD);
        RecordRef gp = session.dossiers().addContact(id, true).join();
        session.vault().records().patch(gp, Map.of(Contact.Field.NAME, "Dokter Bakker", Contact.Field.ORGANISATION,
                "Huisartsenpraktijk Zuid", Contact.Field.SECTOR, Sector.GENERAL_PRACTICE.name())).join();
        dossierId = id;
        return id;
    }

    private static void member(Session session, UUID dossier, HouseholdRole role, String givenName, LocalDate born, Gender gender,
                               Residence residence) {
        RecordRef ref = session.dossiers().addMember(dossier, role).join();
        session.vault().records().patch(ref, Map.of(Member.Field.GIVEN_NAME, givenName, Member.Field.FAMILY_NAME, "Vos",
                Member.Field.BIRTH_DATE, FieldCheck.write(born), Member.Field.GENDER, gender.name(),
                Member.Field.RESIDENCE, residence.name())).join();
    }

    /** From the caseload: search, Enter opens the dossier; then the intake tab. */
    void openIntakeTab(String householdName) {
        clickOn("#caseloadSearch").push(KeyCode.CONTROL, KeyCode.A).write(householdName).type(KeyCode.ENTER);
        assertThat(lookup("#dossierTabs").tryQuery()).as("dossier opened").isPresent();
        clickOn("#intakeTab");
    }

    void waitUntil(String what, BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> {
                boolean[] result = new boolean[1];
                interact(() -> result[0] = condition.getAsBoolean());
                return result[0];
            });
        } catch (TimeoutException timeout) {
            snap("failure");
            Node owner = focused();
            throw new AssertionError("waited 5 s for: " + what + " (focus on " + (owner == null ? "nothing" : owner.getId() + " "
                    + owner.getClass().getSimpleName()) + ")", timeout);
        }
    }

    Node focused() {
        return stage.getScene().getFocusOwner();
    }

    void assertFocus(String id) {
        waitUntil("focus on " + id, () -> focused() != null && id.equals(focused().getId()));
    }

    /** In a focused drop-down: open it (F4), go to the first value (Home), then down to value {@code index}, Enter. */
    void choose(int index) {
        type(KeyCode.F4).type(KeyCode.HOME);
        for (int step = 0; step < index; step++) {
            type(KeyCode.DOWN);
        }
        type(KeyCode.ENTER);
    }

    /** The texts of the open-items panel's links of one category. */
    java.util.List<String> openItems(String category) {
        java.util.List<String> texts = new java.util.ArrayList<>();
        interact(() -> lookup("#openItems").query().lookupAll(".hyperlink").stream()
                .filter(node -> node.getId() != null && node.getId().startsWith("openItem-" + category + "-"))
                .forEach(node -> texts.add(((javafx.scene.control.Labeled) node).getText())));
        return texts;
    }

    /** A PNG of the window when {@code -Dkeukentafel.screenshots=DIR} is given; otherwise nothing. */
    void snap(String name) {
        String target = System.getProperty("keukentafel.screenshots");
        if (target == null || target.isBlank()) {
            return;
        }
        WritableImage[] shot = new WritableImage[1];
        interact(() -> shot[0] = stage.getScene().snapshot(null));
        int width = (int) shot[0].getWidth();
        int height = (int) shot[0].getHeight();
        int[] pixels = new int[width * height];
        shot[0].getPixelReader().getPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), pixels, 0, width);
        BufferedImage buffered = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        buffered.setRGB(0, 0, width, height, pixels, 0, width);
        try {
            Files.createDirectories(Path.of(target));
            ImageIO.write(buffered, "png", Path.of(target, name + ".png").toFile());
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }
}
