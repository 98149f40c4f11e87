package nl.keukentafel.logic.check;

import java.util.List;

/** One criterion's verdict on a dossier, its open findings and the findings recorded as exceptions. Immutable. */
public record CriterionResult(Criterion criterion, Verdict verdict, List<Finding> open, List<WaivedFinding> waived) {
    public CriterionResult {
        open = List.copyOf(open);
        waived = List.copyOf(waived);
    }
}
