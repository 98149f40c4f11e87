package nl.keukentafel.gui.evaluation;

import java.util.Optional;
import nl.keukentafel.gui.intake.safety.AssessmentViewModel;
import nl.keukentafel.model.Member;
import nl.keukentafel.model.intake.SafetyAssessment;

/**
 * One child's safety at an evaluation: the first and the previous assessment as they were, and the one made at this
 * evaluation ({@code now}, edited with the intake's form; empty when the child has none at this evaluation). Nothing
 * is compared or computed. Immutable (the assessment's own model is FX-thread only).
 */
record ChildSafety(Member child, Optional<Integer> age, Optional<SafetyAssessment> first, Optional<SafetyAssessment> previous,
                   Optional<AssessmentViewModel> now) {
}
