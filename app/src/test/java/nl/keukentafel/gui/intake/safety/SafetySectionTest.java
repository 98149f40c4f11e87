package nl.keukentafel.gui.intake.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import nl.keukentafel.logic.intake.OpenItem;
import nl.keukentafel.model.HouseholdRole;
import nl.keukentafel.model.RecordKind;
import nl.keukentafel.model.RecordRef;
import nl.keukentafel.model.intake.SafetyAssessment;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The safety section on a real vault: assessments are added, never overwritten; a date before birth is marked and kept. */
class SafetySectionTest extends IntakeSectionTestBase {
    private UUID noor;

    @BeforeEach
    void familyWithAChild() throws Exception {
        family("Familie Kwartelkoning");
        member(HouseholdRole.PARENT, "Maartje", "Kwartelkoning", "03-02-1988");
        noor = member(HouseholdRole.CHILD, "Noor", "Kwartelkoning", "15-05-2017");
        host(SafetySection::new);
    }

    @Test
    void aLaterAssessmentIsANewRecordAndTheFirstStaysAsItWas() throws Exception {
        assertThat(text("#noAssessment-" + noor)).isEqualTo("Nog geen veiligheidstaxatie");
        assertThat(section.editorOf(new RecordRef(RecordKind.MEMBER, noor, dossierId), OpenItem.ADD_ASSESSMENT))
                .as("the open-items panel can jump to the add button").containsSame(byId("addAssessment-" + noor));

        clickOn(reveal("addAssessment-" + noor));
        UUID first = assessments().get(0).id();
        assertThat(field("assessedOn-" + first).getText()).isEqualTo("01-12-2026");
        replace("assessedOn-" + first, "01-09-2026");
        clickOn(reveal("signals-" + first)).write("Blauwe plek op de arm, zegt gevallen te zijn");
        clickOn(reveal("currentSafety-" + first)).type(KeyCode.DOWN).type(KeyCode.ENTER);

        clickOn(reveal("addAssessment-" + noor));
        List<SafetyAssessment> both = assessments();
        assertThat(both).hasSize(2);
        UUID second = both.get(1).id();
        assertThat(second).isNotEqualTo(first);
        clickOn(reveal("signals-" + second)).write("Geen nieuwe signalen");

        reopen(SafetySection::new);
        SafetyAssessment firstStored = assessments().stream().filter(a -> a.id().equals(first)).findFirst().orElseThrow();
        assertThat(firstStored.assessedOn()).isEqualTo("01-09-2026");
        assertThat(firstStored.signals()).isEqualTo("Blauwe plek op de arm, zegt gevallen te zijn");
        assertThat(firstStored.currentSafety()).isNotNull();
        assertThat(assessments().stream().filter(a -> a.id().equals(second)).findFirst().orElseThrow().signals())
                .isEqualTo("Geen nieuwe signalen");
        assertThat(field("signals-" + first).getText()).as("the first is still shown as it was")
                .isEqualTo("Blauwe plek op de arm, zegt gevallen te zijn");
        assertThat(lookup("#noAssessment-" + noor).tryQuery()).isEmpty();
    }

    @Test
    void anAssessmentDatedBeforeTheChildsBirthIsMarkedAndKept() throws Exception {
        clickOn(reveal("addAssessment-" + noor));
        UUID assessment = assessments().get(0).id();
        replace("assessedOn-" + assessment, "01-01-2015");
        Labeled message = (Labeled) byId("assessedOn-" + assessment + "Message");
        assertThat(message.isVisible()).isTrue();
        assertThat(message.getText()).isEqualTo("De datum ligt vóór de geboortedatum van Noor Kwartelkoning. "
                + "De datum is bewaard zoals getypt.");

        reopen(SafetySection::new);
        assertThat(assessments().get(0).assessedOn()).isEqualTo("01-01-2015");
        assertThat(field("assessedOn-" + assessment).getText()).isEqualTo("01-01-2015");
        assertThat(byId("assessedOn-" + assessment + "Message").isVisible()).as("still marked after reopening").isTrue();
    }

    @Test
    void tabInAnAnswerGoesToTheNextFieldAndCtrlTabTypesATab() {
        clickOn(reveal("addAssessment-" + noor));
        UUID assessment = assessments().get(0).id();
        clickOn(reveal("signals-" + assessment)).write("Slaapt slecht").type(KeyCode.TAB);
        assertFocus("riskFactors-" + assessment);
        write("Schulden").type(KeyCode.TAB);
        assertFocus("protectiveFactors-" + assessment);
        press(KeyCode.SHIFT).type(KeyCode.TAB).release(KeyCode.SHIFT);
        assertFocus("riskFactors-" + assessment);
        push(KeyCode.CONTROL, KeyCode.TAB);
        assertFocus("riskFactors-" + assessment);

        assertThat(field("signals-" + assessment).getText()).as("no tab typed, nothing in the wrong field").isEqualTo("Slaapt slecht");
        assertThat(field("riskFactors-" + assessment).getText()).isEqualTo("Schulden\t");
    }

    private List<SafetyAssessment> assessments() {
        return session.intake().read(dossierId).assessmentsOf(noor);
    }
}
