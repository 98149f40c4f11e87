package nl.keukentafel.gui.sync;

import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import nl.keukentafel.gui.common.TaskExecutor;
import nl.keukentafel.gui.common.UiText;
import nl.keukentafel.logic.sync.ConflictItem;
import nl.keukentafel.logic.sync.Resolution;
import nl.keukentafel.logic.sync.SyncService;

/**
 * One conflict and the ways out of it: keep the server's value, keep this side's, or type a new one (text
 * fields only); for a delete racing an edit, keep the record or delete it. Nothing is chosen by a clock.
 * FX thread only.
 */
public final class MergeViewModel {
    private final SyncService service;
    private final TaskExecutor tasks;
    private final ConflictItem item;
    private final Runnable resolved;
    private final StringProperty typed = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<UiText> error = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);

    public MergeViewModel(SyncService service, TaskExecutor tasks, ConflictItem item, Runnable resolved) {
        this.service = service;
        this.tasks = tasks;
        this.item = item;
        this.resolved = resolved;
        if (canType()) {
            typed.set(item.clientValue() == null ? "" : item.clientValue().toString());
        }
    }

    public ConflictItem item() {
        return item;
    }

    /** A new value can be typed only for a text field that both sides still hold. */
    public boolean canType() {
        return item.typable();
    }

    public void keepServer() {
        resolve(Resolution.keepServer());
    }

    public void keepMine() {
        resolve(Resolution.keepMine());
    }

    public void keepTyped() {
        if (canType()) {
            resolve(Resolution.typed(typed.get() == null ? "" : typed.get()));
        }
    }

    /** Whole-record conflict: the side that did not delete it wins. */
    public void keepRecord() {
        resolve(Resolution.keepRecord(item));
    }

    /** Whole-record conflict: the side that deleted it wins. */
    public void deleteRecord() {
        resolve(Resolution.deleteRecord(item));
    }

    private void resolve(Resolution resolution) {
        if (busy.get()) {
            return;
        }
        busy.set(true);
        error.set(null);
        tasks.execute(() -> {
            await(resolution);
            return true;
        }, done -> {
            busy.set(false);
            resolved.run();
        }, failure -> {
            busy.set(false);
            error.set(SyncStatusTexts.failure(failure));
        });
    }

    private void await(Resolution resolution) throws Exception {
        try {
            service.resolve(item.conflictId(), resolution).get();
        } catch (ExecutionException | CompletionException wrapped) {
            throw wrapped.getCause() instanceof Exception cause ? cause : wrapped;
        }
    }

    public StringProperty typedProperty() {
        return typed;
    }

    public ReadOnlyObjectProperty<UiText> errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
