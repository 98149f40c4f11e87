package nl.keukentafel.logic.check;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.keukentafel.logic.intake.IntakeState;
import nl.keukentafel.logic.plan.PlanState;
import nl.keukentafel.model.HouseholdRole;
import nl.keukentafel.model.Member;
import nl.keukentafel.model.RecordKind;
import nl.keukentafel.model.RecordRef;
import nl.keukentafel.model.intake.DomainEntry;
import nl.keukentafel.model.intake.DomainList;
import nl.keukentafel.model.intake.Intake;
import nl.keukentafel.model.intake.SafetyJudgement;
import nl.keukentafel.model.plan.Goal;
import nl.keukentafel.model.plan.GoalStatus;

/**
 * T8, one plan for the whole family: every member the intake has a concern about appears in some goal. A concern is a
 * life domain entry for named members that T4 counts as worrying ({@link SelfRelianceRule#worrying}: concerns written
 * down or a score of 1 or 2, unless not applicable), or a safety assessment that judged a child unsafe. A goal for
 * the whole family (no members chosen) counts for everyone; a stopped goal counts for no one. The inspectorates found
 * plans aimed at one member of a family with problems on many sides; this names each member left out. Stateless and
 * thread-safe.
 */
final class GoalCoverageRule implements Rule {
    @Override
    public Criterion criterion() {
        return Criterion.T8;
    }

    @Override
    public boolean applies(DossierFacts facts) {
        return PlanPhase.started(facts.plan());
    }

    @Override
    public List<Finding> findings(DossierFacts facts) {
        PlanState state = facts.plan();
        Set<UUID> inGoals = new HashSet<>();
        for (Goal goal : state.goals()) {
            if (goal.status() == GoalStatus.STOPPED) {
                continue;
            }
            if (goal.memberIds().isEmpty()) {
                return List.of();
            }
            inGoals.addAll(goal.memberIds());
        }
        Map<UUID, Set<String>> domains = concernedDomains(facts.intake());
        List<Finding> findings = new ArrayList<>();
        for (Member member : state.dossier().members()) {
            if (inGoals.contains(member.id())) {
                continue;
            }
            String key = "T8:member-without-goal:" + member.id();
            RecordRef target = PlanFindings.ref(RecordKind.MEMBER, member.id(), state);
            if (judgedUnsafe(facts.intake(), member)) {
                findings.add(Finding.of(Criterion.T8, key, target, GoalPlanRule.ADD_GOAL, "check.t8.unsafeChildWithoutGoal",
                        Household.name(member)));
            } else if (domains.containsKey(member.id())) {
                findings.add(Finding.of(Criterion.T8, key, target, GoalPlanRule.ADD_GOAL, "check.t8.memberWithoutGoal",
                        Household.name(member), String.join(", ", domains.get(member.id()))));
            }
        }
        return findings;
    }

    /** Per member, the labels (of the intake's own list) of the domains with a concern about that member. */
    private static Map<UUID, Set<String>> concernedDomains(IntakeState intake) {
        Map<String, String> labels = new LinkedHashMap<>();
        intake.intake().map(Intake::domainList).map(DomainList::domains).orElse(List.of())
                .forEach(domain -> labels.put(domain.code(), domain.label()));
        Map<UUID, Set<String>> concerned = new LinkedHashMap<>();
        for (DomainEntry entry : intake.domains()) {
            if (!SelfRelianceRule.worrying(entry)) {
                continue;
            }
            String label = labels.getOrDefault(entry.domainCode(), PlanFindings.typed(entry.domainCode()));
            entry.memberIds().forEach(member -> concerned.computeIfAbsent(member, id -> new LinkedHashSet<>()).add(label));
        }
        return concerned;
    }

    private static boolean judgedUnsafe(IntakeState intake, Member member) {
        return member.role() == HouseholdRole.CHILD && intake.assessmentsOf(member.id()).stream()
                .anyMatch(assessment -> assessment.currentSafety() == SafetyJudgement.UNSAFE);
    }
}
