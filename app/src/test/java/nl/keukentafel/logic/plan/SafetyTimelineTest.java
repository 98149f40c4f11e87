package nl.keukentafel.logic.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.keukentafel.logic.intake.IntakeState;
import nl.keukentafel.model.intake.SafetyAssessment;
import nl.keukentafel.model.intake.SafetyJudgement;
import org.junit.jupiter.api.Test;

/** At an evaluation a child's safety now stands beside the first and the previous assessment, by date. */
class SafetyTimelineTest {
    private static final UUID FIRST_EVALUATION = Bakker.id(701);
    private static final UUID SECOND_EVALUATION = Bakker.id(702);

    private static SafetyAssessment assessment(int n, UUID child, String on, UUID evaluation) {
        return new SafetyAssessment(Bakker.id(800 + n), Bakker.DOSSIER, child, on, null, null, null, null, SafetyJudgement.SAFE, null,
                null, null, null, null, null, evaluation);
    }

    private static IntakeState intake(List<SafetyAssessment> assessments) {
        return new IntakeState(Bakker.dossier(), Optional.empty(), List.of(), List.of(), List.of(), assessments, List.of(), List.of());
    }

    @Test
    void firstPreviousAndNowAtTheSecondEvaluation() {
        SafetyAssessment start = assessment(1, Bakker.DAAN.id(), "05-11-2026", null);
        SafetyAssessment atFirst = assessment(3, Bakker.DAAN.id(), "20-12-2026", FIRST_EVALUATION);
        SafetyAssessment atSecond = assessment(2, Bakker.DAAN.id(), "31-01-2027", SECOND_EVALUATION);
        SafetyAssessment sister = assessment(4, Bakker.SANNE.id(), "05-11-2026", null);
        IntakeState intake = intake(List.of(atSecond, sister, atFirst, start));

        SafetyTimeline second = SafetyTimeline.of(intake, Bakker.DAAN.id(), SECOND_EVALUATION);
        SafetyTimeline first = SafetyTimeline.of(intake, Bakker.DAAN.id(), FIRST_EVALUATION);

        assertThat(second.first()).contains(start);
        assertThat(second.previous()).contains(atFirst);
        assertThat(second.now()).contains(atSecond);
        assertThat(first.first()).contains(start);
        assertThat(first.previous()).isEmpty();
        assertThat(first.now()).contains(atFirst);
    }

    @Test
    void aChildWithoutAssessmentsHasAnEmptyTimeline() {
        SafetyTimeline timeline = SafetyTimeline.of(intake(List.of()), Bakker.TIM.id(), FIRST_EVALUATION);

        assertThat(timeline.first()).isEmpty();
        assertThat(timeline.previous()).isEmpty();
        assertThat(timeline.now()).isEmpty();
    }
}
