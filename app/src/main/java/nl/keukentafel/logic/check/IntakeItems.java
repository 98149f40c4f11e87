package nl.keukentafel.logic.check;

import java.util.List;
import nl.keukentafel.logic.intake.OpenItem;

/**
 * Turns the intake's open items (logic.intake.IntakeCheck, the one place of those rules) into findings with a stable
 * key: the criterion, the rule's short name and the id of the record the item points at. Stateless.
 */
final class IntakeItems {
    private IntakeItems() {
    }

    static Finding finding(Criterion criterion, String rule, OpenItem item) {
        return new Finding(criterion, criterion.name() + ":" + rule + ":" + item.target().id(), item.target(), item.field(),
                item.messageKey(), item.arguments());
    }

    /** The rule's short name from the item's message key, e.g. {@code intake.open.memberNoStatus} gives {@code memberNoStatus}. */
    static String shortName(OpenItem item) {
        String key = item.messageKey();
        return key.substring(key.lastIndexOf('.') + 1);
    }

    static List<Finding> findings(Criterion criterion, List<OpenItem> items) {
        return items.stream().map(item -> finding(criterion, shortName(item), item)).toList();
    }
}
