package nl.keukentafel.gui.intake.meldcode;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import javafx.scene.control.CheckBox;
import nl.keukentafel.gui.intake.safety.IntakeSectionTestBase;
import nl.keukentafel.logic.intake.IntakeState;
import nl.keukentafel.model.HouseholdRole;
import nl.keukentafel.model.intake.Answer;
import nl.keukentafel.model.intake.Consent;
import nl.keukentafel.model.intake.ConsentBasis;
import nl.keukentafel.model.intake.Meldcode;
import nl.keukentafel.model.intake.MeldcodeDecision;
import org.junit.jupiter.api.Test;

/** A Meldcode concern on a real vault: the framework's hint, and a decided report recorded as a sharing without consent. */
class MeldcodeSectionTest extends IntakeSectionTestBase {
    private static final String JUSTIFICATION = "Acute onveiligheid: vader dreigt met geweld, moeder durft niet naar huis.";

    @Test
    void aDecidedReportIsRecordedAsSharingWithoutConsentWithItsJustification() throws Exception {
        family("Familie Ruisvoorn");
        member(HouseholdRole.PARENT, "Hanneke", "Ruisvoorn", "21-08-1990");
        UUID daan = member(HouseholdRole.CHILD, "Daan", "Ruisvoorn", "02-02-2019");
        host(MeldcodeSection::new);

        clickOn(reveal("addMeldcode"));
        UUID concern = state().meldcodes().get(0).id();
        clickOn(reveal("concern-" + concern)).write("Daan vertelt over ruzies met slaan thuis");
        clickOn(reveal("meldcodeMember-" + concern + "-" + daan));
        assertThat(((CheckBox) byId("meldcodeMember-" + concern + "-" + daan)).isSelected()).isTrue();
        choose(Meldcode.Field.WEIGH1_SUSPICION + "-" + concern, 0);
        assertThat(byId("reportHint-" + concern).isVisible()).as("no hint while nothing points at reporting").isFalse();
        choose(Meldcode.Field.WEIGH2_ACUTE_OR_STRUCTURAL + "-" + concern, 0);
        assertThat(byId("reportHint-" + concern).isVisible()).as("acute unsafety points at reporting").isTrue();

        assertThat(byId("recordReport-" + concern).isVisible()).as("nothing to record before a decision").isFalse();
        choose(Meldcode.Field.DECISION + "-" + concern, 2);
        clickOn(reveal("justification-" + concern)).write(JUSTIFICATION);
        replace("decidedOn-" + concern, "30-11-2026");
        clickOn(reveal("recordReport-" + concern));
        assertThat(byId("reportRecorded-" + concern).isVisible()).isTrue();
        assertThat(byId("recordReport-" + concern).isVisible()).as("a report is recorded once").isFalse();

        reopen(MeldcodeSection::new);
        IntakeState state = state();
        Meldcode stored = state.meldcodes().get(0);
        assertThat(stored.decision()).isEqualTo(MeldcodeDecision.REPORT_TO_VEILIG_THUIS);
        assertThat(stored.weigh2AcuteOrStructural()).isEqualTo(Answer.YES);
        assertThat(stored.memberIds()).containsExactly(daan);
        List<Consent> sharings = state.consents();
        assertThat(sharings).hasSize(1);
        Consent report = sharings.get(0);
        assertThat(report.basis()).isEqualTo(ConsentBasis.WITHOUT_CONSENT);
        assertThat(report.partnerName()).isEqualTo("Veilig Thuis");
        assertThat(report.justification()).isEqualTo(JUSTIFICATION);
        assertThat(report.meldcodeId()).isEqualTo(concern);
        assertThat(report.validFrom()).isEqualTo("30-11-2026");
        assertThat(stored.reportSharingId()).isEqualTo(report.id());
        assertThat(byId("reportRecorded-" + concern).isVisible()).as("still shown as recorded after reopening").isTrue();
        assertThat(byId("recordReport-" + concern).isVisible()).isFalse();
    }

    private IntakeState state() {
        return session.intake().read(dossierId);
    }
}
