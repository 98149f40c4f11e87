package nl.keukentafel.gui.sync;

import java.util.Comparator;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.keukentafel.gui.common.TaskExecutor;
import nl.keukentafel.gui.common.UiText;
import nl.keukentafel.logic.sync.RejectedItem;
import nl.keukentafel.logic.sync.SyncService;

/** The changes the server refused, newest first. Informational: the server keeps them. FX thread only. */
public final class RejectedViewModel {
    private final SyncService service;
    private final TaskExecutor tasks;
    private final ObservableList<RejectedItem> rejected = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<UiText> error = new ReadOnlyObjectWrapper<>();

    public RejectedViewModel(SyncService service, TaskExecutor tasks) {
        this.service = service;
        this.tasks = tasks;
    }

    public void load() {
        tasks.execute(() -> service.rejected().stream()
                .sorted(Comparator.comparing(RejectedItem::at, Comparator.nullsLast(Comparator.reverseOrder()))).toList(), found -> {
                    rejected.setAll(found);
                    error.set(null);
                }, failure -> error.set(SyncStatusTexts.failure(failure)));
    }

    /** Shows these as if just read; for the screen tests and screenshots, which have no server. */
    void show(java.util.List<RejectedItem> found) {
        rejected.setAll(found);
    }

    /** The reason in words; an unknown code is shown as it is, inside a general sentence. */
    public static UiText reason(String code) {
        return switch (code == null ? "" : code) {
            case "left-caseload" -> new UiText("sync.rejected.reason.leftCaseload");
            case "malformed" -> new UiText("sync.rejected.reason.malformed");
            case "unknown-schema", "schema" -> new UiText("sync.rejected.reason.schema");
            case "forbidden", "not-found", "unknown-record", "dossier-mismatch" -> new UiText("sync.rejected.reason.forbidden");
            case "frozen" -> new UiText("sync.rejected.reason.frozen");
            case "unstorable-text" -> new UiText("sync.rejected.reason.unstorableText");
            case "record-too-large" -> new UiText("sync.rejected.reason.tooLarge");
            case "invalid-record" -> new UiText("sync.rejected.reason.invalid");
            default -> new UiText("sync.rejected.reason.other", String.valueOf(code));
        };
    }

    /** What was sent, in words. */
    public static UiText operation(String op) {
        return switch (op == null ? "" : op) {
            case "create" -> new UiText("sync.op.create");
            case "patch", "update" -> new UiText("sync.op.patch");
            case "delete" -> new UiText("sync.op.delete");
            case "restore" -> new UiText("sync.op.restore");
            default -> new UiText("sync.op.other", String.valueOf(op));
        };
    }

    public ObservableList<RejectedItem> rejected() {
        return FXCollections.unmodifiableObservableList(rejected);
    }

    public ReadOnlyObjectProperty<UiText> errorProperty() {
        return error.getReadOnlyProperty();
    }
}
