package nl.keukentafel.logic.genogram;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import nl.keukentafel.model.Gender;
import nl.keukentafel.model.HouseholdRole;
import nl.keukentafel.model.Member;
import nl.keukentafel.model.RecordKind;
import nl.keukentafel.model.RecordRef;
import nl.keukentafel.model.genogram.EmotionalRelation;
import nl.keukentafel.model.genogram.GenoPerson;
import nl.keukentafel.model.genogram.Genogram;
import nl.keukentafel.model.genogram.ParentLink;
import nl.keukentafel.model.genogram.ParentLinkKind;
import nl.keukentafel.model.genogram.RelationType;

/**
 * The consultant's genogram actions on one dossier as record changes, each one undoable step: connect the household,
 * add a partner, child, parents or sibling to a person, delete a relative with its lines, set a relative's gender,
 * make the index person, pin and unpin, undo and redo. What is refused (a member deleted or re-gendered here, parents
 * twice) is refused here, for every front end. Blocks on the vault: call it off the FX thread. Answers who to select
 * next, or the message key of why nothing was done. Thread-safe as far as {@link GenogramEdits} is; one caller at a
 * time per dossier.
 */
public final class GenogramEditing {
    /** Who to select after an action (null: keep), and a message key when nothing was done (null: done). */
    public record Outcome(UUID select, String refusal) {
        public static Outcome done() {
            return new Outcome(null, null);
        }

        public static Outcome selected(UUID key) {
            return new Outcome(key, null);
        }

        public static Outcome refused(String key) {
            return new Outcome(null, key);
        }
    }

    private final GenogramEdits edits;
    private final UUID dossierId;

    public GenogramEditing(GenogramEdits edits, UUID dossierId) {
        this.edits = edits;
        this.dossierId = dossierId;
    }

    /**
     * G: draws the household as a family: the first two parents (or parent and partner) as a couple, every child of
     * the household their child. What exists already is kept; refused when there is nothing to add.
     */
    public Outcome connectHousehold(GenogramState state) {
        List<UUID> parents = state.dossier().members().stream().filter(member -> member.role() == HouseholdRole.PARENT
                || member.role() == HouseholdRole.PARTNER).map(Member::id).limit(2).toList();
        List<UUID> children = state.dossier().members().stream().filter(member -> member.role() == HouseholdRole.CHILD)
                .map(Member::id).toList();
        if (parents.isEmpty()) {
            return Outcome.refused("genogram.refused.noHouseholdParents");
        }
        GenogramEdits.Step step = edits.step();
        boolean coupled = parents.size() < 2 || state.unions().stream().anyMatch(union -> parents.contains(union.partnerA())
                && parents.contains(union.partnerB()));
        if (!coupled) {
            step.addUnion(dossierId, parents.get(0), parents.get(1), Map.of());
        }
        for (UUID child : children) {
            for (UUID parent : parents) {
                boolean linked = state.parentLinks().stream().anyMatch(link -> child.equals(link.child()) && parent.equals(link.parent()));
                if (!linked) {
                    step.linkParent(dossierId, child, parent, Map.of(ParentLink.Field.LINK_KIND, ParentLinkKind.BIRTH));
                }
            }
        }
        step.commit();
        return Outcome.selected(parents.get(0));
    }

    public Outcome addPartner(GenogramState state, UUID key) {
        GenogramEdits.Step step = edits.step();
        RecordRef partner = step.addPerson(dossierId, Map.of(GenoPerson.Field.GENDER, opposite(gender(state, key))));
        step.addUnion(dossierId, key, partner.id(), Map.of());
        step.commit();
        return Outcome.selected(partner.id());
    }

    /** A child of the person's latest couple, or of the person alone when there is none. */
    public Outcome addChild(GenogramState state, UUID key) {
        List<UUID> parents = state.latestUnion(key).map(union -> List.of(union.partnerA(), union.partnerB())).orElse(List.of(key));
        GenogramEdits.Step step = edits.step();
        RecordRef child = step.addPerson(dossierId, Map.of(GenoPerson.Field.GENDER, Gender.UNKNOWN));
        parents.forEach(parent -> step.linkParent(dossierId, child.id(), parent, Map.of(ParentLink.Field.LINK_KIND, ParentLinkKind.BIRTH)));
        step.commit();
        return Outcome.selected(child.id());
    }

    /** A father and a mother as a couple; refused when the person has parents already. */
    public Outcome addParents(GenogramState state, UUID key) {
        if (!state.parentLinksOf(key).isEmpty()) {
            return Outcome.refused("genogram.refused.hasParents");
        }
        GenogramEdits.Step step = edits.step();
        RecordRef father = step.addPerson(dossierId, Map.of(GenoPerson.Field.GENDER, Gender.MALE));
        RecordRef mother = step.addPerson(dossierId, Map.of(GenoPerson.Field.GENDER, Gender.FEMALE));
        step.addUnion(dossierId, father.id(), mother.id(), Map.of());
        step.linkParent(dossierId, key, father.id(), Map.of(ParentLink.Field.LINK_KIND, ParentLinkKind.BIRTH));
        step.linkParent(dossierId, key, mother.id(), Map.of(ParentLink.Field.LINK_KIND, ParentLinkKind.BIRTH));
        step.commit();
        return Outcome.selected(father.id());
    }

    /** How an existing person is linked to another existing person. */
    public enum Link { PARENT_OF, PARTNER_OF, CHILD_OF }

    /**
     * Links two people who are already drawn (a grandmother living in the household is the mother's mother): {@code from}
     * becomes a parent, partner or child of {@code to}; no new person is made. Refused for a person with itself, a link
     * that exists, a third parent, and a parent link that would make someone their own ancestor.
     */
    public Outcome link(GenogramState state, UUID from, UUID to, Link link) {
        if (from.equals(to)) {
            return Outcome.refused("genogram.refused.linkSelf");
        }
        GenogramEdits.Step step = edits.step();
        switch (link) {
            case PARTNER_OF -> {
                boolean coupled = state.unions().stream().anyMatch(union -> Set.of(from, to).equals(Set.of(union.partnerA(),
                        union.partnerB())));
                if (coupled) {
                    return Outcome.refused("genogram.refused.linkExists");
                }
                step.addUnion(dossierId, from, to, Map.of());
            }
            case PARENT_OF, CHILD_OF -> {
                UUID parent = link == Link.PARENT_OF ? from : to;
                UUID child = link == Link.PARENT_OF ? to : from;
                Outcome refusal = parentRefusal(state, parent, child);
                if (refusal != null) {
                    return refusal;
                }
                step.linkParent(dossierId, child, parent, Map.of(ParentLink.Field.LINK_KIND, ParentLinkKind.BIRTH));
            }
            default -> throw new IllegalArgumentException("unknown link " + link);
        }
        step.commit();
        return Outcome.selected(from);
    }

    private static Outcome parentRefusal(GenogramState state, UUID parent, UUID child) {
        List<ParentLink> existing = state.parentLinksOf(child);
        if (existing.stream().anyMatch(known -> parent.equals(known.parent()))) {
            return Outcome.refused("genogram.refused.linkExists");
        }
        if (existing.size() >= 2) {
            return Outcome.refused("genogram.refused.twoParents");
        }
        // the parent may not descend from the child
        Set<UUID> seen = new HashSet<>();
        java.util.Deque<UUID> upward = new java.util.ArrayDeque<>(List.of(parent));
        while (!upward.isEmpty()) {
            UUID next = upward.pop();
            if (next.equals(child)) {
                return Outcome.refused("genogram.refused.ownAncestor");
            }
            if (seen.add(next)) {
                state.parentLinksOf(next).forEach(known -> upward.push(known.parent()));
            }
        }
        return null;
    }

    /** A brother or sister: a child of the same parents, with the same kind of link. */
    public Outcome addSibling(GenogramState state, UUID key) {
        List<ParentLink> parents = state.parentLinksOf(key);
        if (parents.isEmpty()) {
            return Outcome.refused("genogram.refused.noParents");
        }
        GenogramEdits.Step step = edits.step();
        RecordRef sibling = step.addPerson(dossierId, Map.of(GenoPerson.Field.GENDER, Gender.UNKNOWN));
        parents.forEach(link -> step.linkParent(dossierId, sibling.id(), link.parent(), Map.of(ParentLink.Field.LINK_KIND,
                link.linkKind() == null ? ParentLinkKind.BIRTH : link.linkKind())));
        step.commit();
        return Outcome.selected(sibling.id());
    }

    /** Deletes a relative with its couples, child links and relations; members are deleted in the members tab. */
    public Outcome delete(GenogramState state, UUID key) {
        if (state.isMember(key)) {
            return Outcome.refused("genogram.refused.member");
        }
        GenogramEdits.Step step = edits.step();
        state.parentLinks().stream().filter(link -> key.equals(link.child()) || key.equals(link.parent()))
                .forEach(link -> step.delete(new RecordRef(RecordKind.GENO_PARENT_LINK, link.id(), dossierId)));
        state.unions().stream().filter(union -> key.equals(union.partnerA()) || key.equals(union.partnerB()))
                .forEach(union -> step.delete(new RecordRef(RecordKind.GENO_UNION, union.id(), dossierId)));
        state.relations().stream().filter(relation -> key.equals(relation.from()) || key.equals(relation.to()))
                .forEach(relation -> step.delete(new RecordRef(RecordKind.GENO_RELATION, relation.id(), dossierId)));
        step.delete(new RecordRef(RecordKind.GENO_PERSON, key, dossierId));
        step.commit();
        UUID next = state.latestUnion(key).map(union -> key.equals(union.partnerA()) ? union.partnerB() : union.partnerA())
                .or(() -> state.parentLinksOf(key).stream().map(ParentLink::parent).findFirst()).orElse(null);
        return Outcome.selected(next);
    }

    public Outcome makeIndex(UUID key) {
        edits.service().settings(dossierId).join();
        GenogramEdits.Step step = edits.step();
        step.patch(GenogramService.settingsRef(dossierId), Map.of(Genogram.Field.INDEX_PERSON, key));
        step.commit();
        return Outcome.selected(key);
    }

    /** An emotional relation between two different persons; nothing for a person with itself. */
    public Outcome addRelation(UUID from, UUID to, RelationType type) {
        if (from.equals(to)) {
            return Outcome.done();
        }
        GenogramEdits.Step step = edits.step();
        step.addRelation(dossierId, Map.of(EmotionalRelation.Field.FROM, from, EmotionalRelation.Field.TO, to,
                EmotionalRelation.Field.RELATION_TYPE, type));
        step.commit();
        return Outcome.selected(from);
    }

    /** Keeps a dragged symbol where it was put (layout units). */
    public Outcome pin(GenogramState state, UUID key, double x, double y) {
        GenogramEdits.Step step = edits.step();
        step.patch(factsRef(step, state, key), Map.of(GenoPerson.Field.PINNED_X, x, GenoPerson.Field.PINNED_Y, y));
        step.commit();
        return Outcome.selected(key);
    }

    /** "Indeling herstellen": every pinned symbol goes back to where the layout puts it, as one step. */
    public Outcome resetLayout(GenogramState state) {
        GenogramEdits.Step step = edits.step();
        Map<String, Object> unpinned = new LinkedHashMap<>();
        unpinned.put(GenoPerson.Field.PINNED_X, null);
        unpinned.put(GenoPerson.Field.PINNED_Y, null);
        state.persons().stream().filter(person -> person.pinnedX() != null || person.pinnedY() != null)
                .forEach(person -> step.patch(new RecordRef(RecordKind.GENO_PERSON, person.id(), dossierId), unpinned));
        step.commit();
        return Outcome.done();
    }

    /** M / V while drawing: a relative's gender; a member's gender comes from the members tab, so it is refused here. */
    public Outcome setGender(GenogramState state, UUID key, Gender gender) {
        if (state.isMember(key)) {
            return Outcome.refused("genogram.refused.memberGender");
        }
        patchPerson(state, key, Map.of(GenoPerson.Field.GENDER, gender));
        return Outcome.selected(key);
    }

    /** Sets genogram facts of a person (for a member: its facts record, made when missing) as one step. */
    public void patchPerson(GenogramState state, UUID key, Map<String, ?> fields) {
        GenogramEdits.Step step = edits.step();
        step.patch(factsRef(step, state, key), fields);
        step.commit();
    }

    /** Sets fields of a couple, link or relation as one step. */
    public void patch(RecordRef ref, Map<String, ?> fields) {
        GenogramEdits.Step step = edits.step();
        step.patch(ref, fields);
        step.commit();
    }

    /** Deletes one couple, link or relation as one step. */
    public void delete(RecordRef ref) {
        GenogramEdits.Step step = edits.step();
        step.delete(ref);
        step.commit();
    }

    /**
     * Typed text the autosaver has already stored becomes one undoable step, back to {@code before} (blank: absent).
     * Nothing when the text did not change.
     */
    public void typed(RecordRef ref, String field, String before, String after) {
        if (Objects.equals(before, after)) {
            return;
        }
        Map<String, Object> old = new HashMap<>();
        old.put(field, before == null || before.isEmpty() ? null : before);
        GenogramEdits.Step step = edits.step();
        step.patched(ref, old, Map.of(field, after));
        step.commit();
    }

    public Outcome undo() {
        return edits.undo() ? Outcome.done() : Outcome.refused("genogram.nothingToUndo");
    }

    public Outcome redo() {
        return edits.redo() ? Outcome.done() : Outcome.refused("genogram.nothingToRedo");
    }

    /** The record holding the person's genogram facts; for a member made when missing (not itself undone). */
    public RecordRef factsRef(GenogramState state, UUID key) {
        return factsRef(edits.step(), state, key);
    }

    private RecordRef factsRef(GenogramEdits.Step step, GenogramState state, UUID key) {
        return state.isMember(key) ? step.memberFacts(dossierId, key) : new RecordRef(RecordKind.GENO_PERSON, key, dossierId);
    }

    private static Gender gender(GenogramState state, UUID key) {
        return state.dossier().members().stream().filter(member -> member.id().equals(key)).map(Member::gender).findFirst()
                .or(() -> state.persons().stream().filter(person -> person.id().equals(key)).map(GenoPerson::gender).findFirst())
                .orElse(Gender.UNKNOWN);
    }

    private static Gender opposite(Gender gender) {
        return gender == Gender.MALE ? Gender.FEMALE : gender == Gender.FEMALE ? Gender.MALE : Gender.UNKNOWN;
    }
}
