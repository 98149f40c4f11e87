package nl.keukentafel.model.plan;

import java.util.UUID;
import nl.keukentafel.model.RecordIds;
import nl.keukentafel.model.RecordKind;
import nl.keukentafel.model.RecordRef;

/** The derived ids of the records there is one of per dossier (ADR 0005). Stateless. */
public final class PlanIds {
    private PlanIds() {
    }

    public static RecordRef plan(UUID dossierId) {
        return new RecordRef(RecordKind.PLAN, RecordIds.derived(dossierId, "plan"), dossierId);
    }

    public static RecordRef closure(UUID dossierId) {
        return new RecordRef(RecordKind.CLOSURE, RecordIds.derived(dossierId, "closure"), dossierId);
    }
}
