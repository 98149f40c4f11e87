package nl.keukentafel.logic.demo;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.keukentafel.logic.Dossier;
import nl.keukentafel.logic.plan.Parties;
import nl.keukentafel.logic.plan.PlanService;
import nl.keukentafel.model.FieldCheck;
import nl.keukentafel.model.Member;
import nl.keukentafel.model.RecordKind;
import nl.keukentafel.model.RecordRef;
import nl.keukentafel.model.intake.RiskLevel;
import nl.keukentafel.model.intake.SafetyAssessment;
import nl.keukentafel.model.intake.SafetyJudgement;
import nl.keukentafel.model.plan.Attendance;
import nl.keukentafel.model.plan.Goal;
import nl.keukentafel.model.plan.GoalDecision;
import nl.keukentafel.model.plan.GoalResult;
import nl.keukentafel.model.plan.GoalReview;
import nl.keukentafel.model.plan.Party;
import nl.keukentafel.model.plan.Presence;
import nl.keukentafel.store.RecordMapper;
import nl.keukentafel.store.RecordStore;

/**
 * A demo evaluation through {@link PlanService#startEvaluation}: the parents and the children from 12 attend, one
 * professional declined (the referrer told), the first goal partly achieved and adjusted, the others continue, the safety
 * per child now judged safe, the finances scored one step up; the adjusted goal then goes into version 2. Not
 * thread-safe.
 */
final class DemoEvaluation {
    private DemoEvaluation() {
    }

    static void write(PlanService plan, RecordStore records, Dossier dossier, List<RecordRef> goals, String heldOn) {
        RecordRef evaluation = plan.startEvaluation(dossier.family().id(), heldOn).join();
        Set<UUID> members = dossier.members().stream().map(Member::id).collect(Collectors.toSet());
        // the family members expected at an evaluation (each parent, each child from 12) all came
        for (Party party : Parties.expected(plan.read(dossier.family().id()), FieldCheck.parseDate(heldOn).orElseThrow())) {
            if (members.contains(party.personId())) {
                plan.setAttendance(evaluation, new Attendance(party.personId(), party.name(), Presence.ATTENDED, null, null)).join();
            }
        }
        dossier.contacts().stream().filter(contact -> contact.professional()).skip(1).findFirst().ifPresent(contact -> plan.setAttendance(
                evaluation, new Attendance(contact.id(), contact.name(), Presence.DECLINED, "Spreekuur op dat moment", true)).join());
        plan.setReview(evaluation, new GoalReview(goals.get(0).id(), GoalResult.PARTLY_ACHIEVED,
                "Budgetplan staat; aflossen lukt nog niet elke maand.", GoalDecision.ADJUST)).join();
        for (RecordRef goal : goals.subList(1, goals.size())) {
            plan.setReview(evaluation, new GoalReview(goal.id(), GoalResult.NOT_ACHIEVED, "Nog bezig.", GoalDecision.CONTINUE)).join();
        }
        plan.setScore(evaluation, "financien", 3).join();
        for (SafetyAssessment assessment : atEvaluation(records, dossier, evaluation)) {
            records.patch(new RecordRef(RecordKind.SAFETY_ASSESSMENT, assessment.id(), dossier.family().id()),
                    Map.of(SafetyAssessment.Field.CURRENT_SAFETY, SafetyJudgement.SAFE.name(),
                            SafetyAssessment.Field.FUTURE_RISK, RiskLevel.LOW.name())).join();
        }
        records.patch(goals.get(0), Map.of(Goal.Field.TEXT,
                "Het gezin betaalt elke maand af volgens het budgetplan van schuldhulp")).join();
    }

    private static List<SafetyAssessment> atEvaluation(RecordStore records, Dossier dossier, RecordRef evaluation) {
        return records.dossierRecords(dossier.family().id()).stream()
                .filter(stored -> stored.ref().kind() == RecordKind.SAFETY_ASSESSMENT)
                .map(stored -> RecordMapper.convert(stored, SafetyAssessment.class))
                .filter(assessment -> evaluation.id().equals(assessment.evaluationId())).toList();
    }
}
