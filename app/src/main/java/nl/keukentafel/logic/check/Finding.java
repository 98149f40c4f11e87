package nl.keukentafel.logic.check;

import java.util.List;
import java.util.Objects;
import nl.keukentafel.model.RecordRef;

/**
 * One thing a dossier still lacks for a criterion: what exactly and for whom (a message key of the check's bundle
 * with arguments: names, dates — never computed verdicts on safety), and the place to fix it: a record and a field
 * the screens can jump to. Where no record exists yet, the target is the record it is about (the member, the goal,
 * the family) and the field a pseudo-field starting with {@code +} (the intake's {@code OpenItem} constants, or
 * {@code +goal}, {@code +action}, {@code +evaluation}, {@code +version}, {@code +scaling}, {@code +closure}).
 *
 * <p>{@code key} identifies the finding across runs and laptops, so a recorded exception keeps matching it: the
 * criterion, the rule's own short name, and the ids it is about, e.g. {@code T3:assessment-missing:<childId>}.
 * Immutable.
 */
public record Finding(Criterion criterion, String key, RecordRef target, String field, String messageKey, List<Object> arguments) {
    public Finding {
        Objects.requireNonNull(criterion, "criterion");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(messageKey, "messageKey");
        arguments = List.copyOf(arguments);
    }

    public static Finding of(Criterion criterion, String key, RecordRef target, String field, String messageKey, Object... arguments) {
        return new Finding(criterion, key, target, field, messageKey, List.of(arguments));
    }
}
