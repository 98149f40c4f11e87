package nl.keukentafel.gui.ecogram;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.util.Subscription;
import nl.keukentafel.gui.common.DossierChanges;
import nl.keukentafel.gui.common.TaskExecutor;
import nl.keukentafel.gui.common.UiText;
import nl.keukentafel.gui.drawing.DrawingExports;
import nl.keukentafel.logic.genogram.GenogramEdits;
import nl.keukentafel.logic.genogram.GenogramState;
import nl.keukentafel.logic.genogram.draw.Drawing;
import nl.keukentafel.logic.genogram.export.ExportFormat;
import nl.keukentafel.model.RecordKind;
import nl.keukentafel.model.RecordRef;
import nl.keukentafel.model.genogram.EcoLink;
import nl.keukentafel.model.genogram.LinkStrength;
import nl.keukentafel.model.genogram.SupportDirection;
import nl.keukentafel.model.genogram.SupportKind;
import nl.keukentafel.model.intake.Sector;

/**
 * The ecogram's state: the lines to every network contact (and extras), the selected one, and its edits. A contact's
 * line record is made on its first edit; every edit is one undoable step written off the FX thread. FX thread only.
 */
public final class EcogramViewModel {
    private final GenogramEdits edits;
    private final EcogramPictures pictures;
    private final DrawingExports exports;
    private final DossierChanges changes;
    private final UUID dossierId;
    private final TaskExecutor tasks;
    private final ReadOnlyObjectWrapper<List<EcogramEntry>> entries = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyObjectWrapper<Drawing> drawing = new ReadOnlyObjectWrapper<>();
    private EcogramPicture picture;
    private GenogramState shown;
    private final ObjectProperty<UUID> selected = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<UiText> message = new ReadOnlyObjectWrapper<>();

    private record Read(GenogramState state, List<EcogramEntry> entries, EcogramPicture picture, UUID select) {
    }

    /**
     * {@code exports} writes the drawing shown to a file (atomic and audited); {@code changes} says when the dossier may
     * have changed underneath (a sync round ended).
     */
    public EcogramViewModel(GenogramEdits edits, EcogramPictures pictures, DrawingExports exports, DossierChanges changes,
                            UUID dossierId, TaskExecutor tasks) {
        this.edits = edits;
        this.pictures = pictures;
        this.exports = exports;
        this.changes = changes;
        this.dossierId = dossierId;
        this.tasks = tasks;
    }

    public void load() {
        run(() -> null);
    }

    /** While the screen is shown: after each sync round the lines are read again and drawn when another laptop changed them. */
    public Subscription followChanges() {
        return changes.subscribe(this::refresh);
    }

    /** Reads the ecogram as stored now; shows it only when it differs from what is shown. */
    public void refresh() {
        GenogramState before = shown;
        tasks.execute(() -> {
            GenogramState state = edits.service().read(dossierId);
            if (state.equals(before)) {
                return null;
            }
            List<EcogramEntry> read = EcogramEntry.of(state);
            return new Read(state, read, pictures.draw(state, read), null);
        }, read -> {
            if (read != null) {
                apply(read);
            }
        }, failure -> message.set(new UiText("genogram.error")));
    }

    /** Writes the drawing shown to a file, off the FX thread; says how it went. */
    public void export(ExportFormat format, Path file) {
        EcogramPicture exported = picture;
        if (exported == null) {
            return;
        }
        tasks.execute(() -> {
            exports.write(exported.figure(), exported.legend(), format, file);
            return file.getFileName().toString();
        }, name -> message.set(new UiText("genogram.export.done", name)), failure -> message.set(new UiText("genogram.export.failed")));
    }

    /** Shows a message by its key (the printer's answer). */
    public void say(String key) {
        message.set(new UiText(key));
    }

    /** The next (+1) or previous (-1) line, round the circle. */
    public void cycle(int step) {
        List<EcogramEntry> all = entries.get();
        if (all.isEmpty()) {
            return;
        }
        int index = indexOf(selected.get());
        int next = index < 0 ? 0 : Math.floorMod(index + step, all.size());
        selected.set(all.get(next).id());
    }

    public void setStrength(LinkStrength strength) {
        edit(EcoLink.Field.STRENGTH, strength);
    }

    public void setDirection(SupportDirection direction) {
        edit(EcoLink.Field.DIRECTION, direction);
    }

    public void setSupport(SupportKind kind, boolean given) {
        EcogramEntry entry = selectedEntry();
        if (entry == null) {
            return;
        }
        List<SupportKind> kinds = new ArrayList<>(entry.link() == null ? List.of() : entry.link().supportKinds());
        kinds.remove(kind);
        if (given) {
            kinds.add(kind);
            kinds.sort(null);
        }
        edit(EcoLink.Field.SUPPORT_KINDS, kinds);
    }

    public void setNote(String note) {
        edit(EcoLink.Field.NOTE, note);
    }

    /** "Extra persoon of organisatie": a line of its own, not in the network list. */
    public void addExtra(String name, Sector sector) {
        if (name == null || name.isBlank()) {
            message.set(new UiText("ecogram.extra.nameNeeded"));
            return;
        }
        run(() -> {
            GenogramEdits.Step step = edits.step();
            UUID added = step.addEcoLink(dossierId, Map.of(EcoLink.Field.NAME, name.strip(), EcoLink.Field.SECTOR,
                    sector == null ? Sector.OTHER : sector)).id();
            step.commit();
            return added;
        });
    }

    private void edit(String field, Object value) {
        EcogramEntry entry = selectedEntry();
        if (entry == null) {
            message.set(new UiText("ecogram.selectFirst"));
            return;
        }
        run(() -> {
            GenogramEdits.Step step = edits.step();
            RecordRef ref = entry.contactId() != null ? step.contactEcoLink(dossierId, entry.contactId())
                    : new RecordRef(RecordKind.ECO_LINK, entry.id(), dossierId);
            step.patch(ref, Map.of(field, value));
            step.commit();
            return null;
        });
    }

    /** {@code write} answers the line to select afterwards (null: keep). */
    private void run(Supplier<UUID> write) {
        tasks.execute(() -> {
            UUID select = write.get();
            GenogramState state = edits.service().read(dossierId);
            List<EcogramEntry> read = EcogramEntry.of(state);
            return new Read(state, read, pictures.draw(state, read), select);
        }, this::apply, failure -> message.set(new UiText("genogram.error")));
    }

    private void apply(Read read) {
        shown = read.state();
        picture = read.picture();
        entries.set(read.entries());
        drawing.set(read.picture().drawing());
        message.set(read.entries().isEmpty() ? new UiText("ecogram.empty") : null);
        if (read.select() != null) {
            selected.set(read.select());
        } else if (indexOf(selected.get()) < 0 && !read.entries().isEmpty()) {
            selected.set(read.entries().get(0).id());
        }
    }

    private int indexOf(UUID id) {
        List<EcogramEntry> all = entries.get();
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    public EcogramEntry selectedEntry() {
        int index = indexOf(selected.get());
        return index < 0 ? null : entries.get().get(index);
    }

    public ReadOnlyObjectProperty<List<EcogramEntry>> entriesProperty() {
        return entries.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Drawing> drawingProperty() {
        return drawing.getReadOnlyProperty();
    }

    public ObjectProperty<UUID> selectedProperty() {
        return selected;
    }

    public ReadOnlyObjectProperty<UiText> messageProperty() {
        return message.getReadOnlyProperty();
    }
}
