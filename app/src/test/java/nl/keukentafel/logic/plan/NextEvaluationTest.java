package nl.keukentafel.logic.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import nl.keukentafel.model.plan.Closure;
import nl.keukentafel.model.plan.Plan;
import org.junit.jupiter.api.Test;

/** The next evaluation as the caseload shows it; whether it is overdue is the dossier check's T9 rule (PlanRulesOddDossiersTest). */
class NextEvaluationTest {
    private static PlanState state(String next, boolean closed) {
        Plan base = Bakker.plan();
        Plan plan = new Plan(base.id(), base.dossierId(), base.startedOn(), null, null, null, null, null, null, null, null, next);
        Closure closure = new Closure(Bakker.id(900), Bakker.DOSSIER, closed, null, null, null, null, null, null, null, null, null, null);
        return new PlanState(Bakker.dossier(), Optional.of(plan), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), Optional.of(closure), List.of());
    }

    @Test
    void theNextEvaluationIsThePlansReadableDate() {
        assertThat(state("01-12-2026", false).nextEvaluation()).contains(java.time.LocalDate.of(2026, 12, 1));
        assertThat(state("", false).nextEvaluation()).isEmpty();
        assertThat(state("31-02-2027", false).nextEvaluation()).isEmpty();
    }
}
