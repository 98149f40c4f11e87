package nl.keukentafel.model.plan;

import java.util.UUID;

/**
 * One involved partner at the closure: informed (date, how) or skipped with a reason. {@code contactId} is the
 * network contact. Immutable.
 */
public record PartnerNotice(UUID contactId, String informedOn, ContactWay how, String skippedReason) {
    public boolean marked() {
        return (informedOn != null && !informedOn.isBlank()) || (skippedReason != null && !skippedReason.isBlank());
    }
}
