package nl.keukentafel.gui.caseload;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import nl.keukentafel.gui.common.TaskExecutor;
import nl.keukentafel.gui.common.UiText;
import nl.keukentafel.gui.common.UndoOffer;
import nl.keukentafel.logic.CaseloadService;
import nl.keukentafel.logic.check.Criterion;
import nl.keukentafel.model.Text;
import nl.keukentafel.store.CaseloadQuery;

/**
 * The caseload list: search as you type, archived families hidden unless asked for or searched for, create
 * and archive. Only the newest search's answer is shown. The "Open punten" column is the dossier check's count with
 * its worst criterion (issue 12), as {@link CaseloadService#entries} gives them. FX thread only.
 */
public final class CaseloadViewModel {
    /** What the caseload shows of one dossier's check: the open findings, the first criterion with any, the late evaluation. */
    public record CheckSummary(int openCount, Criterion worst, boolean evaluationOverdue) {
        static CheckSummary of(CaseloadService.Entry entry) {
            return new CheckSummary(entry.openCount(), entry.worst().map(Criterion::valueOf).orElse(null), entry.evaluationOverdue());
        }
    }

    private final CaseloadService caseload;
    private final TaskExecutor tasks;
    private final Consumer<UUID> openDossier;
    private final StringProperty query = new SimpleStringProperty("");
    private final BooleanProperty showArchived = new SimpleBooleanProperty(false);
    private final ObservableList<CaseloadQuery.Row> rows = FXCollections.observableArrayList();
    private final ObservableList<CaseloadQuery.Row> readOnlyRows = FXCollections.unmodifiableObservableList(rows);
    private final ReadOnlyObjectWrapper<UiText> emptyText = new ReadOnlyObjectWrapper<>(new UiText("caseload.empty"));
    private final ReadOnlyObjectWrapper<UiText> error = new ReadOnlyObjectWrapper<>();
    private final ObservableMap<UUID, CheckSummary> checks = FXCollections.observableHashMap();
    private final ObservableMap<UUID, CheckSummary> readOnlyChecks = FXCollections.unmodifiableObservableMap(checks);
    private final UndoOffer undo = new UndoOffer();
    private long generation;

    public CaseloadViewModel(CaseloadService caseload, TaskExecutor tasks, Consumer<UUID> openDossier) {
        this.caseload = caseload;
        this.tasks = tasks;
        this.openDossier = openDossier;
        query.addListener((observable, old, typed) -> refresh());
        showArchived.addListener((observable, old, shown) -> refresh());
    }

    /** Searches again; a slower earlier answer that arrives later is dropped. */
    public void refresh() {
        long mine = ++generation;
        String typed = query.get() == null ? "" : query.get();
        boolean includeArchived = showArchived.get() || !typed.isBlank();
        tasks.execute(() -> caseload.entries(typed, includeArchived), found -> {
            if (mine == generation) {
                show(typed, found);
            }
        }, failure -> error.set(new UiText("caseload.error.search")));
    }

    private void show(String typed, List<CaseloadService.Entry> found) {
        Map<UUID, CheckSummary> counted = new HashMap<>();
        found.forEach(entry -> counted.put(entry.row().dossierId(), CheckSummary.of(entry)));
        checks.keySet().retainAll(counted.keySet());
        checks.putAll(counted);
        rows.setAll(found.stream().map(CaseloadService.Entry::row).toList());
        error.set(null);
        emptyText.set(Text.isBlank(typed) ? new UiText("caseload.empty") : new UiText("caseload.noMatch", typed.strip()));
    }

    public void open(CaseloadQuery.Row row) {
        if (row != null) {
            openDossier.accept(row.dossierId());
        }
    }

    /** Creates a family with this household name and opens it. Blank names are ignored. */
    public void createFamily(String householdName) {
        if (Text.isBlank(householdName)) {
            return;
        }
        tasks.execute(() -> caseload.createFamily(householdName.strip()).join(), openDossier,
                failure -> error.set(new UiText("caseload.error.create")));
    }

    /**
     * Archives the family (or puts an archived one back) and says so in the undo bar, with the family's name (its dossier
     * number when it has none): on screen only. Undo takes the same use case back.
     */
    public void toggleArchived(CaseloadQuery.Row row) {
        if (row == null) {
            return;
        }
        boolean archive = !row.archived();
        setArchived(row, archive, () -> undo.offer(new UiText(archive ? "caseload.archived" : "caseload.unarchived", named(row)),
                () -> setArchived(row, !archive, () -> { })));
    }

    private void setArchived(CaseloadQuery.Row row, boolean archive, Runnable done) {
        tasks.execute(() -> caseload.setArchived(row.dossierId(), archive).join(), changed -> {
            refresh();
            done.run();
        }, failure -> error.set(new UiText("caseload.error.archive")));
    }

    private static String named(CaseloadQuery.Row row) {
        return Text.isBlank(row.householdName()) ? row.dossierId().toString() : row.householdName().strip();
    }

    /** Undo of the last archive (Ctrl+Z or the undo bar). */
    public UndoOffer undo() {
        return undo;
    }

    /** The family's next evaluation (werkplan) is overdue as the dossier check counts it (T9, after its grace days). */
    public boolean evaluationOverdue(CaseloadQuery.Row row) {
        CheckSummary summary = row == null ? null : checks.get(row.dossierId());
        return summary != null && summary.evaluationOverdue();
    }

    public StringProperty queryProperty() {
        return query;
    }

    public BooleanProperty showArchivedProperty() {
        return showArchived;
    }

    /** The check's count and worst criterion per shown dossier. */
    public ObservableMap<UUID, CheckSummary> checks() {
        return readOnlyChecks;
    }

    public ObservableList<CaseloadQuery.Row> rows() {
        return readOnlyRows;
    }

    public ReadOnlyObjectProperty<UiText> emptyTextProperty() {
        return emptyText.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<UiText> errorProperty() {
        return error.getReadOnlyProperty();
    }
}
