package nl.keukentafel.logic.plan;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.keukentafel.logic.intake.IntakeState;
import nl.keukentafel.model.FieldCheck;
import nl.keukentafel.model.intake.SafetyAssessment;

/**
 * One child's safety at an evaluation, beside the start (ADR 0005): the first assessment, the previous one (the
 * latest before this evaluation's, empty when that is the first), and the one made at this evaluation. Nothing is
 * computed or compared: the consultant reads the three side by side. Assessments are ordered by date as typed, then
 * by id (creation order). Immutable.
 */
public record SafetyTimeline(Optional<SafetyAssessment> first, Optional<SafetyAssessment> previous, Optional<SafetyAssessment> now) {
    static final Comparator<SafetyAssessment> BY_DATE = Comparator.comparing((SafetyAssessment assessment) ->
            FieldCheck.parseDate(assessment.assessedOn()).orElse(LocalDate.MAX)).thenComparing(SafetyAssessment::id);

    /** The timeline at evaluation {@code evaluationId}; with a null id, the first and the latest. */
    public static SafetyTimeline of(IntakeState intake, UUID childId, UUID evaluationId) {
        List<SafetyAssessment> all = intake.assessmentsOf(childId).stream().sorted(BY_DATE).toList();
        Optional<SafetyAssessment> now = evaluationId == null ? last(all)
                : all.stream().filter(assessment -> evaluationId.equals(assessment.evaluationId())).findFirst();
        List<SafetyAssessment> before = now.map(current -> all.subList(0, all.indexOf(current))).orElse(all);
        Optional<SafetyAssessment> first = before.isEmpty() ? Optional.empty() : Optional.of(before.get(0));
        Optional<SafetyAssessment> previous = before.size() < 2 ? Optional.empty() : last(before);
        return new SafetyTimeline(first, previous, now);
    }

    private static Optional<SafetyAssessment> last(List<SafetyAssessment> assessments) {
        return assessments.isEmpty() ? Optional.empty() : Optional.of(assessments.get(assessments.size() - 1));
    }
}
