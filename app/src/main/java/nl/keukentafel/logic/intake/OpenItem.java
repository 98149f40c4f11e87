package nl.keukentafel.logic.intake;

import java.util.List;
import nl.keukentafel.model.RecordRef;

/**
 * One thing still open in an intake, pointing at the record and field where it is settled, with a message key of
 * {@code i18n/intake*.properties} and its arguments (names, never computed verdicts). Where no record exists yet the
 * target is the member or contact it is about and the field one of the pseudo-fields below. Immutable.
 */
public record OpenItem(Category category, RecordRef target, String field, String messageKey, List<Object> arguments) {
    /** Target field for "add a safety assessment for this child" (target: the child's member record). */
    public static final String ADD_ASSESSMENT = "+assessment";
    /** Target field for "add or waive this professional" (target: the child's member record, or the family). */
    public static final String ADD_PROFESSIONAL = "+professional";
    /** Target field for "record consent for sharing with this contact" (target: the contact). */
    public static final String ADD_CONSENT = "+consent";
    /** Target field for "start the intake" (target: the family). */
    public static final String START_INTAKE = "+intake";

    public OpenItem {
        arguments = List.copyOf(arguments);
    }

    /** In the order the panel groups them. */
    public enum Category { MEMBER_NOT_HEARD, DOMAIN_OPEN, SAFETY_MISSING, PROFESSIONAL_MISSING, CONSENT_MISSING, INPUT_PROBLEM }
}
