package nl.keukentafel.gui.settings;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.keukentafel.gui.common.TaskExecutor;
import nl.keukentafel.gui.common.UiText;
import nl.keukentafel.logic.intake.DomainLists;
import nl.keukentafel.logic.intake.ImportProblem;
import nl.keukentafel.model.intake.DomainList;

/**
 * The list of life domains new intakes start with: its name and version, and replacing it by a municipality's file.
 * A file with any problem changes nothing and every problem is shown. Intakes already made keep their own copy.
 * FX thread only.
 */
public final class DomainListViewModel {
    private final DomainLists lists;
    private final TaskExecutor tasks;
    private final ReadOnlyObjectWrapper<DomainList> active = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<UiText> message = new ReadOnlyObjectWrapper<>();
    private final ObservableList<UiText> problems = FXCollections.observableArrayList();

    public DomainListViewModel(DomainLists lists, TaskExecutor tasks) {
        this.lists = lists;
        this.tasks = tasks;
    }

    public void load() {
        tasks.execute(lists::active, this::showActive, failure -> message.set(new UiText("intake.settings.error")));
    }

    /** Reads the file and replaces the active list when the whole file is right. */
    public void replace(Path file) {
        tasks.execute(() -> {
            String json;
            try {
                json = Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException unreadable) {
                return List.of(ImportProblem.of("intake.settings.unreadable"));
            }
            return lists.replace(json);
        }, this::showOutcome, failure -> message.set(new UiText("intake.settings.error")));
    }

    /** Back to the shipped ZRM-2017 list for new intakes. */
    public void reset() {
        tasks.execute(() -> {
            lists.reset();
            return List.<ImportProblem>of();
        }, this::showOutcome, failure -> message.set(new UiText("intake.settings.error")));
    }

    private void showOutcome(List<ImportProblem> found) {
        problems.setAll(found.stream().map(problem -> new UiText(problem.messageKey(), problem.arguments().toArray())).toList());
        message.set(new UiText(found.isEmpty() ? "intake.settings.replaced" : "intake.settings.refused"));
        load();
    }

    private void showActive(DomainList list) {
        active.set(list);
    }

    /** The active list (name, id, version shown). */
    public ReadOnlyObjectProperty<DomainList> activeProperty() {
        return active.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<UiText> messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Why the last file was refused, in the consultant's language; empty after a success. */
    public ObservableList<UiText> problems() {
        return problems;
    }
}
