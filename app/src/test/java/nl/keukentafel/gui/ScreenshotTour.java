package nl.keukentafel.gui;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import nl.keukentafel.logic.session.Session;
import nl.keukentafel.model.Contact;
import nl.keukentafel.model.Family;
import nl.keukentafel.model.Gender;
import nl.keukentafel.model.HouseholdRole;
import nl.keukentafel.model.Member;
import nl.keukentafel.model.RecordRef;
import org.junit.jupiter.api.Test;

/**
 * Not a check: walks every screen with fictional data and writes a PNG of each, for people to look at.
 * Runs only with {@code -Dkeukentafel.screenshots=DIR} (e.g. under Xvfb with the 'display' profile).
 */
class ScreenshotTour extends GuiTestBase {
    @Test
    void photographEveryScreen() {
        String target = System.getProperty("keukentafel.screenshots");
        assumeTrue(target != null && !target.isBlank(), "screenshots only on request");
        Path directory = Path.of(target);
        interact(() -> stage.setWidth(1280));
        interact(() -> stage.setHeight(800));

        clickOn("#consultantName").write("Anouk Consulent").type(KeyCode.TAB).write("kort").type(KeyCode.TAB).write("kort");
        type(KeyCode.ENTER);
        snap(directory, "01-create-vault-weak-passphrase");
        clickOn("#passphrase").write(PASSPHRASE).type(KeyCode.TAB).write(PASSPHRASE).type(KeyCode.ENTER);
        snap(directory, "02-caseload-empty");

        UUID zonnebloem = fillCaseload(session());
        lockWithKeyboard();
        clickOn("#passphrase").write("verkeerd wachtwoord hier").type(KeyCode.ENTER);
        snap(directory, "03-unlock-wrong-passphrase");
        unlockWithKeyboard();
        snap(directory, "04-caseload");
        push(KeyCode.CONTROL, KeyCode.N).write("Familie Kok");
        snap(directory, "04b-caseload-new-family");
        type(KeyCode.ESCAPE);
        clickOn("#caseloadSearch").write("zon");
        snap(directory, "05-caseload-search");
        type(KeyCode.ENTER);
        snap(directory, "06-dossier-family");
        push(KeyCode.CONTROL, KeyCode.DIGIT2);
        clickOn("#memberList").type(KeyCode.END);
        snap(directory, "07-dossier-members-invalid-bsn");
        clickOn("#memberList").type(KeyCode.HOME).type(KeyCode.DELETE);
        snap(directory, "08-dossier-member-deleted-undo");
        push(KeyCode.CONTROL, KeyCode.Z);
        push(KeyCode.CONTROL, KeyCode.DIGIT3);
        clickOn("#contactList").type(KeyCode.HOME);
        snap(directory, "09-dossier-network");
        showAuditTab();
        snap(directory, "10-dossier-audit");
        type(KeyCode.ESCAPE);
        push(KeyCode.CONTROL, KeyCode.COMMA);
        snap(directory, "11-settings");
        clickOn("#settingsServerButton");
        snap(directory, "12-server-login");
        clickOn("#serverAddress").write("https://sync.wijkteam-noord.example").type(KeyCode.TAB).write("anouk");
        snap(directory, "13-server-login-filled");
        // the conflict list and merge view need a second laptop and the real server: src-test's SyncScreensWithServerTest
        assumeTrue(zonnebloem != null);
    }

    private UUID fillCaseload(Session session) {
        UUID zonnebloem = family(session, "Familie Zonnebloem", "Kastanjelaan 12", "1782 BK", "Den Helder", "12-12-2026");
        session.vault().records().patch(new RecordRef(nl.keukentafel.model.RecordKind.FAMILY, zonnebloem, zonnebloem), Map.of(
                Family.Field.REGISSEUR_NAME, "Anouk Consulent", Family.Field.REGISSEUR_ROLE, "Casusregisseur",
                Family.Field.REGISSEUR_ORGANISATION, "Wijkteam Noord", Family.Field.REGISSEUR_PHONE, "0223 123456",
                Family.Field.REGISSEUR_EMAIL, "anouk@wijkteam-noord.example")).join();
        member(session, zonnebloem, HouseholdRole.PARENT, "Sanne", "12-03-1985", Gender.FEMALE, "");
        member(session, zonnebloem, HouseholdRole.PARENT, "Karim", "02-11-1983", Gender.MALE, "");
        member(session, zonnebloem, HouseholdRole.CHILD, "Noor", "15-06-2012", Gender.FEMALE, "123456782");
        member(session, zonnebloem, HouseholdRole.CHILD, "Ties", "01-09-2015", Gender.MALE, "123456789");
        contact(session, zonnebloem, "Petra Visser", "JGZ Kop van Noord-Holland", "Jeugdarts", "ma t/m wo", true);
        contact(session, zonnebloem, "Oma Riet", "", "Oma van moederskant", "elke dag", false);
        contact(session, zonnebloem, "Bram de Boer", "Basisschool De Vuurtoren", "Mentor van Ties", "di en do", true);
        UUID wit = family(session, "Familie de Wit", "Molenstraat 3", "1781 AC", "Den Helder", "05-12-2026");
        member(session, wit, HouseholdRole.PARENT, "Ellen", "30-07-1990", Gender.FEMALE, "");
        UUID ozturk = family(session, "Familie Öztürk", "Zuidstraat 88", "1781 XX", "Den Helder", "");
        member(session, ozturk, HouseholdRole.PARENT, "Emre", "14-02-1979", Gender.MALE, "");
        member(session, ozturk, HouseholdRole.CHILD, "Elif", "03-03-2030", Gender.FEMALE, "");
        family(session, "Familie Jansen", "Dijkweg 1", "1785 GH", "Julianadorp", "20-01-2027");
        UUID archived = family(session, "Familie Bakker", "Havenplein 7", "1781 AB", "Den Helder", "");
        session.caseload().setArchived(archived, true).join();
        return zonnebloem;
    }

    private static UUID family(Session session, String name, String street, String postalCode, String city, String nextVisit) {
        UUID id = session.caseload().createFamily(name).join();
        session.vault().records().patch(new RecordRef(nl.keukentafel.model.RecordKind.FAMILY, id, id), Map.of(Family.Field.STREET,
                street, Family.Field.POSTAL_CODE, postalCode, Family.Field.CITY, city, Family.Field.NEXT_VISIT, nextVisit)).join();
        return id;
    }

    private static void member(Session session, UUID dossier, HouseholdRole role, String givenName, String birthDate, Gender gender,
                               String bsn) {
        RecordRef ref = session.dossiers().addMember(dossier, role).join();
        session.vault().records().patch(ref, Map.of(Member.Field.GIVEN_NAME, givenName, Member.Field.FAMILY_NAME,
                familyName(session, dossier), Member.Field.BIRTH_DATE, birthDate, Member.Field.GENDER, gender.name(),
                Member.Field.BSN, bsn)).join();
    }

    private static String familyName(Session session, UUID dossier) {
        return session.dossiers().read(dossier).family().householdName().replace("Familie ", "");
    }

    private static void contact(Session session, UUID dossier, String name, String organisation, String relation, String days,
                                boolean professional) {
        RecordRef ref = session.dossiers().addContact(dossier, professional).join();
        session.vault().records().patch(ref, Map.of(Contact.Field.NAME, name, Contact.Field.ORGANISATION, organisation,
                Contact.Field.RELATION, relation, Contact.Field.DAYS_REACHABLE, days)).join();
    }

    private void snap(Path directory, String name) {
        WritableImage shot = windowShot();
        assertShowsSomething(shot, name);
        writePng(shot, directory.resolve(name + ".png"));
    }
}
