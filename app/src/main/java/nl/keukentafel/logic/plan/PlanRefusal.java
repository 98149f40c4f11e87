package nl.keukentafel.logic.plan;

import java.util.List;
import java.util.stream.Collectors;
import nl.keukentafel.i18n.Localization;
import nl.keukentafel.logic.intake.ImportProblem;

/**
 * A werkplan use case said no (a date too far ahead, partners not informed before closing, an import with problems):
 * nothing was written. The sentences are message keys of {@code i18n/plan*.properties} with arguments; the arguments
 * may name people for the screen, so {@link #getMessage()} holds only the keys (it may end up in a log). Immutable
 * and thread-safe.
 */
public final class PlanRefusal extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient List<ImportProblem> problems;

    public PlanRefusal(List<ImportProblem> problems) {
        super("plan refused: " + problems.stream().map(ImportProblem::messageKey).collect(Collectors.joining(", ")));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a refusal needs a reason");
        }
        this.problems = List.copyOf(problems);
    }

    public static PlanRefusal of(String messageKey, Object... arguments) {
        return new PlanRefusal(List.of(ImportProblem.of(messageKey, arguments)));
    }

    public List<ImportProblem> problems() {
        return problems;
    }

    /** The sentences in the user's language, one per line. */
    public String text(Localization text) {
        return problems.stream().map(problem -> problem.text(text)).collect(Collectors.joining("\n"));
    }

    /** The refusal inside a failed future's exception, if that is what it is. */
    public static java.util.Optional<PlanRefusal> in(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof PlanRefusal refusal) {
                return java.util.Optional.of(refusal);
            }
        }
        return java.util.Optional.empty();
    }
}
