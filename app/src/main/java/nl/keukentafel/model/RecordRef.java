package nl.keukentafel.model;

import java.util.Objects;
import java.util.UUID;

/** Points at one record of one dossier. The dossier id of a family record is its own id. */
public record RecordRef(RecordKind kind, UUID id, UUID dossierId) {
    public RecordRef {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(dossierId, "dossierId");
    }

    @Override
    public String toString() {
        return kind.code() + ":" + id;
    }
}
