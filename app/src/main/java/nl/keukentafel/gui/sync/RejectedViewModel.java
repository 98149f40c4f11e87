package nl.keukentafel.gui.sync;

import java.util.Comparator;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.keukentafel.gui.common.TaskExecutor;
import nl.keukentafel.gui.common.UiText;
import nl.keukentafel.logic.sync.RejectedItem;
import nl.keukentafel.logic.sync.SyncService;
import nl.keukentafel.sync.protocol.RejectReason;

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

    /**
     * The reason in words; a code without its own sentence, or one this app does not know (a newer server's), is shown
     * as it is, inside a general sentence. Every {@link RejectReason} is named here, so a new one is a compile error.
     */
    public static UiText reason(String code) {
        Optional<RejectReason> known = RejectReason.fromCode(code);
        if (known.isEmpty()) {
            // Codes of servers from before the protocol module, still in vaults' rejected lists.
            return switch (code == null ? "" : code) {
                case "schema" -> new UiText("sync.rejected.reason.schema");
                case "forbidden", "not-found" -> new UiText("sync.rejected.reason.forbidden");
                default -> new UiText("sync.rejected.reason.other", String.valueOf(code));
            };
        }
        return switch (known.get()) {
            case LEFT_CASELOAD -> new UiText("sync.rejected.reason.leftCaseload");
            case MALFORMED -> new UiText("sync.rejected.reason.malformed");
            case UNKNOWN_SCHEMA -> new UiText("sync.rejected.reason.schema");
            case UNKNOWN_RECORD, DOSSIER_MISMATCH -> new UiText("sync.rejected.reason.forbidden");
            case FROZEN -> new UiText("sync.rejected.reason.frozen");
            case UNSTORABLE_TEXT -> new UiText("sync.rejected.reason.unstorableText");
            case RECORD_TOO_LARGE -> new UiText("sync.rejected.reason.tooLarge");
            case INVALID_RECORD -> new UiText("sync.rejected.reason.invalid");
            case KIND_MISMATCH, UNKNOWN_BASE_VERSION, BAD_RESOLVES, CLIENT_ID_TAKEN ->
                    new UiText("sync.rejected.reason.other", known.get().code());
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
