package nl.keukentafel.logic.plan;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.keukentafel.i18n.Localization;
import nl.keukentafel.logic.intake.IntakeState;
import nl.keukentafel.model.Text;
import nl.keukentafel.model.plan.Action;
import nl.keukentafel.model.plan.Agreement;
import nl.keukentafel.model.plan.Goal;
import nl.keukentafel.model.plan.Party;
import nl.keukentafel.model.plan.Plan;
import nl.keukentafel.model.plan.PlanSnapshot;
import nl.keukentafel.model.plan.PlanVersion;
import nl.keukentafel.model.plan.Referral;

/**
 * The current version of a werkplan as readable text ({@code plan show}): the latest agreed version (or the draft
 * when none is agreed yet, said so), with the analysis, the intake's self-reliance summary, goals in order with who
 * does what when, coordination agreements and referrals. Names come from the dossier. Stateless and thread-safe.
 */
public final class PlanText {
    private PlanText() {
    }

    public static String render(PlanState state, IntakeState intake, Localization text) {
        StringBuilder out = new StringBuilder();
        out.append(text.get("plan.show.title", Labels.or(state.dossier().family().householdName()))).append('\n');
        PlanSnapshot shown = state.draft();
        if (state.latestVersion().isPresent()) {
            PlanVersion version = state.latestVersion().get();
            shown = version.snapshot();
            out.append(text.get("plan.show.version", state.versions().size(), Labels.or(version.agreedOn()))).append('\n');
            for (Party party : version.parties()) {
                out.append("  ").append(text.get("plan.show.party", Labels.or(party.name()), Labels.of(text, party.role()),
                        Labels.of(text, party.vote()))).append('\n');
            }
            if (!PlanComparison.compare(shown, state.draft()).unchanged()) {
                out.append(text.get("plan.show.draftChanged", state.versions().size())).append('\n');
            }
        } else {
            out.append(text.get("plan.show.draft")).append('\n');
        }
        if (state.closed()) {
            out.append(text.get("plan.show.closed", Labels.or(state.closure().orElseThrow().closedOn()))).append('\n');
        }
        analysis(out, state, shown.plan(), text);
        SelfRelianceSummary summary = SelfRelianceSummary.of(intake);
        out.append('\n').append(text.get("plan.show.selfReliance")).append('\n');
        out.append("  ").append(text.get("plan.show.familyCan", Labels.or(summary.familyCan()))).append('\n');
        out.append("  ").append(text.get("plan.show.networkCan", Labels.or(summary.networkCan()))).append('\n');
        out.append("  ").append(text.get("plan.show.helpNeeded", Labels.or(summary.helpNeeded()))).append('\n');
        summary.domains().forEach(domain -> out.append("  ").append(text.get("plan.show.score", domain.label(), domain.score(),
                Labels.or(domain.scoreLabel()))).append('\n'));
        goals(out, state, shown, text);
        for (Agreement agreement : shown.agreements()) {
            out.append(text.get("plan.show.agreement", Labels.or(agreement.withWhom()), Labels.of(text, agreement.how()),
                    Labels.or(agreement.frequency()), Labels.or(agreement.nextOn()))).append('\n');
        }
        for (Referral referral : shown.referrals()) {
            out.append(text.get("plan.show.referral", Labels.or(referral.provider()), Labels.or(referral.kind()),
                    Labels.or(referral.validFrom()), Labels.or(referral.validUntil()))).append('\n');
        }
        return out.toString();
    }

    private static void analysis(StringBuilder out, PlanState state, Plan plan, Localization text) {
        if (plan == null) {
            return;
        }
        out.append('\n').append(text.get("plan.show.analysis", Labels.or(plan.problemAnalysis()))).append('\n');
        out.append(text.get("plan.show.goesWell", Labels.or(plan.goesWell()))).append('\n');
        out.append(text.get("plan.show.perspective", Labels.or(plan.perspective()))).append('\n');
        for (Map.Entry<String, String> own : plan.memberPerspectives().entrySet()) {
            String name = People.name(state.dossier(), uuid(own.getKey()));
            out.append("  ").append(Text.isBlank(name) ? "?" : name).append(": ").append(own.getValue()).append('\n');
        }
        if (!Text.isBlank(plan.nextEvaluationOn())) {
            out.append(text.get("plan.show.nextEvaluation", plan.nextEvaluationOn())).append('\n');
        }
    }

    private static void goals(StringBuilder out, PlanState state, PlanSnapshot shown, Localization text) {
        out.append('\n').append(text.get("plan.show.goals")).append('\n');
        int place = 0;
        for (Goal goal : shown.goals()) {
            out.append(text.get("plan.report.goal", ++place, Labels.or(goal.text()), Labels.of(text, goal.status())));
            out.append(Text.isBlank(goal.targetDate()) ? "" : " · " + goal.targetDate()).append('\n');
            List<Action> actions = shown.actionsOf(goal.id());
            for (Action action : actions) {
                out.append("   - ").append(text.get("plan.show.action", Labels.or(People.owner(state.dossier(), action)),
                        Labels.or(action.what()), Labels.or(action.dueDate()), Labels.of(text, action.status()))).append('\n');
            }
        }
    }

    private static UUID uuid(String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException notAnId) {
            return null;
        }
    }
}
