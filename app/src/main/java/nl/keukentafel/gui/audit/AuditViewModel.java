package nl.keukentafel.gui.audit;

import java.util.UUID;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.keukentafel.gui.common.TaskExecutor;
import nl.keukentafel.gui.common.UiText;
import nl.keukentafel.logic.DossierService;
import nl.keukentafel.store.AuditLog;

/** The audit log of one dossier, newest first; read again each time it is shown. FX thread only. */
public final class AuditViewModel {
    private final DossierService dossiers;
    private final UUID dossierId;
    private final TaskExecutor tasks;
    private final ObservableList<AuditLog.Entry> entries = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<UiText> error = new ReadOnlyObjectWrapper<>();

    public AuditViewModel(DossierService dossiers, UUID dossierId, TaskExecutor tasks) {
        this.dossiers = dossiers;
        this.dossierId = dossierId;
        this.tasks = tasks;
    }

    /** Commits pending edits first, so the log shows what is on screen. */
    public void refresh() {
        tasks.execute(() -> {
            dossiers.flush();
            return dossiers.auditLines(dossierId);
        }, found -> {
            entries.setAll(found);
            error.set(null);
        }, failure -> error.set(new UiText("audit.error")));
    }

    public ObservableList<AuditLog.Entry> entries() {
        return FXCollections.unmodifiableObservableList(entries);
    }

    public ReadOnlyObjectProperty<UiText> errorProperty() {
        return error.getReadOnlyProperty();
    }
}
