package nl.keukentafel.logic.plan;

import com.github.f4b6a3.uuid.UuidCreator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.keukentafel.logic.intake.ImportProblem;
import nl.keukentafel.model.Contact;
import nl.keukentafel.model.FieldCheck;
import nl.keukentafel.model.HouseholdRole;
import nl.keukentafel.model.Member;
import nl.keukentafel.model.RecordKind;
import nl.keukentafel.model.RecordRef;
import nl.keukentafel.model.intake.SafetyAssessment;
import nl.keukentafel.model.plan.Attendance;
import nl.keukentafel.model.plan.Evaluation;
import nl.keukentafel.model.plan.Goal;
import nl.keukentafel.model.plan.GoalReview;
import nl.keukentafel.model.plan.GoalStatus;
import nl.keukentafel.model.plan.Plan;
import nl.keukentafel.model.plan.PlanIds;
import nl.keukentafel.store.RecordStore;

/**
 * The records an evaluation starts with (ADR 0005), written in one transaction: the evaluation with a line per member
 * and per network contact (presence still open) and a review per goal still in play, and a new dated safety
 * assessment per child, so the safety now stands beside the start. Stateless and thread-safe.
 */
final class EvaluationStart {
    private EvaluationStart() {
    }

    /** The refusals for an evaluation on {@code heldOn} (typed); empty when it may start. */
    static List<ImportProblem> problems(PlanState state, String heldOn, LocalDate today) {
        if (state.closed()) {
            return List.of(ImportProblem.of("plan.refusal.closed"));
        }
        if (state.plan().isEmpty()) {
            return List.of(ImportProblem.of("plan.refusal.noPlan"));
        }
        var held = FieldCheck.parseDate(heldOn);
        if (held.isEmpty()) {
            return List.of(ImportProblem.of("plan.refusal.dateUnreadable", heldOn == null ? "" : heldOn));
        }
        if (PlanDates.ahead(held.get(), today)) {
            return List.of(ImportProblem.of("plan.refusal.evaluationAhead", FieldCheck.write(held.get())));
        }
        return List.of();
    }

    /** The writes; {@code evaluationWeeks > 0} also plans the next evaluation that many weeks after this one. */
    static List<RecordStore.Write> writes(PlanState state, RecordRef evaluation, LocalDate held, int evaluationWeeks) {
        UUID dossierId = evaluation.dossierId();
        String date = FieldCheck.write(held);
        List<Attendance> attendance = new ArrayList<>();
        for (Member member : state.dossier().members()) {
            attendance.add(new Attendance(member.id(), member.fullName(), null, null, null));
        }
        for (Contact contact : state.dossier().contacts()) {
            attendance.add(new Attendance(contact.id(), contact.name(), null, null, null));
        }
        List<GoalReview> reviews = state.goals().stream()
                .filter(goal -> goal.status() != GoalStatus.STOPPED && goal.status() != GoalStatus.ACHIEVED)
                .map(Goal::id).map(goal -> new GoalReview(goal, null, null, null)).toList();
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put(Evaluation.Field.HELD_ON, date);
        fields.put(Evaluation.Field.ATTENDANCE, attendance);
        fields.put(Evaluation.Field.REVIEWS, reviews);
        List<RecordStore.Write> writes = new ArrayList<>();
        writes.add(new RecordStore.Write(evaluation, fields));
        for (Member member : state.dossier().members()) {
            if (member.role() == HouseholdRole.CHILD) {
                RecordRef assessment = new RecordRef(RecordKind.SAFETY_ASSESSMENT, UuidCreator.getTimeOrderedEpoch(), dossierId);
                writes.add(new RecordStore.Write(assessment, Map.of(SafetyAssessment.Field.CHILD_ID, member.id(),
                        SafetyAssessment.Field.ASSESSED_ON, date, SafetyAssessment.Field.EVALUATION_ID, evaluation.id())));
            }
        }
        if (evaluationWeeks > 0) {
            writes.add(new RecordStore.Write(PlanIds.plan(dossierId),
                    Map.of(Plan.Field.NEXT_EVALUATION_ON, FieldCheck.write(held.plusWeeks(evaluationWeeks)))));
        }
        return writes;
    }
}
