package nl.keukentafel.gui.sync;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.keukentafel.gui.common.TaskExecutor;
import nl.keukentafel.gui.common.UiText;
import nl.keukentafel.logic.sync.ConflictItem;
import nl.keukentafel.logic.sync.SyncService;

/**
 * The open conflicts, of every family or of one, sorted so that one household's conflicts stand together
 * and, within a record, the whole-record conflict comes first. Read again each time it is shown. FX thread only.
 */
public final class ConflictsViewModel {
    private static final Comparator<ConflictItem> BY_HOUSEHOLD = Comparator
            .comparing((ConflictItem item) -> item.householdName() == null ? "" : item.householdName(), String.CASE_INSENSITIVE_ORDER)
            .thenComparing(item -> item.ref().dossierId())
            .thenComparing(item -> item.ref().kind())
            .thenComparing(item -> item.ref().id())
            .thenComparing(item -> item.field() == null ? "" : item.field());

    private final SyncService service;
    private final TaskExecutor tasks;
    private final UUID dossierId;
    private final ObservableList<ConflictItem> conflicts = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<UiText> error = new ReadOnlyObjectWrapper<>();

    /** {@code dossierId} null: the conflicts of every family. */
    public ConflictsViewModel(SyncService service, TaskExecutor tasks, UUID dossierId) {
        this.service = service;
        this.tasks = tasks;
        this.dossierId = dossierId;
    }

    public void load() {
        tasks.execute(() -> sorted(dossierId == null ? service.openConflicts() : service.openConflicts(dossierId)), found -> {
            conflicts.setAll(found);
            error.set(null);
        }, failure -> error.set(SyncStatusTexts.failure(failure)));
    }

    /** Shows these conflicts as if just read; for the screen tests and screenshots, which have no server. */
    void show(List<ConflictItem> found) {
        conflicts.setAll(sorted(found));
    }

    static List<ConflictItem> sorted(List<ConflictItem> found) {
        return found.stream().sorted(BY_HOUSEHOLD).toList();
    }

    /** True when the item starts a new household in the sorted list, so the list shows the household's name above it. */
    public boolean startsHousehold(int index) {
        return index == 0 || !conflicts.get(index - 1).ref().dossierId().equals(conflicts.get(index).ref().dossierId());
    }

    public ObservableList<ConflictItem> conflicts() {
        return FXCollections.unmodifiableObservableList(conflicts);
    }

    public UUID dossierId() {
        return dossierId;
    }

    public ReadOnlyObjectProperty<UiText> errorProperty() {
        return error.getReadOnlyProperty();
    }
}
