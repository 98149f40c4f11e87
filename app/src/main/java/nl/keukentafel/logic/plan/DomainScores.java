package nl.keukentafel.logic.plan;

import java.util.ArrayList;
import java.util.List;
import nl.keukentafel.logic.intake.IntakeState;
import nl.keukentafel.model.intake.DomainEntry;
import nl.keukentafel.model.intake.DomainList;
import nl.keukentafel.model.plan.Evaluation;

/**
 * The life-domain scores at an evaluation beside the intake's (issue 11): one row per domain of the intake's own list,
 * with the household's score at the intake and the score now, either possibly empty. Nothing is computed from them.
 * Stateless and thread-safe.
 */
public final class DomainScores {
    private DomainScores() {
    }

    /** One domain: code, label, score at the intake (household entry), score now (this evaluation). */
    public record Row(String code, String label, Integer atIntake, Integer now) {
    }

    public static List<Row> beside(IntakeState intake, Evaluation evaluation) {
        List<Row> rows = new ArrayList<>();
        DomainList list = intake.intake().map(started -> started.domainList()).orElse(null);
        if (list == null) {
            return rows;
        }
        for (DomainList.DomainDefinition domain : list.domains()) {
            Integer atIntake = intake.domains().stream()
                    .filter(entry -> domain.code().equals(entry.domainCode()) && entry.memberIds().isEmpty())
                    .map(DomainEntry::score).filter(score -> score != null).findFirst().orElse(null);
            rows.add(new Row(domain.code(), domain.label(), atIntake, evaluation == null ? null : evaluation.scores().get(domain.code())));
        }
        return rows;
    }
}
