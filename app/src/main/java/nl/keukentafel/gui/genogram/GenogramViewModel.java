package nl.keukentafel.gui.genogram;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.util.Subscription;
import nl.keukentafel.gui.common.DossierChanges;
import nl.keukentafel.gui.common.TaskExecutor;
import nl.keukentafel.gui.common.UiText;
import nl.keukentafel.gui.drawing.DrawingExports;
import nl.keukentafel.logic.genogram.GenogramEditing;
import nl.keukentafel.logic.genogram.GenogramEdits;
import nl.keukentafel.logic.genogram.GenogramService;
import nl.keukentafel.logic.genogram.GenogramState;
import nl.keukentafel.logic.genogram.export.ExportFormat;
import nl.keukentafel.model.Gender;
import nl.keukentafel.model.RecordRef;
import nl.keukentafel.model.genogram.RelationType;

/**
 * The genogram editor's state: the stored genogram and its picture, the selected person, and the actions a
 * consultant takes while the family talks (add partner, child, parents, sibling; delete; undo/redo; drag; reset). Each
 * action is written off the FX thread, then the genogram is read and laid out again there. FX thread only.
 */
public final class GenogramViewModel {
    private final GenogramService service;
    private final GenogramEdits edits;
    private final GenogramEditing editing;
    private final GenogramPictures pictures;
    private final DrawingExports exports;
    private final DossierChanges changes;
    private final TaskExecutor tasks;
    private final Clock clock;
    private final UUID dossierId;
    private final ReadOnlyObjectWrapper<GenogramState> state = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<GenogramPicture> picture = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<UUID> selected = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<UiText> message = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyIntegerWrapper nameRequests = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper reloads = new ReadOnlyIntegerWrapper();
    private final ReadOnlyObjectWrapper<UUID> relationFrom = new ReadOnlyObjectWrapper<>();

    private record Read(GenogramState state, GenogramPicture picture, GenogramEditing.Outcome outcome) {
    }

    /** {@code changes}: when the dossier may have changed underneath (a sync round ended), see {@link #followChanges()}. */
    public GenogramViewModel(GenogramEdits edits, GenogramPictures pictures, DrawingExports exports, DossierChanges changes,
                             UUID dossierId, TaskExecutor tasks, Clock clock) {
        this.exports = exports;
        this.changes = changes;
        this.service = edits.service();
        this.edits = edits;
        this.editing = new GenogramEditing(edits, dossierId);
        this.pictures = pictures;
        this.tasks = tasks;
        this.clock = clock;
        this.dossierId = dossierId;
    }

    /** Reads and lays out the genogram as stored now (also after a sync round). */
    public void load() {
        run(current -> GenogramEditing.Outcome.done(), false, true);
    }

    /**
     * While the screen is shown: after each sync round the genogram is read again and, when another laptop changed it,
     * drawn again without leaving the tab (a read that finds nothing new changes nothing on screen).
     */
    public Subscription followChanges() {
        return changes.subscribe(this::refresh);
    }

    /** Reads the genogram as stored now; shows it only when it differs from what is shown. */
    public void refresh() {
        GenogramState shown = state.get();
        LocalDate today = LocalDate.now(clock);
        tasks.execute(() -> {
            GenogramState read = service.read(dossierId);
            return read.equals(shown) ? null : new Read(read, pictures.draw(read, today), GenogramEditing.Outcome.done());
        }, read -> {
            if (read != null) {
                apply(read, false);
                reloads.set(reloads.get() + 1);
            }
        }, failure -> message.set(new UiText("genogram.error")));
    }

    /** G: the household's parents as a couple and its children as theirs (for a dossier whose genogram is new). */
    public void connectHousehold() {
        run(editing::connectHousehold, false);
    }

    public void addPartner() {
        withSelected(key -> run(current -> editing.addPartner(current, key), true));
    }

    public void addChild() {
        withSelected(key -> run(current -> editing.addChild(current, key), true));
    }

    public void addParents() {
        withSelected(key -> run(current -> editing.addParents(current, key), true));
    }

    public void addSibling() {
        withSelected(key -> run(current -> editing.addSibling(current, key), true));
    }

    public void deleteSelected() {
        withSelected(key -> run(current -> editing.delete(current, key), false));
    }

    /** M / V while drawing: a relative's gender at once (a member's comes from Gezinsleden). */
    public void setGender(Gender gender) {
        withSelected(key -> run(current -> editing.setGender(current, key, gender), false, true));
    }

    public void makeIndex() {
        withSelected(key -> run(current -> editing.makeIndex(key), false));
    }

    /** R: the selected person is the start of a new emotional relation; the next chosen person its other end. */
    public void startRelation() {
        withSelected(key -> {
            relationFrom.set(key);
            message.set(new UiText("genogram.relation.chooseTarget"));
        });
    }

    public void cancelRelation() {
        relationFrom.set(null);
        message.set(null);
    }

    public void finishRelation(RelationType type) {
        UUID from = relationFrom.get();
        UUID to = selected.get();
        relationFrom.set(null);
        message.set(null);
        if (from == null || to == null || type == null) {
            return;
        }
        run(current -> editing.addRelation(from, to, type), false);
    }

    /**
     * In relation mode (R), O, P or K instead of Enter: the person the mode started from becomes a parent, partner or
     * child of the one now chosen; no new person is drawn.
     */
    public void finishLink(GenogramEditing.Link link) {
        UUID from = relationFrom.get();
        UUID to = selected.get();
        relationFrom.set(null);
        message.set(null);
        if (from == null || to == null) {
            return;
        }
        run(current -> editing.link(current, from, to, link), false);
    }

    public void undo() {
        run(current -> editing.undo(), false, true);
    }

    public void redo() {
        run(current -> editing.redo(), false, true);
    }

    /** A symbol was dragged this far (layout units): it stays there from now on. */
    public void moveBy(UUID key, double dx, double dy) {
        GenogramPicture shown = picture.get();
        if (shown == null || shown.layout().persons().get(key) == null) {
            return;
        }
        var placement = shown.layout().persons().get(key);
        selected.set(key);
        run(current -> editing.pin(current, key, placement.x() + dx, placement.y() + dy), false);
    }

    public void resetLayout() {
        run(editing::resetLayout, false);
    }

    /** Arrow keys: the nearest person that way; with nothing selected, the index person or the first member. */
    public void move(SelectionMoves.Direction direction) {
        GenogramPicture shown = picture.get();
        if (shown == null) {
            return;
        }
        if (selected.get() == null || !shown.layout().persons().containsKey(selected.get())) {
            selected.set(defaultSelection().orElse(null));
            return;
        }
        SelectionMoves.next(shown.layout().persons(), selected.get(), direction).ifPresent(selected::set);
    }

    /** Sets genogram facts of the selected person now, as one undoable step (check boxes, choices). */
    public void patchPerson(UUID key, Map<String, ?> fields) {
        run(current -> {
            editing.patchPerson(current, key, fields);
            return GenogramEditing.Outcome.done();
        }, false);
    }

    /** Sets fields of a couple, link or relation now, as one undoable step. */
    public void patch(RecordRef ref, Map<String, ?> fields) {
        run(current -> {
            editing.patch(ref, fields);
            return GenogramEditing.Outcome.done();
        }, false);
    }

    public void delete(RecordRef ref) {
        run(current -> {
            editing.delete(ref);
            return GenogramEditing.Outcome.done();
        }, false);
    }

    /** The record holding the selected person's genogram facts, made for a member when missing; answered on the FX thread. */
    public void factsRef(UUID key, Consumer<RecordRef> ready) {
        GenogramState current = state.get();
        tasks.execute(() -> editing.factsRef(current, key), ready, failure -> message.set(new UiText("genogram.error")));
    }

    /** Typed text (autosaved as typed) is finished: it becomes one undoable step and the drawing shows it. */
    public void textTyped(RecordRef ref, String field, String before, String after) {
        service.edit(ref, field, after);
        if (java.util.Objects.equals(before, after)) {
            return;
        }
        run(current -> {
            editing.typed(ref, field, before, after);
            return GenogramEditing.Outcome.done();
        }, false);
    }

    /** While typing: kept at once, durable within a second. */
    public void type(RecordRef ref, String field, String value) {
        service.edit(ref, field, value);
    }

    /** Writes the drawing shown to a file, off the FX thread; says how it went. */
    public void export(ExportFormat format, java.nio.file.Path file) {
        GenogramPicture shown = picture.get();
        if (shown == null) {
            return;
        }
        tasks.execute(() -> {
            exports.write(shown.figure(), shown.legend(), format, file);
            return file.getFileName().toString();
        }, name -> message.set(new UiText("genogram.export.done", name)), failure -> message.set(new UiText("genogram.export.failed")));
    }

    /** Shows a message by its key (the printer's answer). */
    public void say(String key) {
        message.set(new UiText(key));
    }

    private void withSelected(Consumer<UUID> action) {
        if (selected.get() == null) {
            message.set(new UiText("genogram.selectFirst"));
            return;
        }
        action.accept(selected.get());
    }

    private void run(Function<GenogramState, GenogramEditing.Outcome> action, boolean askName) {
        run(action, askName, false);
    }

    /** {@code reload}: the side panel shows the stored values again (after undo, redo or a sync round). */
    private void run(Function<GenogramState, GenogramEditing.Outcome> action, boolean askName, boolean reload) {
        GenogramState current = state.get();
        LocalDate today = LocalDate.now(clock);
        tasks.execute(() -> {
            GenogramEditing.Outcome outcome = current == null ? GenogramEditing.Outcome.done() : action.apply(current);
            GenogramState read = service.read(dossierId);
            return new Read(read, pictures.draw(read, today), outcome);
        }, read -> {
            apply(read, askName);
            if (reload) {
                reloads.set(reloads.get() + 1);
            }
        }, failure -> message.set(new UiText("genogram.error")));
    }

    private void apply(Read read, boolean askName) {
        state.set(read.state());
        picture.set(read.picture());
        canUndo.set(edits.canUndo());
        canRedo.set(edits.canRedo());
        GenogramEditing.Outcome outcome = read.outcome();
        if (outcome.refusal() != null) {
            message.set(new UiText(outcome.refusal()));
        } else if (relationFrom.get() == null) {
            message.set(null);
        }
        if (message.get() == null && read.state().unreadable() > 0) {
            message.set(new UiText("genogram.unreadable", read.state().unreadable()));
        }
        if (message.get() == null && read.state().unions().isEmpty() && read.state().parentLinks().isEmpty()
                && read.state().dossier().members().size() > 1) {
            message.set(new UiText("genogram.unconnected"));
        }
        if (outcome.select() != null) {
            selected.set(outcome.select());
        } else if (selected.get() == null || !read.picture().layout().persons().containsKey(selected.get())) {
            selected.set(defaultSelection().orElse(null));
        }
        if (askName && outcome.refusal() == null) {
            nameRequests.set(nameRequests.get() + 1);
        }
    }

    private Optional<UUID> defaultSelection() {
        GenogramState current = state.get();
        if (current == null) {
            return Optional.empty();
        }
        return current.settings().map(settings -> settings.indexPerson())
                .filter(key -> picture.get() != null && picture.get().layout().persons().containsKey(key))
                .or(() -> current.dossier().members().stream().map(member -> member.id()).findFirst());
    }

    public UUID dossierId() {
        return dossierId;
    }

    public ReadOnlyObjectProperty<GenogramState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<GenogramPicture> pictureProperty() {
        return picture.getReadOnlyProperty();
    }

    public ObjectProperty<UUID> selectedProperty() {
        return selected;
    }

    public ReadOnlyObjectProperty<UiText> messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    /** Goes up each time a new relative was added: the view then puts the cursor in its name field. */
    public ReadOnlyIntegerProperty nameRequestsProperty() {
        return nameRequests.getReadOnlyProperty();
    }

    /** Goes up when the side panel should show the stored values again (undo, redo, reading after a sync). */
    public ReadOnlyIntegerProperty reloadsProperty() {
        return reloads.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<UUID> relationFromProperty() {
        return relationFrom.getReadOnlyProperty();
    }
}
