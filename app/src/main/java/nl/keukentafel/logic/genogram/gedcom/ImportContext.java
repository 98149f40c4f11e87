package nl.keukentafel.logic.genogram.gedcom;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import nl.keukentafel.logic.genogram.GenogramState;

/**
 * What the parts of one import share: the dossier as it is, the file's records by id, the person key chosen for each
 * individual, and the plan. Reports every structure nobody used. Not thread-safe (one import).
 */
final class ImportContext {
    private final UUID dossierId;
    private final GenogramState state;
    private final ImportPlan plan;
    private final Supplier<UUID> freshIds;
    private final Map<String, GedcomNode> records = new LinkedHashMap<>();
    private final Map<String, UUID> personKeys = new LinkedHashMap<>();

    ImportContext(UUID dossierId, GenogramState state, ImportPlan plan, Supplier<UUID> freshIds) {
        this.dossierId = dossierId;
        this.state = state;
        this.plan = plan;
        this.freshIds = freshIds;
    }

    UUID dossierId() {
        return dossierId;
    }

    GenogramState state() {
        return state;
    }

    ImportPlan plan() {
        return plan;
    }

    UUID freshId() {
        return freshIds.get();
    }

    /** False (and an error) when the id is taken. */
    boolean register(GedcomNode record) {
        if (records.putIfAbsent(record.xref(), record) != null) {
            plan.issue(GedcomIssue.error(record.line(), record.tag(), "gedcom.error.duplicateId", record.xref()));
            return false;
        }
        return true;
    }

    void personKey(String xref, UUID key) {
        personKeys.put(xref, key);
    }

    /** The person a pointer names; an error on the pointing line when it names no individual. */
    Optional<UUID> person(GedcomNode pointing) {
        Optional<UUID> key = pointing.pointer().map(personKeys::get);
        if (key.isEmpty()) {
            unresolved(pointing);
        }
        return key;
    }

    /** The family a pointer names; an error on the pointing line when it names none. */
    Optional<GedcomNode> family(GedcomNode pointing) {
        Optional<GedcomNode> family = pointing.pointer().map(records::get).filter(record -> record.tag().equals("FAM"));
        if (family.isEmpty()) {
            unresolved(pointing);
        }
        return family;
    }

    /** The text of a note: inline, or of the shared note (NOTE or SNOTE record) it points at. */
    String noteText(GedcomNode note) {
        Optional<String> pointer = note.pointer();
        if (pointer.isEmpty()) {
            return note.value();
        }
        GedcomNode shared = records.get(pointer.get());
        if (shared == null) {
            warn(note, "gedcom.warn.noteMissing");
            return "";
        }
        return shared.value();
    }

    private void unresolved(GedcomNode pointing) {
        plan.issue(GedcomIssue.error(pointing.line(), pointing.tag(), "gedcom.error.pointer", pointing.value().isEmpty() ? "-"
                : pointing.value().replace("@", "")));
    }

    void warn(GedcomNode node, String key, String... arguments) {
        plan.issue(GedcomIssue.warning(node.line(), node.tag(), key, arguments));
    }

    /** Warns about every substructure of {@code node} whose tag is not in {@code used}. */
    void skipOthers(GedcomNode node, Set<String> used) {
        for (GedcomNode child : node.children()) {
            if (!used.contains(child.tag())) {
                warn(child, child.tag().startsWith("_") ? "gedcom.warn.unknownExtension" : "gedcom.warn.skipped");
            }
        }
    }
}
