package nl.keukentafel.logic.demo;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.keukentafel.model.HouseholdRole;

/**
 * One fictional family as plain field values, ready to be typed into a vault. Field names are the stored ones
 * ({@code Family.Field}, {@code Member.Field}, {@code Contact.Field}). Immutable.
 */
public record DemoFamily(Map<String, String> household, boolean archived, List<DemoMember> members, List<DemoContact> contacts) {
    public DemoFamily {
        household = frozen(household);
        members = List.copyOf(members);
        contacts = List.copyOf(contacts);
    }

    /** A member of the household, or a parent living elsewhere ({@code Member.Field.RESIDENCE}). */
    public record DemoMember(HouseholdRole role, Map<String, String> fields) {
        public DemoMember {
            fields = frozen(fields);
        }
    }

    /** A person in the network; {@code removed} ones are deleted after creation, to leave a tombstone. */
    public record DemoContact(boolean professional, boolean removed, Map<String, String> fields) {
        public DemoContact {
            fields = frozen(fields);
        }
    }

    /** Keeps the insertion order, so the same seed types the same fields in the same order. */
    private static Map<String, String> frozen(Map<String, String> fields) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }
}
