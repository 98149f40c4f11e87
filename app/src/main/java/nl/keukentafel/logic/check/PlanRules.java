package nl.keukentafel.logic.check;

import java.util.List;

/** The rules of the criteria judged from the werkplan, its evaluations and its closure (T8–T13), in report order. */
final class PlanRules {
    private PlanRules() {
    }

    static List<Rule> all() {
        return List.of(new GoalPlanRule(), new GoalCoverageRule(), new EvaluationScheduleRule(), new EvaluationAttendanceRule(),
                new EvaluationSafetyRule(), new ScalingRule(), new GoalDecisionRule(), new ClosureReasonRule(), new PartnerNoticeRule(),
                new EndReportRule());
    }
}
