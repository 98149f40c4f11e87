package nl.keukentafel.gui.evaluation;

import java.util.UUID;
import nl.keukentafel.gui.common.AutosavedChoice;
import nl.keukentafel.gui.common.AutosavedText;
import nl.keukentafel.model.RecordRef;
import nl.keukentafel.model.plan.GoalDecision;
import nl.keukentafel.model.plan.GoalResult;
import nl.keukentafel.model.plan.GoalReview;

/** One goal at an evaluation: result, note and decision; each change writes the goal's whole review. FX thread only. */
final class ReviewLine {
    private final UUID goalId;
    private final String goalText;
    private final AutosavedChoice<GoalResult> result;
    private final AutosavedText note;
    private final AutosavedChoice<GoalDecision> decision;

    ReviewLine(GoalReview stored, String goalText, RecordRef evaluation, Edits edits) {
        this.goalId = stored.goalId();
        this.goalText = goalText;
        Runnable save = () -> edits.lines().write(() -> edits.plan().setReview(evaluation, review()));
        result = new AutosavedChoice<>(stored.result(), chosen -> save.run());
        note = new AutosavedText(stored.note(), typed -> save.run());
        decision = new AutosavedChoice<>(stored.decision(), chosen -> save.run());
    }

    GoalReview review() {
        return new GoalReview(goalId, result.value(), note.text(), decision.value());
    }

    void showStored(GoalReview stored) {
        result.showStored(stored.result());
        note.showStored(stored.note());
        decision.showStored(stored.decision());
    }

    UUID goalId() {
        return goalId;
    }

    String goalText() {
        return goalText;
    }

    AutosavedChoice<GoalResult> result() {
        return result;
    }

    AutosavedText note() {
        return note;
    }

    AutosavedChoice<GoalDecision> decision() {
        return decision;
    }
}
