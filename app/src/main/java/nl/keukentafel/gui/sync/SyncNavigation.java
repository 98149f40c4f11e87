package nl.keukentafel.gui.sync;

import java.util.UUID;
import nl.keukentafel.logic.sync.ConflictItem;

/** Where the sync screens can go. Implemented by the shell. FX thread only. */
public interface SyncNavigation {
    void showServer();

    /** {@code dossierId} null: the conflicts of every family. */
    void showConflicts(UUID dossierId);

    /** The merge view; back returns to the list it came from ({@code listDossierId} as there). */
    void showConflict(ConflictItem item, UUID listDossierId);

    void showRejected();

    void showCaseload();

    void showDossier(UUID dossierId);
}
