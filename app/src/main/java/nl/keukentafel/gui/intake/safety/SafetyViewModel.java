package nl.keukentafel.gui.intake.safety;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import nl.keukentafel.gui.common.UiText;
import nl.keukentafel.gui.intake.common.IntakeContext;
import nl.keukentafel.logic.intake.Ages;
import nl.keukentafel.logic.intake.IntakeState;
import nl.keukentafel.model.FieldCheck;
import nl.keukentafel.model.HouseholdRole;
import nl.keukentafel.model.Member;
import nl.keukentafel.model.intake.SafetyAssessment;

/**
 * The safety part of the intake: each child with its dated assessments, newest first. Adding one always makes a new
 * record, so the first assessment stays as it was for later comparison. FX thread only.
 */
public final class SafetyViewModel {
    /** A child and its assessments, newest first. */
    public record ChildAssessments(Member child, Optional<Integer> age, List<AssessmentViewModel> newestFirst) {
    }

    private final IntakeContext context;
    private final Map<UUID, AssessmentViewModel> assessments = new HashMap<>();
    private final ReadOnlyObjectWrapper<List<ChildAssessments>> children = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyObjectWrapper<UiText> error = new ReadOnlyObjectWrapper<>();

    public SafetyViewModel(IntakeContext context) {
        this.context = context;
    }

    public void show(IntakeState state) {
        LocalDate today = LocalDate.now(context.clock());
        List<ChildAssessments> shown = new ArrayList<>();
        for (Member member : state.dossier().members()) {
            if (member.role() != HouseholdRole.CHILD) {
                continue;
            }
            List<AssessmentViewModel> ofChild = new ArrayList<>();
            for (SafetyAssessment stored : newestFirst(state.assessmentsOf(member.id()))) {
                AssessmentViewModel existing = assessments.get(stored.id());
                if (existing == null) {
                    existing = new AssessmentViewModel(stored, member, context.intake(), today);
                    assessments.put(stored.id(), existing);
                } else {
                    existing.showStored(stored, member);
                }
                ofChild.add(existing);
            }
            Optional<Integer> age = Ages.ageOn(member.birthDate(), today).stream().boxed().findFirst();
            shown.add(new ChildAssessments(member, age, List.copyOf(ofChild)));
        }
        children.set(List.copyOf(shown));
    }

    /** Newest date first; an unreadable or empty date after the dated ones; the same date: the later record first. */
    static List<SafetyAssessment> newestFirst(List<SafetyAssessment> inCreationOrder) {
        List<SafetyAssessment> sorted = new ArrayList<>(inCreationOrder.reversed());
        sorted.sort(Comparator.comparing((SafetyAssessment assessment) -> FieldCheck.parseDate(assessment.assessedOn())
                .orElse(LocalDate.MIN)).reversed());
        return sorted;
    }

    /** A new assessment dated today; earlier ones are not touched. */
    public void addAssessment(UUID childId) {
        String today = FieldCheck.write(LocalDate.now(context.clock()));
        context.tasks().execute(() -> context.intake().addAssessment(context.dossierId(), childId, today).join(),
                added -> context.changed().run(), failure -> error.set(new UiText("dossier.error.add")));
    }

    public ReadOnlyObjectProperty<List<ChildAssessments>> childrenProperty() {
        return children.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<UiText> errorProperty() {
        return error.getReadOnlyProperty();
    }
}
