package nl.keukentafel.logic.check;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.keukentafel.logic.intake.IntakeState;
import nl.keukentafel.logic.plan.PlanState;
import nl.keukentafel.model.FieldCheck;
import nl.keukentafel.model.HouseholdRole;
import nl.keukentafel.model.Member;
import nl.keukentafel.model.RecordKind;
import nl.keukentafel.model.RecordRef;
import nl.keukentafel.model.Text;
import nl.keukentafel.model.intake.Meldcode;
import nl.keukentafel.model.intake.MeldcodeDecision;
import nl.keukentafel.model.intake.RiskLevel;
import nl.keukentafel.model.intake.SafetyAssessment;
import nl.keukentafel.model.plan.Evaluation;
import nl.keukentafel.model.plan.Goal;
import nl.keukentafel.model.plan.GoalResult;
import nl.keukentafel.model.plan.GoalReview;

/**
 * The moments the werkwijze asks to scale up (T11): a goal "not achieved" at two evaluations running (evaluations that
 * give the goal no result are skipped), a child's future risk judged "hoog" in any assessment, and a Meldcode decision
 * to report to Veilig Thuis. Each with the day it arose (empty when that day cannot be read) and the record it is
 * about. Reads what a person recorded; computes no verdict. Stateless and thread-safe.
 */
final class ScalingTriggers {
    /** One moment to scale up: its finding's key, the record it is about, the message, and the day it arose. */
    record Trigger(String key, RecordRef about, String messageKey, List<Object> arguments, Optional<LocalDate> on) {
    }

    private ScalingTriggers() {
    }

    static List<Trigger> of(IntakeState intake, PlanState plan) {
        List<Trigger> triggers = new ArrayList<>();
        plan.goals().forEach(goal -> notAchievedTwice(plan, goal).ifPresent(triggers::add));
        for (Member child : plan.dossier().members()) {
            if (child.role() == HouseholdRole.CHILD) {
                highRisk(intake, plan, child).ifPresent(triggers::add);
            }
        }
        for (Meldcode meldcode : intake.meldcodes()) {
            if (meldcode.decision() == MeldcodeDecision.REPORT_TO_VEILIG_THUIS || meldcode.decision() == MeldcodeDecision.REPORT_AND_HELP) {
                String decided = Text.isBlank(meldcode.decidedOn()) ? meldcode.step5On() : meldcode.decidedOn();
                triggers.add(new Trigger("T11:report:" + meldcode.id(), PlanFindings.ref(RecordKind.MELDCODE, meldcode.id(), plan),
                        "check.t11.report", List.of(PlanFindings.typed(decided)), FieldCheck.parseDate(decided)));
            }
        }
        return triggers;
    }

    private static Optional<Trigger> notAchievedTwice(PlanState plan, Goal goal) {
        GoalResult previous = null;
        for (Evaluation evaluation : plan.evaluations()) {
            GoalResult result = evaluation.reviews().stream().filter(review -> goal.id().equals(review.goalId()))
                    .map(GoalReview::result).filter(Objects::nonNull).findFirst().orElse(null);
            if (result == null) {
                continue;
            }
            if (previous == GoalResult.NOT_ACHIEVED && result == GoalResult.NOT_ACHIEVED) {
                RecordRef ref = PlanFindings.ref(RecordKind.PLAN_GOAL, goal.id(), plan);
                return Optional.of(new Trigger("T11:not-achieved-twice:" + goal.id(), ref, "check.t11.notAchievedTwice",
                        List.of(PlanFindings.place(plan, goal.id()), PlanFindings.text(plan, goal.id()),
                                PlanFindings.typed(evaluation.heldOn())), FieldCheck.parseDate(evaluation.heldOn())));
            }
            previous = result;
        }
        return Optional.empty();
    }

    /** From the first assessment that judged the child's future risk high (unreadable dates count as unknown, first). */
    private static Optional<Trigger> highRisk(IntakeState intake, PlanState plan, Member child) {
        Optional<SafetyAssessment> first = intake.assessmentsOf(child.id()).stream()
                .filter(assessment -> assessment.futureRisk() == RiskLevel.HIGH)
                .min(Comparator.comparing((SafetyAssessment assessment) -> FieldCheck.parseDate(assessment.assessedOn())
                        .orElse(LocalDate.MIN)));
        return first.map(assessment -> new Trigger("T11:high-risk:" + child.id(), PlanFindings.ref(RecordKind.MEMBER, child.id(), plan),
                "check.t11.highRisk", List.of(Household.name(child), PlanFindings.typed(assessment.assessedOn())),
                FieldCheck.parseDate(assessment.assessedOn())));
    }
}
