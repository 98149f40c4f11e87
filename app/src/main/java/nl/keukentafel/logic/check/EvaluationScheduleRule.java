package nl.keukentafel.logic.check;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import nl.keukentafel.logic.plan.PlanState;
import nl.keukentafel.model.FieldCheck;
import nl.keukentafel.model.RecordRef;
import nl.keukentafel.model.Text;
import nl.keukentafel.model.plan.Evaluation;
import nl.keukentafel.model.plan.Plan;
import nl.keukentafel.model.plan.PlanIds;

/**
 * T9, evaluations on schedule: once the plan is agreed and until closing starts, a next evaluation is planned (on the
 * plan), and it is not overdue by more than {@link CheckSettings#overdueGraceDays()} days. An evaluation held on or
 * after the planned day, and not after today (a date ahead is a typing error, not an evaluation held), keeps it; the
 * plan then needs its next date. The overdue finding's key holds the planned day, so an exception recorded for one
 * late evaluation does not cover the next. An unreadable date is an input finding, not this one. Stateless and
 * thread-safe.
 */
final class EvaluationScheduleRule implements Rule {
    private static final String OVERDUE = "T9:overdue:";

    /** The finding says the next evaluation is overdue beyond the grace days (the caseload marks it "te laat"). */
    static boolean overdue(Finding finding) {
        return finding.criterion() == Criterion.T9 && finding.key().startsWith(OVERDUE);
    }
    @Override
    public Criterion criterion() {
        return Criterion.T9;
    }

    @Override
    public boolean applies(DossierFacts facts) {
        return PlanPhase.agreed(facts.plan());
    }

    @Override
    public List<Finding> findings(DossierFacts facts) {
        PlanState state = facts.plan();
        if (PlanPhase.closing(state)) {
            return List.of();
        }
        RecordRef plan = PlanIds.plan(state.dossier().family().id());
        String typed = state.plan().map(Plan::nextEvaluationOn).orElse(null);
        if (Text.isBlank(typed)) {
            return List.of(notPlanned(plan));
        }
        Optional<LocalDate> next = FieldCheck.parseDate(typed);
        if (next.isEmpty()) {
            return List.of();
        }
        boolean heldSince = state.evaluations().stream().map(Evaluation::heldOn).map(FieldCheck::parseDate)
                .flatMap(Optional::stream).anyMatch(held -> !held.isBefore(next.get()) && !held.isAfter(facts.today()));
        if (heldSince) {
            return List.of(notPlanned(plan));
        }
        LocalDate line = next.get().plusDays(facts.settings().overdueGraceDays());
        if (facts.today().isAfter(line)) {
            return List.of(Finding.of(Criterion.T9, OVERDUE + next.get(), plan, Plan.Field.NEXT_EVALUATION_ON,
                    "check.t9.overdue", typed.strip(), ChronoUnit.DAYS.between(next.get(), facts.today())));
        }
        return List.of();
    }

    private static Finding notPlanned(RecordRef plan) {
        return Finding.of(Criterion.T9, "T9:not-planned", plan, Plan.Field.NEXT_EVALUATION_ON, "check.t9.notPlanned");
    }
}
