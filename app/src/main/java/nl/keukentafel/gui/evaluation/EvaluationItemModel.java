package nl.keukentafel.gui.evaluation;

import nl.keukentafel.logic.intake.Ages;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.keukentafel.gui.common.AutosavedText;
import nl.keukentafel.gui.intake.safety.AssessmentViewModel;
import nl.keukentafel.gui.intake.common.IntakeDates;
import nl.keukentafel.gui.intake.common.MarkedText;
import nl.keukentafel.logic.intake.IntakeState;
import nl.keukentafel.logic.plan.DomainScores;
import nl.keukentafel.logic.plan.People;
import nl.keukentafel.logic.plan.PlanState;
import nl.keukentafel.logic.plan.SafetyTimeline;
import nl.keukentafel.model.HouseholdRole;
import nl.keukentafel.model.Member;
import nl.keukentafel.model.RecordKind;
import nl.keukentafel.model.RecordRef;
import nl.keukentafel.model.intake.SafetyAssessment;
import nl.keukentafel.model.plan.Attendance;
import nl.keukentafel.model.plan.Evaluation;
import nl.keukentafel.model.plan.Goal;
import nl.keukentafel.model.plan.GoalReview;

/**
 * One evaluation as the tab edits it: date and notes (autosaved), who was there, each goal's review, each child's
 * safety now beside the start, and life-domain scores now beside the intake's. Lines are kept per person, goal and
 * domain so a field being typed in survives a reload. FX thread only.
 */
final class EvaluationItemModel {
    private final RecordRef ref;
    private final Edits edits;
    private final LocalDate today;
    private final MarkedText heldOn;
    private final AutosavedText notes;
    private final Map<String, AttendanceLine> attendance = new LinkedHashMap<>();
    private final Map<UUID, ReviewLine> reviews = new LinkedHashMap<>();
    private final Map<String, ScoreLine> scores = new LinkedHashMap<>();
    private final Map<UUID, AssessmentViewModel> assessments = new HashMap<>();
    private List<ChildSafety> safety = List.of();

    EvaluationItemModel(Evaluation stored, Edits edits, LocalDate today) {
        this.ref = new RecordRef(RecordKind.EVALUATION, stored.id(), stored.dossierId());
        this.edits = edits;
        this.today = today;
        heldOn = new MarkedText(stored.heldOn(), typed -> IntakeDates.problem(typed, today.plusDays(1)),
                typed -> edits.plan().edit(ref, Evaluation.Field.HELD_ON, typed));
        notes = new AutosavedText(stored.notes(), typed -> edits.plan().edit(ref, Evaluation.Field.NOTES, typed));
    }

    /** Shows what is stored now; lines that came or went are added or dropped. */
    void show(Evaluation stored, PlanState plan, IntakeState intake) {
        heldOn.text().showStored(stored.heldOn());
        notes.showStored(stored.notes());
        Map<String, AttendanceLine> keptAttendance = new LinkedHashMap<>();
        for (Attendance line : stored.attendance()) {
            String key = line.personId() != null ? line.personId().toString() : "name:" + line.name();
            AttendanceLine existing = attendance.get(key);
            if (existing == null) {
                String name = line.personId() == null ? line.name() : People.name(plan.dossier(), line.personId());
                existing = new AttendanceLine(line, name == null ? "" : name, ref, edits);
            } else {
                existing.showStored(line);
            }
            keptAttendance.put(key, existing);
        }
        attendance.clear();
        attendance.putAll(keptAttendance);
        Map<UUID, ReviewLine> keptReviews = new LinkedHashMap<>();
        for (GoalReview review : stored.reviews()) {
            ReviewLine existing = reviews.get(review.goalId());
            if (existing == null) {
                String text = plan.goals().stream().filter(goal -> goal.id().equals(review.goalId())).map(Goal::text)
                        .findFirst().orElse("");
                existing = new ReviewLine(review, text, ref, edits);
            } else {
                existing.showStored(review);
            }
            keptReviews.put(review.goalId(), existing);
        }
        reviews.clear();
        reviews.putAll(keptReviews);
        showScores(stored, intake);
        showSafety(stored, intake);
    }

    /** The domains scored at the intake (the household's score, {@link DomainScores}), each with its score now. */
    private void showScores(Evaluation stored, IntakeState intake) {
        Map<String, ScoreLine> kept = new LinkedHashMap<>();
        for (DomainScores.Row row : DomainScores.beside(intake, stored)) {
            if (row.atIntake() == null) {
                continue;
            }
            ScoreLine existing = scores.get(row.code());
            if (existing == null) {
                existing = new ScoreLine(row.code(), row.label(), String.valueOf(row.atIntake()), row.now(), ref, edits);
            } else {
                existing.showStored(row.now());
            }
            kept.put(row.code(), existing);
        }
        scores.clear();
        scores.putAll(kept);
    }

    private void showSafety(Evaluation stored, IntakeState intake) {
        List<ChildSafety> shown = new ArrayList<>();
        for (Member child : intake.dossier().members()) {
            if (child.role() != HouseholdRole.CHILD) {
                continue;
            }
            SafetyTimeline timeline = SafetyTimeline.of(intake, child.id(), stored.id());
            Optional<AssessmentViewModel> now = timeline.now().map(assessment -> assessmentModel(assessment, child));
            Optional<Integer> age = Ages.ageOn(child.birthDate(), today).stream().boxed().findFirst();
            shown.add(new ChildSafety(child, age, timeline.first(), timeline.previous(), now));
        }
        safety = List.copyOf(shown);
    }

    private AssessmentViewModel assessmentModel(SafetyAssessment stored, Member child) {
        AssessmentViewModel existing = assessments.get(stored.id());
        if (existing == null) {
            existing = new AssessmentViewModel(stored, child, edits.intake(), today);
            assessments.put(stored.id(), existing);
        } else {
            existing.showStored(stored, child);
        }
        return existing;
    }

    /** What decides the pane's layout: the lines and the children's assessments (not their values). */
    List<Object> shape() {
        List<Object> shape = new ArrayList<>();
        shape.addAll(attendance.keySet());
        shape.addAll(reviews.keySet());
        shape.addAll(scores.keySet());
        safety.forEach(child -> {
            shape.add(child.child().id());
            shape.add(child.first().map(SafetyAssessment::id));
            shape.add(child.previous().map(SafetyAssessment::id));
            shape.add(child.now().map(now -> now.ref().id()));
        });
        return shape;
    }

    RecordRef ref() {
        return ref;
    }

    MarkedText heldOn() {
        return heldOn;
    }

    AutosavedText notes() {
        return notes;
    }

    List<AttendanceLine> attendance() {
        return List.copyOf(attendance.values());
    }

    List<ReviewLine> reviews() {
        return List.copyOf(reviews.values());
    }

    List<ScoreLine> scores() {
        return List.copyOf(scores.values());
    }

    List<ChildSafety> safety() {
        return safety;
    }
}
