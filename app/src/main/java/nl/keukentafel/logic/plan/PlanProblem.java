package nl.keukentafel.logic.plan;

import java.util.List;
import nl.keukentafel.i18n.Localization;
import nl.keukentafel.logic.intake.ImportProblem;
import nl.keukentafel.model.RecordRef;

/**
 * One wrong value in a werkplan (an unreadable date, an action due before the plan started, an evaluation dated ahead,
 * a stopped goal without reason), pointing at the record and field where it is corrected: a message key of
 * {@code i18n/plan*.properties} with arguments (places and labels, not what was typed). Shown, never blocking typing.
 * Immutable.
 */
public record PlanProblem(RecordRef target, String field, String messageKey, List<Object> arguments) {
    public PlanProblem {
        arguments = List.copyOf(arguments);
    }

    /** The sentence in the user's language. */
    public String text(Localization text) {
        return new ImportProblem(messageKey, arguments).text(text);
    }
}
