package nl.keukentafel.logic.check;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.keukentafel.logic.plan.PlanState;
import nl.keukentafel.model.FieldCheck;
import nl.keukentafel.model.plan.ScaleDirection;
import nl.keukentafel.model.plan.Scaling;

/**
 * T11, scaling up when voluntary help stalls: for every {@link ScalingTriggers moment to scale up} a scaling up is
 * recorded on or after that day (any scaling up when either day cannot be read). Where the consultant decided not to
 * scale up, the reason is recorded as an exception on the finding. Judged once the plan is agreed, and before that as
 * soon as there is such a moment (a high risk or a report at the intake). Stateless and thread-safe.
 */
final class ScalingRule implements Rule {
    static final String ADD_SCALING = "+scaling";

    @Override
    public Criterion criterion() {
        return Criterion.T11;
    }

    @Override
    public boolean applies(DossierFacts facts) {
        return PlanPhase.agreed(facts.plan()) || !ScalingTriggers.of(facts.intake(), facts.plan()).isEmpty();
    }

    @Override
    public List<Finding> findings(DossierFacts facts) {
        PlanState state = facts.plan();
        List<Scaling> ups = state.scalings().stream().filter(scaling -> scaling.direction() == ScaleDirection.UP).toList();
        return ScalingTriggers.of(facts.intake(), state).stream()
                .filter(trigger -> ups.stream().noneMatch(scaling -> answers(scaling, trigger.on())))
                .map(trigger -> new Finding(Criterion.T11, trigger.key(), trigger.about(), ADD_SCALING, trigger.messageKey(),
                        trigger.arguments()))
                .toList();
    }

    private static boolean answers(Scaling scaling, Optional<LocalDate> arose) {
        Optional<LocalDate> on = FieldCheck.parseDate(scaling.on());
        return arose.isEmpty() || on.isEmpty() || !on.get().isBefore(arose.get());
    }
}
