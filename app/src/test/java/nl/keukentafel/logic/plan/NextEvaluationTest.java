package nl.keukentafel.logic.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import nl.keukentafel.model.plan.Closure;
import nl.keukentafel.model.plan.Plan;
import org.junit.jupiter.api.Test;

/** The next evaluation is overdue the day after its date, unless the dossier is closed. */
class NextEvaluationTest {
    private static PlanState state(String next, boolean closed) {
        Plan base = Bakker.plan();
        Plan plan = new Plan(base.id(), base.dossierId(), base.startedOn(), null, null, null, null, null, null, null, null, next);
        Closure closure = new Closure(Bakker.id(900), Bakker.DOSSIER, closed, null, null, null, null, null, null, null, null, null, null);
        return new PlanState(Bakker.dossier(), Optional.of(plan), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), Optional.of(closure), List.of());
    }

    @Test
    void overdueAfterItsDateWhileOpen() {
        assertThat(state("01-12-2026", false).evaluationOverdue(Bakker.TODAY)).isFalse();
        assertThat(state("30-11-2026", false).evaluationOverdue(Bakker.TODAY)).isTrue();
        assertThat(state("30-11-2026", true).evaluationOverdue(Bakker.TODAY)).isFalse();
        assertThat(state("", false).nextEvaluation()).isEmpty();
        assertThat(state("31-02-2027", false).evaluationOverdue(Bakker.TODAY)).isFalse();
    }
}
