package nl.keukentafel.logic.print;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.keukentafel.logic.plan.DomainScores;
import nl.keukentafel.logic.plan.People;
import nl.keukentafel.logic.plan.SafetyTimeline;
import nl.keukentafel.model.HouseholdRole;
import nl.keukentafel.model.Member;
import nl.keukentafel.model.intake.SafetyAssessment;
import nl.keukentafel.model.plan.Attendance;
import nl.keukentafel.model.plan.Evaluation;
import nl.keukentafel.model.plan.Goal;
import nl.keukentafel.model.plan.GoalReview;

/**
 * The evaluatieverslag of one evaluation (the chosen one, else the latest): who attended, each goal's result and
 * decision, the life-domain scores at the intake beside now, and, only when the consultant switches it on, each
 * child's safety at the start beside now as the two judgements (never the signals, factors, reasoning or a Meldcode).
 * Stateless and thread-safe.
 */
final class EvaluationDocument {
    private EvaluationDocument() {
    }

    static String html(PrintContext context) throws PrintRefusal {
        List<Evaluation> evaluations = context.sources().plan().evaluations();
        Optional<Evaluation> chosen = context.request().evaluationId()
                .flatMap(id -> evaluations.stream().filter(evaluation -> evaluation.id().equals(id)).findFirst())
                .or(() -> evaluations.isEmpty() ? Optional.empty() : Optional.of(evaluations.get(evaluations.size() - 1)));
        Evaluation evaluation = chosen.orElseThrow(() -> new PrintRefusal("print.error.noEvaluation"));
        String title = context.get("print.eval.docTitle", context.household(), PrintContext.typed(evaluation.heldOn()));
        Html html = context.start(title, false, false);
        html.heading(1, title);
        if (context.request().has(PrintSection.ATTENDANCE)) {
            List<List<String>> rows = new ArrayList<>();
            for (Attendance line : evaluation.attendance()) {
                String name = People.name(context.dossier(), line.personId());
                rows.add(List.of(name.isBlank() ? PrintContext.typed(line.name()) : name, context.label(line.presence()),
                        PrintContext.typed(line.reason())));
            }
            html.heading(2, context.get("print.eval.attendance"));
            html.table("attendance", List.of(context.get("print.pro.colName"), context.get("print.eval.colPresent"),
                    context.get("print.eval.colReason")), rows, true);
        }
        goals(html, context, evaluation);
        if (context.request().has(PrintSection.SCORES)) {
            List<List<String>> rows = new ArrayList<>();
            for (DomainScores.Row row : DomainScores.beside(context.sources().intake(), evaluation)) {
                // a domain scored neither at the intake nor now is a row of dashes: left out, the page stays readable
                if (row.atIntake() != null || row.now() != null) {
                    rows.add(List.of(row.label(), score(row.atIntake()), score(row.now())));
                }
            }
            html.heading(2, context.get("print.eval.scores"));
            if (rows.isEmpty()) {
                html.paragraph(context.get("print.eval.noScores"));
            } else {
                html.table("scores", List.of(context.get("print.pro.colDomain"), context.get("print.eval.colAtIntake"),
                        context.get("print.eval.colNow")), rows, true);
            }
        }
        if (context.request().has(PrintSection.SAFETY_LEVELS)) {
            safety(html, context, evaluation);
        }
        if (evaluation.notes() != null && !evaluation.notes().isBlank()) {
            html.heading(2, context.get("print.eval.notes"));
            html.paragraph(evaluation.notes().strip());
        }
        html.paragraph("muted", context.get("print.family.printedOn", context.printedOn()));
        return html.build();
    }

    private static void goals(Html html, PrintContext context, Evaluation evaluation) {
        List<List<String>> rows = new ArrayList<>();
        for (GoalReview review : evaluation.reviews()) {
            String goal = context.sources().plan().goals().stream().filter(candidate -> candidate.id().equals(review.goalId()))
                    .map(Goal::text).findFirst().orElse("");
            rows.add(List.of(PrintContext.typed(goal), context.label(review.result()), PrintContext.typed(review.note()),
                    context.label(review.decision())));
        }
        html.heading(2, context.get("print.eval.goals"));
        html.table("reviews", List.of(context.get("print.pro.colEffect"), context.get("print.eval.colResult"),
                context.get("print.eval.colNote"), context.get("print.eval.colDecision")), rows, true);
    }

    private static void safety(Html html, PrintContext context, Evaluation evaluation) {
        List<List<String>> rows = new ArrayList<>();
        for (Member child : context.dossier().members()) {
            if (child.role() != HouseholdRole.CHILD) {
                continue;
            }
            SafetyTimeline timeline = SafetyTimeline.of(context.sources().intake(), child.id(), evaluation.id());
            rows.add(List.of(PrintContext.typed(child.fullName()), judgement(context, timeline.first()),
                    judgement(context, timeline.now())));
        }
        html.heading(2, context.get("print.eval.safety"));
        html.table("safety", List.of(context.get("print.eval.colChild"), context.get("print.eval.colStart"),
                context.get("print.eval.colNow")), rows, true);
    }

    /** Only the two judgements, by their labels: the assessment's reasoning stays in the dossier. */
    private static String judgement(PrintContext context, Optional<SafetyAssessment> assessment) {
        return assessment.map(found -> context.label(found.currentSafety()) + " · " + context.label(found.futureRisk()))
                .orElse("—");
    }

    private static String score(Integer score) {
        return score == null ? "—" : score.toString();
    }
}
