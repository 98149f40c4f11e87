package nl.keukentafel.gui.evaluation;

import java.time.LocalDate;
import nl.keukentafel.gui.common.AutosavedChoice;
import nl.keukentafel.gui.common.AutosavedText;
import nl.keukentafel.gui.intake.common.IntakeDates;
import nl.keukentafel.gui.intake.common.MarkedText;
import nl.keukentafel.logic.plan.PlanService;
import nl.keukentafel.model.RecordKind;
import nl.keukentafel.model.RecordRef;
import nl.keukentafel.model.plan.PhaseChange;
import nl.keukentafel.model.plan.PhaseChange.Field;
import nl.keukentafel.model.plan.RegiePhase;

/** One step in the regiekaart history: phase, since when, why, who holds casusregie and procesregie. FX thread only. */
final class PhaseModel {
    private final RecordRef ref;
    private final AutosavedChoice<RegiePhase> phase;
    private final MarkedText since;
    private final AutosavedText reason;
    private final AutosavedText casusregie;
    private final AutosavedText procesregie;

    PhaseModel(PhaseChange stored, PlanService plan, LocalDate today) {
        ref = new RecordRef(RecordKind.REGIE_PHASE, stored.id(), stored.dossierId());
        phase = new AutosavedChoice<>(stored.phase(), chosen -> plan.edit(ref, Field.PHASE, chosen.name()));
        since = new MarkedText(stored.since(), typed -> IntakeDates.problem(typed, today), typed -> plan.edit(ref, Field.SINCE, typed));
        reason = new AutosavedText(stored.reason(), typed -> plan.edit(ref, Field.REASON, typed));
        casusregie = new AutosavedText(stored.casusregie(), typed -> plan.edit(ref, Field.CASUSREGIE, typed));
        procesregie = new AutosavedText(stored.procesregie(), typed -> plan.edit(ref, Field.PROCESREGIE, typed));
    }

    void showStored(PhaseChange stored) {
        phase.showStored(stored.phase());
        since.text().showStored(stored.since());
        reason.showStored(stored.reason());
        casusregie.showStored(stored.casusregie());
        procesregie.showStored(stored.procesregie());
    }

    RecordRef ref() {
        return ref;
    }

    AutosavedChoice<RegiePhase> phase() {
        return phase;
    }

    MarkedText since() {
        return since;
    }

    AutosavedText reason() {
        return reason;
    }

    AutosavedText casusregie() {
        return casusregie;
    }

    AutosavedText procesregie() {
        return procesregie;
    }
}
