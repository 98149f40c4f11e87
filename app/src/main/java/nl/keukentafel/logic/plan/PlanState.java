package nl.keukentafel.logic.plan;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.keukentafel.logic.Dossier;
import nl.keukentafel.model.FieldCheck;
import nl.keukentafel.model.RecordRef;
import nl.keukentafel.model.plan.Action;
import nl.keukentafel.model.plan.Agreement;
import nl.keukentafel.model.plan.Closure;
import nl.keukentafel.model.plan.Evaluation;
import nl.keukentafel.model.plan.Goal;
import nl.keukentafel.model.plan.PartnerIssue;
import nl.keukentafel.model.plan.PhaseChange;
import nl.keukentafel.model.plan.Plan;
import nl.keukentafel.model.plan.PlanSnapshot;
import nl.keukentafel.model.plan.PlanVersion;
import nl.keukentafel.model.plan.Referral;
import nl.keukentafel.model.plan.Scaling;

/**
 * Everything of one dossier's werkplan as read at one moment (ADR 0005), with the dossier. Goals are in rank order,
 * versions in agreed order (by date, then id; version n is {@code versions().get(n - 1)}), evaluations by date.
 * {@code arrivedAfterClosing} lists the records sync brought in while the dossier was closed on this laptop (a
 * colleague's work the server accepted, see store.ClosedArrivals): applied, and shown by the screen. Immutable.
 */
public record PlanState(
        Dossier dossier,
        Optional<Plan> plan,
        List<Goal> goals,
        List<Action> actions,
        List<Agreement> agreements,
        List<Referral> referrals,
        List<PlanVersion> versions,
        List<Evaluation> evaluations,
        List<PhaseChange> phases,
        List<Scaling> scalings,
        List<PartnerIssue> partnerIssues,
        Optional<Closure> closure,
        List<RecordRef> arrivedAfterClosing) {

    public PlanState {
        goals = goals.stream().sorted(Comparator.comparingInt(Goal::order).thenComparing(Goal::id)).toList();
        actions = List.copyOf(actions);
        agreements = List.copyOf(agreements);
        referrals = List.copyOf(referrals);
        versions = versions.stream().sorted(BY_AGREED).toList();
        evaluations = evaluations.stream().sorted(Comparator.comparing((Evaluation evaluation) ->
                FieldCheck.parseDate(evaluation.heldOn()).orElse(java.time.LocalDate.MAX)).thenComparing(Evaluation::id)).toList();
        phases = List.copyOf(phases);
        scalings = List.copyOf(scalings);
        partnerIssues = List.copyOf(partnerIssues);
        arrivedAfterClosing = List.copyOf(arrivedAfterClosing);
    }

    private static final Comparator<PlanVersion> BY_AGREED = Comparator.comparing((PlanVersion version) ->
            FieldCheck.parseDate(version.agreedOn()).orElse(java.time.LocalDate.MAX)).thenComparing(PlanVersion::id);

    public boolean started() {
        return plan.isPresent();
    }

    public boolean closed() {
        return closure.map(Closure::closed).orElse(false);
    }

    /** The live draft as one snapshot: what agreeing would freeze, and what a version is compared with. */
    public PlanSnapshot draft() {
        return new PlanSnapshot(plan.orElse(null), goals, actions, agreements, referrals);
    }

    public List<Action> actionsOf(UUID goalId) {
        return actions.stream().filter(action -> goalId.equals(action.goalId())).toList();
    }

    /** 1 for the first agreed version; empty when {@code versionId} is not one of this dossier's. */
    public java.util.OptionalInt numberOf(UUID versionId) {
        for (int index = 0; index < versions.size(); index++) {
            if (versions.get(index).id().equals(versionId)) {
                return java.util.OptionalInt.of(index + 1);
            }
        }
        return java.util.OptionalInt.empty();
    }

    /** The planned next evaluation, when one is planned and readable (the caseload's "volgende evaluatie"). */
    public Optional<java.time.LocalDate> nextEvaluation() {
        return plan.flatMap(current -> FieldCheck.parseDate(current.nextEvaluationOn()));
    }

    public Optional<PlanVersion> latestVersion() {
        return versions.isEmpty() ? Optional.empty() : Optional.of(versions.get(versions.size() - 1));
    }
}
