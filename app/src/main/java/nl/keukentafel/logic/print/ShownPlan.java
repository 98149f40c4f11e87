package nl.keukentafel.logic.print;

import java.util.List;
import java.util.Optional;
import nl.keukentafel.logic.plan.PlanState;
import nl.keukentafel.model.plan.Party;
import nl.keukentafel.model.plan.PlanSnapshot;
import nl.keukentafel.model.plan.PlanVersion;

/**
 * The version of the werkplan a document shows: the latest agreed version (what the family said yes to), or the
 * draft when nothing is agreed yet, then marked concept on every page. {@code asState} is the shown version as a plan
 * state, so "wie doet wat" reads the same records the family agreed to. Immutable.
 */
record ShownPlan(PlanSnapshot snapshot, boolean concept, int versionNumber, String agreedOn, List<Party> parties, PlanState asState) {
    static ShownPlan of(PlanState state) {
        Optional<PlanVersion> latest = state.latestVersion();
        PlanSnapshot shown = latest.map(PlanVersion::snapshot).orElse(state.draft());
        PlanState asState = new PlanState(state.dossier(), Optional.ofNullable(shown.plan()).or(state::plan), shown.goals(),
                shown.actions(), shown.agreements(), shown.referrals(), state.versions(), state.evaluations(), state.phases(),
                state.scalings(), state.partnerIssues(), state.closure(), List.of());
        return new ShownPlan(shown, latest.isEmpty(), state.versions().size(), latest.map(PlanVersion::agreedOn).orElse(""),
                latest.map(PlanVersion::parties).orElse(List.of()), asState);
    }
}
