package nl.keukentafel.logic.genogram.gedcom;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.keukentafel.model.RecordKind;
import nl.keukentafel.model.RecordRef;
import nl.keukentafel.model.genogram.EmotionalRelation;
import nl.keukentafel.model.genogram.GenoPerson;
import nl.keukentafel.model.genogram.RelationType;
import nl.keukentafel.store.RecordStore;

/**
 * Reads what links individuals directly: {@code ASSO} with role {@code MULTIPLE} (children of one birth; each
 * connected group becomes one multiple-birth group) and {@code _KT_EMOT} emotional relations. Not thread-safe.
 */
final class RelativeLinksImport {
    private static final Set<String> RELATION_USED = Set.of("TYPE", "DATE", "NOTE", GedcomTags.SINCE, GedcomTags.UNTIL);

    private final ImportContext context;
    private final Map<UUID, UUID> twinRoot = new LinkedHashMap<>();

    RelativeLinksImport(ImportContext context) {
        this.context = context;
    }

    void read(GedcomNode individual, UUID key) {
        for (GedcomNode association : individual.children("ASSO")) {
            Optional<UUID> other = context.person(association);
            String role = association.childValue("ROLE").strip();
            if (other.isPresent() && role.equals("MULTIPLE")) {
                join(key, other.get());
            } else if (other.isPresent()) {
                context.warn(association, "gedcom.warn.association", role.isEmpty() ? "-" : role);
            }
        }
        individual.children(GedcomTags.EMOTIONAL).forEach(relation -> relation(relation, key));
        individual.children("FAMS").forEach(context::family);
    }

    private void relation(GedcomNode relation, UUID from) {
        Optional<UUID> to = context.person(relation);
        Optional<GedcomNode> typeNode = relation.child("TYPE");
        RelationType type = typeNode.map(node -> ImportEnums.parse(context, node, RelationType.class)).orElse(null);
        if (to.isEmpty()) {
            return;
        }
        if (type == null) {
            context.warn(relation, "gedcom.warn.value");
            return;
        }
        boolean exists = context.state().relations().stream().anyMatch(existing -> existing.from().equals(from)
                && existing.to().equals(to.get()) && existing.relationType() == type);
        if (exists) {
            context.warn(relation, "gedcom.warn.relationExists");
            return;
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put(EmotionalRelation.Field.FROM, from);
        fields.put(EmotionalRelation.Field.TO, to.get());
        fields.put(EmotionalRelation.Field.RELATION_TYPE, type);
        String[] period = relation.child("DATE").map(date -> GedcomDates.fromPeriod(date.value())).orElse(null);
        if (relation.child("DATE").isPresent() && period == null) {
            context.warn(relation.child("DATE").orElseThrow(), "gedcom.warn.date");
        }
        PersonImport.put(fields, EmotionalRelation.Field.SINCE, period != null ? period[0] : relation.childValue(GedcomTags.SINCE));
        PersonImport.put(fields, EmotionalRelation.Field.UNTIL, period != null ? period[1] : relation.childValue(GedcomTags.UNTIL));
        PersonImport.put(fields, EmotionalRelation.Field.NOTE, String.join("\n", relation.children("NOTE").stream()
                .map(context::noteText).toList()));
        RecordRef ref = new RecordRef(RecordKind.GENO_RELATION, context.freshId(), context.dossierId());
        context.plan().write(new RecordStore.Write(ref, fields));
        context.plan().countRelation();
        context.skipOthers(relation, RELATION_USED);
    }

    private void join(UUID first, UUID second) {
        UUID rootFirst = root(first);
        UUID rootSecond = root(second);
        if (!rootFirst.equals(rootSecond)) {
            twinRoot.put(rootSecond, rootFirst);
        }
    }

    private UUID root(UUID key) {
        UUID at = key;
        while (twinRoot.containsKey(at) && !twinRoot.get(at).equals(at)) {
            at = twinRoot.get(at);
        }
        twinRoot.putIfAbsent(at, at);
        return at;
    }

    /**
     * One multiple-birth group per connected set of twins: a fresh group name on each person's record. {@code refs}
     * gives the record that holds a person's genogram facts.
     */
    void writeTwinGroups(Map<UUID, RecordRef> refs) {
        Map<UUID, List<UUID>> groups = new LinkedHashMap<>();
        for (UUID key : new ArrayList<>(twinRoot.keySet())) {
            groups.computeIfAbsent(root(key), root -> new ArrayList<>()).add(key);
        }
        for (List<UUID> group : groups.values()) {
            String name = context.freshId().toString();
            group.forEach(key -> context.plan().write(new RecordStore.Write(refs.get(key),
                    Map.of(GenoPerson.Field.MULTIPLE_BIRTH_GROUP, name))));
            context.plan().countTwinGroup();
        }
    }
}
