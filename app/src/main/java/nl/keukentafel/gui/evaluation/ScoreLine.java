package nl.keukentafel.gui.evaluation;

import nl.keukentafel.gui.common.AutosavedChoice;
import nl.keukentafel.model.RecordRef;

/** One life domain's score now at an evaluation, beside the intake's score(s) as text. FX thread only. */
final class ScoreLine {
    private final String code;
    private final String label;
    private final String atIntake;
    private final AutosavedChoice<Integer> now;

    ScoreLine(String code, String label, String atIntake, Integer stored, RecordRef evaluation, Edits edits) {
        this.code = code;
        this.label = label;
        this.atIntake = atIntake;
        now = new AutosavedChoice<>(stored, chosen -> edits.lines().write(() -> edits.plan().setScore(evaluation, code, chosen)));
    }

    void showStored(Integer stored) {
        now.showStored(stored);
    }

    String code() {
        return code;
    }

    String label() {
        return label;
    }

    String atIntake() {
        return atIntake;
    }

    AutosavedChoice<Integer> now() {
        return now;
    }
}
