package nl.keukentafel.model;

import com.github.f4b6a3.uuid.UuidCreator;
import java.util.UUID;

/**
 * Record ids derived from other ids, for records there must be exactly one of (a dossier's intake, the entry of one
 * life domain in one intake, the intake line of one member). Two laptops that create such a record offline create
 * the same id, so the server merges their fields (and reports a conflict where both typed) instead of keeping two
 * records of which the screen would show one. Stateless.
 */
public final class RecordIds {
    private RecordIds() {
    }

    /** A name-based (SHA-1, version 5) UUID of the parent id and the parts, e.g. {@code derived(intakeId, "domain", code)}. */
    public static UUID derived(UUID parent, String... parts) {
        return UuidCreator.getNameBasedSha1(parent, String.join("/", parts));
    }
}
