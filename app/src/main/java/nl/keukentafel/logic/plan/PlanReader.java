package nl.keukentafel.logic.plan;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.keukentafel.logic.Dossier;
import nl.keukentafel.model.RecordKind;
import nl.keukentafel.model.RecordRef;
import nl.keukentafel.model.plan.Action;
import nl.keukentafel.model.plan.Agreement;
import nl.keukentafel.model.plan.Closure;
import nl.keukentafel.model.plan.Evaluation;
import nl.keukentafel.model.plan.Goal;
import nl.keukentafel.model.plan.PartnerIssue;
import nl.keukentafel.model.plan.PhaseChange;
import nl.keukentafel.model.plan.Plan;
import nl.keukentafel.model.plan.PlanVersion;
import nl.keukentafel.model.plan.Referral;
import nl.keukentafel.model.plan.Scaling;
import nl.keukentafel.store.RecordMapper;
import nl.keukentafel.store.StoredRecord;

/**
 * Sorts a dossier's stored records into a {@link PlanState}. A record that cannot be read as its model (damaged, or
 * written by a newer version) is skipped and counted rather than breaking the screen. Not thread-safe: one per read.
 */
final class PlanReader {
    private Plan plan;
    private Closure closure;
    private StoredRecord closureRecord;
    private final List<Goal> goals = new ArrayList<>();
    private final List<Action> actions = new ArrayList<>();
    private final List<Agreement> agreements = new ArrayList<>();
    private final List<Referral> referrals = new ArrayList<>();
    private final List<PlanVersion> versions = new ArrayList<>();
    private final List<Evaluation> evaluations = new ArrayList<>();
    private final List<PhaseChange> phases = new ArrayList<>();
    private final List<Scaling> scalings = new ArrayList<>();
    private final List<PartnerIssue> partnerIssues = new ArrayList<>();
    private int unreadable;

    void add(StoredRecord stored) {
        try {
            switch (stored.ref().kind()) {
                case PLAN -> plan = RecordMapper.convert(stored, Plan.class);
                case PLAN_GOAL -> goals.add(RecordMapper.convert(stored, Goal.class));
                case PLAN_ACTION -> actions.add(RecordMapper.convert(stored, Action.class));
                case PLAN_AGREEMENT -> agreements.add(RecordMapper.convert(stored, Agreement.class));
                case PLAN_REFERRAL -> referrals.add(RecordMapper.convert(stored, Referral.class));
                case PLAN_VERSION -> versions.add(RecordMapper.convert(stored, PlanVersion.class));
                case EVALUATION -> evaluations.add(RecordMapper.convert(stored, Evaluation.class));
                case REGIE_PHASE -> phases.add(RecordMapper.convert(stored, PhaseChange.class));
                case SCALING -> scalings.add(RecordMapper.convert(stored, Scaling.class));
                case PARTNER_ISSUE -> partnerIssues.add(RecordMapper.convert(stored, PartnerIssue.class));
                case CLOSURE -> {
                    closure = RecordMapper.convert(stored, Closure.class);
                    closureRecord = stored;
                }
                default -> { }
            }
        } catch (RuntimeException unreadableRecord) {
            unreadable++;
        }
    }

    int unreadable() {
        return unreadable;
    }

    PlanState state(Dossier dossier, List<StoredRecord> records) {
        return new PlanState(dossier, Optional.ofNullable(plan), goals, actions, agreements, referrals, versions, evaluations,
                phases, scalings, partnerIssues, Optional.ofNullable(closure), arrivedAfterClosing(records));
    }

    /**
     * Records changed on this laptop after the closure was last changed, while the dossier is closed: only sync can
     * write them then (the store's guard refuses everything else), so they are what colleagues sent after closing.
     */
    private List<RecordRef> arrivedAfterClosing(List<StoredRecord> records) {
        if (closure == null || !closure.closed()) {
            return List.of();
        }
        Instant closedAt = closureRecord.updatedAt();
        return records.stream()
                .filter(stored -> stored.ref().kind() != RecordKind.CLOSURE && stored.updatedAt().isAfter(closedAt))
                .map(StoredRecord::ref).toList();
    }
}
