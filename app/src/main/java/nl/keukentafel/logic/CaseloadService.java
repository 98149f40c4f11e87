package nl.keukentafel.logic;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import nl.keukentafel.model.Family;
import nl.keukentafel.model.RecordKind;
import nl.keukentafel.model.RecordRef;
import nl.keukentafel.store.CaseloadQuery;
import nl.keukentafel.store.Vault;

/** The consultant's families: search, create, archive. Thread-safe. */
public final class CaseloadService {
    static final int LIST_LIMIT = 500;
    private final Vault vault;

    public CaseloadService(Vault vault) {
        this.vault = vault;
    }

    /** Families matching every word of {@code query}; archived ones only when asked for. */
    public List<CaseloadQuery.Row> search(String query, boolean includeArchived) {
        return vault.caseload().search(query, includeArchived, LIST_LIMIT);
    }

    /** A new family dossier; the returned id is the dossier id. */
    public CompletableFuture<UUID> createFamily(String householdName) {
        return vault.records().create(RecordKind.FAMILY, null, Map.of(Family.Field.HOUSEHOLD_NAME, householdName,
                Family.Field.ARCHIVED, false)).thenApply(RecordRef::id);
    }

    public CompletableFuture<Boolean> setArchived(UUID dossierId, boolean archived) {
        return vault.records().patch(new RecordRef(RecordKind.FAMILY, dossierId, dossierId),
                Map.of(Family.Field.ARCHIVED, archived));
    }
}
