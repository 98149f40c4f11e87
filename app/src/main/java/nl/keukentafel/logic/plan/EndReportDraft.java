package nl.keukentafel.logic.plan;

import java.util.List;
import java.util.Optional;
import nl.keukentafel.i18n.Localization;
import nl.keukentafel.logic.intake.IntakeState;
import nl.keukentafel.model.HouseholdRole;
import nl.keukentafel.model.Member;
import nl.keukentafel.model.Text;
import nl.keukentafel.model.intake.IntakeMember;
import nl.keukentafel.model.intake.SafetyAssessment;
import nl.keukentafel.model.plan.Closure;
import nl.keukentafel.model.plan.Evaluation;
import nl.keukentafel.model.plan.Goal;
import nl.keukentafel.model.plan.GoalReview;
import nl.keukentafel.model.plan.PhaseChange;
import nl.keukentafel.model.plan.PlanVersion;
import nl.keukentafel.model.plan.Scaling;

/**
 * A first draft of the end report, made from the dossier (phase 4): the request for help, the process (plan, agreed
 * versions, evaluations, regiekaart phases), the goals and their results, the safety at the start and the end for
 * each child, scaling up, and the follow-up. Only what was recorded, with no verdicts of its own: the consultant
 * edits the text and it is stored on the closure. Stateless and thread-safe.
 */
public final class EndReportDraft {
    private EndReportDraft() {
    }

    public static String draft(PlanState plan, IntakeState intake, Localization text) {
        StringBuilder out = new StringBuilder();
        out.append(text.get("plan.report.title", Labels.or(plan.dossier().family().householdName()))).append("\n\n");
        heading(out, text, "plan.report.request");
        for (Member member : plan.dossier().members()) {
            intake.memberLine(member.id()).map(IntakeMember::requestForHelp).filter(request -> !Text.isBlank(request))
                    .ifPresent(request -> line(out, member.fullName() + ": " + request.strip()));
        }
        intake.intake().map(started -> started.helpNeeded()).filter(help -> !Text.isBlank(help))
                .ifPresent(help -> line(out, text.get("plan.report.helpNeeded", help.strip())));
        heading(out, text, "plan.report.process");
        plan.plan().ifPresent(started -> line(out, text.get("plan.report.started", Labels.or(started.startedOn()))));
        int number = 0;
        for (PlanVersion version : plan.versions()) {
            line(out, text.get("plan.report.version", ++number, Labels.or(version.agreedOn())));
        }
        for (Evaluation evaluation : plan.evaluations()) {
            line(out, text.get("plan.report.evaluation", Labels.or(evaluation.heldOn())));
        }
        for (PhaseChange phase : plan.phases()) {
            line(out, text.get("plan.report.phase", Labels.of(text, phase.phase()), Labels.or(phase.since()), Labels.or(phase.reason())));
        }
        goals(out, plan, text);
        safety(out, plan, intake, text);
        heading(out, text, "plan.report.scaling");
        for (Scaling scaling : plan.scalings()) {
            line(out, text.get("plan.report.scalingLine", Labels.of(text, scaling.direction()), target(text, scaling),
                    Labels.or(scaling.on()), Labels.or(scaling.why()), Labels.or(scaling.outcome())));
        }
        if (plan.scalings().isEmpty()) {
            line(out, text.get("plan.report.noScaling"));
        }
        heading(out, text, "plan.report.followUp");
        Optional<Closure> closure = plan.closure();
        line(out, text.get("plan.report.reason", Labels.of(text, closure.map(Closure::reason).orElse(null))));
        closure.map(Closure::followUpWith).filter(with -> !Text.isBlank(with))
                .ifPresent(with -> line(out, text.get("plan.report.followUpWith", with.strip())));
        return out.toString();
    }

    private static void goals(StringBuilder out, PlanState plan, Localization text) {
        heading(out, text, "plan.report.goals");
        int place = 0;
        for (Goal goal : plan.goals()) {
            line(out, text.get("plan.report.goal", ++place, Labels.or(goal.text()), Labels.of(text, goal.status())));
            lastReview(plan, goal).ifPresent(review -> line(out, "   " + text.get("plan.report.review",
                    Labels.of(text, review.result()), Labels.or(review.note()))));
        }
    }

    private static Optional<GoalReview> lastReview(PlanState plan, Goal goal) {
        List<Evaluation> evaluations = plan.evaluations();
        for (int index = evaluations.size() - 1; index >= 0; index--) {
            Optional<GoalReview> review = evaluations.get(index).reviews().stream()
                    .filter(candidate -> goal.id().equals(candidate.goalId()) && candidate.result() != null).findFirst();
            if (review.isPresent()) {
                return review;
            }
        }
        return Optional.empty();
    }

    private static void safety(StringBuilder out, PlanState plan, IntakeState intake, Localization text) {
        heading(out, text, "plan.report.safety");
        for (Member member : plan.dossier().members()) {
            if (member.role() != HouseholdRole.CHILD) {
                continue;
            }
            List<SafetyAssessment> all = intake.assessmentsOf(member.id()).stream().sorted(SafetyTimeline.BY_DATE).toList();
            if (all.isEmpty()) {
                line(out, text.get("plan.report.noAssessment", member.fullName()));
                continue;
            }
            SafetyAssessment start = all.get(0);
            SafetyAssessment end = all.get(all.size() - 1);
            line(out, text.get("plan.report.safetyLine", member.fullName(), assessment(text, start),
                    all.size() == 1 ? Labels.NONE : assessment(text, end)));
        }
    }

    private static String assessment(Localization text, SafetyAssessment assessment) {
        return text.get("plan.report.assessment", Labels.or(assessment.assessedOn()), Labels.of(text, assessment.currentSafety()),
                Labels.of(text, assessment.futureRisk()));
    }

    private static String target(Localization text, Scaling scaling) {
        return Text.isBlank(scaling.targetName()) ? Labels.of(text, scaling.target()) : scaling.targetName().strip();
    }

    private static void heading(StringBuilder out, Localization text, String key) {
        if (out.length() > 0 && out.charAt(out.length() - 2) != '\n') {
            out.append('\n');
        }
        out.append(text.get(key)).append('\n');
    }

    private static void line(StringBuilder out, String line) {
        out.append("- ").append(line).append('\n');
    }
}
