package nl.keukentafel.gui.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import javafx.scene.input.KeyCode;
import nl.keukentafel.gui.WindowTestBase;
import nl.keukentafel.logic.session.Session;
import nl.keukentafel.model.Contact;
import nl.keukentafel.model.FieldCheck;
import nl.keukentafel.model.Gender;
import nl.keukentafel.model.HouseholdRole;
import nl.keukentafel.model.Member;
import nl.keukentafel.model.RecordRef;
import nl.keukentafel.model.Residence;
import nl.keukentafel.model.intake.Sector;

/**
 * The real window ({@link WindowTestBase}) at 1280×860, with a fictional family of two parents (the father
 * living elsewhere) and three children aged 2, 9 and 15. Work runs on the calling thread; only the open items' read
 * after typing waits for the pause in typing.
 */
abstract class IntakeGuiTestBase extends WindowTestBase {
    static final String[] CHILDREN = {"Mila", "Daan", "Lotte"};

    UUID dossierId;
    final LocalDate today = LocalDate.now();

    @Override
    protected WindowSize windowSize() {
        return new WindowSize(1280, 860);
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

    /** The texts of the open-items panel's links of one category. */
    java.util.List<String> openItems(String category) {
        java.util.List<String> texts = new java.util.ArrayList<>();
        interact(() -> lookup("#openItems").query().lookupAll(".hyperlink").stream()
                .filter(node -> node.getId() != null && node.getId().startsWith("openItem-" + category + "-"))
                .forEach(node -> texts.add(((javafx.scene.control.Labeled) node).getText())));
        return texts;
    }
}
