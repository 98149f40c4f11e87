package nl.keukentafel.logic.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.keukentafel.logic.Dossier;
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
                case CLOSURE -> closure = RecordMapper.convert(stored, Closure.class);
                default -> { }
            }
        } catch (RuntimeException unreadableRecord) {
            unreadable++;
        }
    }

    int unreadable() {
        return unreadable;
    }

    /** The state; {@code arrivals} are what sync brought in while the dossier was closed here (store.ClosedArrivals). */
    PlanState state(Dossier dossier, List<RecordRef> arrivals) {
        return new PlanState(dossier, Optional.ofNullable(plan), goals, actions, agreements, referrals, versions, evaluations,
                phases, scalings, partnerIssues, Optional.ofNullable(closure), closure != null && closure.closed() ? arrivals : List.of());
    }
}
