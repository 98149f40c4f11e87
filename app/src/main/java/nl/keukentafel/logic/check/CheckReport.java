package nl.keukentafel.logic.check;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The check of one dossier on one day: a result per criterion, in criterion order. Immutable. */
public record CheckReport(UUID dossierId, LocalDate on, List<CriterionResult> results) {
    public CheckReport {
        results = results.stream().sorted(Comparator.comparing(CriterionResult::criterion)).toList();
    }

    /** The open findings, in criterion order. */
    public List<Finding> open() {
        return results.stream().flatMap(result -> result.open().stream()).toList();
    }

    /** The number of open findings: the caseload's "Open punten". */
    public int openCount() {
        return results.stream().mapToInt(result -> result.open().size()).sum();
    }

    /** The first criterion (in the yardstick's order) with open findings, for the caseload's tooltip. */
    public Optional<Criterion> worst() {
        return results.stream().filter(result -> !result.open().isEmpty()).map(CriterionResult::criterion).findFirst();
    }

    /**
     * The werkplan's next evaluation is overdue as T9 counts it (more than the grace days past, not held, no exception
     * recorded): the one rule behind the caseload's "te laat", so the list and the check never disagree.
     */
    public boolean evaluationOverdue() {
        return open().stream().anyMatch(EvaluationScheduleRule::overdue);
    }

    public CriterionResult result(Criterion criterion) {
        return results.stream().filter(result -> result.criterion() == criterion).findFirst().orElseThrow();
    }
}
