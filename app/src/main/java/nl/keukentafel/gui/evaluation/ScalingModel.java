package nl.keukentafel.gui.evaluation;

import java.time.LocalDate;
import nl.keukentafel.gui.common.AutosavedChoice;
import nl.keukentafel.gui.common.AutosavedText;
import nl.keukentafel.gui.intake.common.IntakeDates;
import nl.keukentafel.gui.intake.common.MarkedText;
import nl.keukentafel.logic.plan.PlanService;
import nl.keukentafel.model.RecordKind;
import nl.keukentafel.model.RecordRef;
import nl.keukentafel.model.plan.ScaleDirection;
import nl.keukentafel.model.plan.ScaleTarget;
import nl.keukentafel.model.plan.Scaling;
import nl.keukentafel.model.plan.Scaling.Field;

/** Scaling up or down: to whom, when, why and how it turned out. FX thread only. */
final class ScalingModel {
    private final RecordRef ref;
    private final AutosavedChoice<ScaleDirection> direction;
    private final AutosavedChoice<ScaleTarget> target;
    private final AutosavedText targetName;
    private final MarkedText on;
    private final AutosavedText why;
    private final AutosavedText outcome;

    ScalingModel(Scaling stored, PlanService plan, LocalDate today) {
        ref = new RecordRef(RecordKind.SCALING, stored.id(), stored.dossierId());
        direction = new AutosavedChoice<>(stored.direction(), chosen -> plan.edit(ref, Field.DIRECTION, chosen.name()));
        target = new AutosavedChoice<>(stored.target(), chosen -> plan.edit(ref, Field.TARGET, chosen.name()));
        targetName = new AutosavedText(stored.targetName(), typed -> plan.edit(ref, Field.TARGET_NAME, typed));
        on = new MarkedText(stored.on(), typed -> IntakeDates.problem(typed, today), typed -> plan.edit(ref, Field.ON, typed));
        why = new AutosavedText(stored.why(), typed -> plan.edit(ref, Field.WHY, typed));
        outcome = new AutosavedText(stored.outcome(), typed -> plan.edit(ref, Field.OUTCOME, typed));
    }

    void showStored(Scaling stored) {
        direction.showStored(stored.direction());
        target.showStored(stored.target());
        targetName.showStored(stored.targetName());
        on.text().showStored(stored.on());
        why.showStored(stored.why());
        outcome.showStored(stored.outcome());
    }

    RecordRef ref() {
        return ref;
    }

    AutosavedChoice<ScaleDirection> direction() {
        return direction;
    }

    AutosavedChoice<ScaleTarget> target() {
        return target;
    }

    AutosavedText targetName() {
        return targetName;
    }

    MarkedText on() {
        return on;
    }

    AutosavedText why() {
        return why;
    }

    AutosavedText outcome() {
        return outcome;
    }
}
