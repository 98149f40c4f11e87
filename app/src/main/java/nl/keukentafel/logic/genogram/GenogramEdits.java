package nl.keukentafel.logic.genogram;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.keukentafel.model.RecordKind;
import nl.keukentafel.model.RecordRef;

/**
 * Undo and redo of genogram edits as record changes (ADR 0004): a create is undone by a delete (redone by a restore), a
 * patch by a patch back to the old values, a delete by a restore. One consultant action (add a partner: a person and a
 * couple) is one {@link Step}. Undone edits are ordinary changes, so they autosave and sync. Methods block on the vault:
 * call them off the FX thread. Thread-safe.
 */
public final class GenogramEdits {
    private static final int LIMIT = 200;

    private final GenogramService service;
    private final Deque<List<Change>> undoable = new ArrayDeque<>();
    private final Deque<List<Change>> redoable = new ArrayDeque<>();

    public GenogramEdits(GenogramService service) {
        this.service = service;
    }

    public GenogramService service() {
        return service;
    }

    /** A new step; its changes are written as they are made and become undoable on {@link Step#commit()}. */
    public Step step() {
        return new Step();
    }

    public synchronized boolean canUndo() {
        return !undoable.isEmpty();
    }

    public synchronized boolean canRedo() {
        return !redoable.isEmpty();
    }

    /** Undoes the last step; false when there is none. */
    public synchronized boolean undo() {
        List<Change> changes = undoable.pollFirst();
        if (changes == null) {
            return false;
        }
        for (int i = changes.size() - 1; i >= 0; i--) {
            changes.get(i).undo(service);
        }
        redoable.addFirst(changes);
        service.written();
        return true;
    }

    /** Does the last undone step again; false when there is none. */
    public synchronized boolean redo() {
        List<Change> changes = redoable.pollFirst();
        if (changes == null) {
            return false;
        }
        changes.forEach(change -> change.redo(service));
        undoable.addFirst(changes);
        service.written();
        return true;
    }

    private synchronized void push(List<Change> changes) {
        undoable.addFirst(List.copyOf(changes));
        while (undoable.size() > LIMIT) {
            undoable.pollLast();
        }
        redoable.clear();
    }

    private sealed interface Change permits Created, Deleted, Patched {
        void undo(GenogramService service);

        void redo(GenogramService service);
    }

    private record Created(RecordRef ref) implements Change {
        @Override
        public void undo(GenogramService service) {
            service.delete(ref).join();
        }

        @Override
        public void redo(GenogramService service) {
            service.restore(ref).join();
        }
    }

    private record Deleted(RecordRef ref) implements Change {
        @Override
        public void undo(GenogramService service) {
            service.restore(ref).join();
        }

        @Override
        public void redo(GenogramService service) {
            service.delete(ref).join();
        }
    }

    private record Patched(RecordRef ref, Map<String, Object> before, Map<String, Object> after) implements Change {
        @Override
        public void undo(GenogramService service) {
            service.patch(ref, before).join();
        }

        @Override
        public void redo(GenogramService service) {
            service.patch(ref, after).join();
        }
    }

    /** The changes of one consultant action. Not thread-safe: one thread builds a step. */
    public final class Step {
        private final List<Change> changes = new ArrayList<>();

        public RecordRef addPerson(UUID dossierId, Map<String, ?> fields) {
            return created(service.addPerson(dossierId, fields).join());
        }

        public RecordRef addUnion(UUID dossierId, UUID partnerA, UUID partnerB, Map<String, ?> more) {
            return created(service.addUnion(dossierId, partnerA, partnerB, more).join());
        }

        public RecordRef addRelation(UUID dossierId, Map<String, ?> fields) {
            return created(service.addRelation(dossierId, fields).join());
        }

        public RecordRef addEcoLink(UUID dossierId, Map<String, ?> fields) {
            return created(service.addEcoLink(dossierId, fields).join());
        }

        /** Links child to parent; a link deleted earlier comes back (with {@code more} set on it). */
        public RecordRef linkParent(UUID dossierId, UUID child, UUID parent, Map<String, ?> more) {
            RecordRef ref = GenogramService.parentLinkRef(dossierId, child, parent);
            Optional<Boolean> deleted = service.deletedState(ref);
            if (deleted.isEmpty()) {
                return created(service.linkParent(dossierId, child, parent, more).join());
            }
            if (deleted.get()) {
                service.restore(ref).join();
                changes.add(new Created(ref));
                if (!more.isEmpty()) {
                    patch(ref, more);
                }
            }
            return ref;
        }

        /** The record of a member's genogram facts, made (or brought back) when missing; not itself undone. */
        public RecordRef memberFacts(UUID dossierId, UUID memberId) {
            return ensure(GenogramService.memberPersonRef(dossierId, memberId), () -> service.memberPerson(dossierId, memberId).join());
        }

        /** The ecogram line of a dossier contact, made (or brought back) when missing; not itself undone. */
        public RecordRef contactEcoLink(UUID dossierId, UUID contactId) {
            return ensure(new RecordRef(RecordKind.ECO_LINK, nl.keukentafel.model.RecordIds.derived(contactId, "eco"), dossierId),
                    () -> service.contactEcoLink(dossierId, contactId).join());
        }

        private RecordRef ensure(RecordRef ref, Runnable create) {
            Optional<Boolean> deleted = service.deletedState(ref);
            if (deleted.isEmpty()) {
                create.run();
            } else if (deleted.get()) {
                service.restore(ref).join();
            }
            return ref;
        }

        /** Sets fields now, remembering the stored values for undo. */
        public void patch(RecordRef ref, Map<String, ?> fields) {
            Map<String, Object> before = service.storedValues(ref, fields.keySet());
            if (service.patch(ref, fields).join()) {
                changes.add(new Patched(ref, before, new LinkedHashMap<>(fields)));
            }
        }

        /** Remembers a change already written (typed text the autosaver stored) so it can be undone. */
        public void patched(RecordRef ref, Map<String, Object> before, Map<String, Object> after) {
            changes.add(new Patched(ref, new LinkedHashMap<>(before), new LinkedHashMap<>(after)));
        }

        public void delete(RecordRef ref) {
            if (service.deletedState(ref).orElse(true)) {
                return;
            }
            service.delete(ref).join();
            changes.add(new Deleted(ref));
        }

        /** Makes the step undoable (when it changed anything); redo history is dropped, as in any editor. */
        public void commit() {
            if (!changes.isEmpty()) {
                push(changes);
                service.written();
            }
        }

        private RecordRef created(RecordRef ref) {
            changes.add(new Created(ref));
            return ref;
        }
    }
}
