package nl.keukentafel.model.check;

import java.util.UUID;
import nl.keukentafel.model.RecordIds;
import nl.keukentafel.model.RecordKind;
import nl.keukentafel.model.RecordRef;

/**
 * A finding of the dossier check that a consultant marked as a deliberate exception, with the reason (issue 12). The
 * id is derived from the dossier and the finding's key, so two laptops recording an exception to the same finding
 * offline make one record: the server merges them and reports a conflict where both typed a reason (ADR 0003/0005
 * pattern). Withdrawing the exception deletes the record; recording it again restores it. Immutable.
 *
 * @param findingKey the finding's stable key, e.g. {@code T3:assessment-missing:<childId>}
 * @param reason why the finding is an exception here; never blank
 * @param recordedBy the consultant's name as the vault knows it
 * @param recordedOn the day, dd-mm-jjjj
 */
public record CheckException(UUID id, UUID dossierId, String findingKey, String reason, String recordedBy, String recordedOn) {

    /** Field names as stored and synced. */
    public static final class Field {
        public static final String FINDING_KEY = "findingKey";
        public static final String REASON = "reason";
        public static final String RECORDED_BY = "recordedBy";
        public static final String RECORDED_ON = "recordedOn";

        private Field() {
        }
    }

    /** The one record of an exception to {@code findingKey} in this dossier. */
    public static RecordRef ref(UUID dossierId, String findingKey) {
        return new RecordRef(RecordKind.CHECK_EXCEPTION, RecordIds.derived(dossierId, "check-exception", findingKey), dossierId);
    }
}
