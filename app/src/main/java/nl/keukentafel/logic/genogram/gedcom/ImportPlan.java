package nl.keukentafel.logic.genogram.gedcom;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.keukentafel.store.RecordStore;

/**
 * The record changes an import will make, collected while reading the file, with what it skipped. Nothing is
 * written until {@link #validate} found no error. Not thread-safe.
 */
final class ImportPlan {
    private final List<RecordStore.Write> writes = new ArrayList<>();
    private final List<GedcomIssue> issues = new ArrayList<>();
    /** child key to parent keys, planned and existing, for the cycle check. */
    private final Map<UUID, Set<UUID>> parentsOf = new HashMap<>();
    private final Map<UUID, Integer> childLines = new LinkedHashMap<>();
    private int newPersons;
    private int matchedMembers;
    private int unions;
    private int parentLinks;
    private int twinGroups;
    private int relations;

    void write(RecordStore.Write write) {
        writes.add(write);
    }

    void issue(GedcomIssue issue) {
        issues.add(issue);
    }

    void countPerson(boolean matched) {
        if (matched) {
            matchedMembers++;
        } else {
            newPersons++;
        }
    }

    void countUnion() {
        unions++;
    }

    void countTwinGroup() {
        twinGroups++;
    }

    void countRelation() {
        relations++;
    }

    /** A parent link to write (line of the child's record for messages). */
    void parentLink(UUID child, UUID parent, int line) {
        parentLinks++;
        existingParentLink(child, parent);
        childLines.putIfAbsent(child, line);
    }

    void existingParentLink(UUID child, UUID parent) {
        parentsOf.computeIfAbsent(child, key -> new HashSet<>()).add(parent);
    }

    /** Refuses a plan in which someone is, through any chain of parent links, their own ancestor. */
    void validate() {
        for (Map.Entry<UUID, Integer> child : childLines.entrySet()) {
            if (reachesItself(child.getKey(), child.getKey(), new HashSet<>())) {
                issue(GedcomIssue.error(child.getValue(), "FAMC", "gedcom.error.cycle"));
                return;
            }
        }
    }

    private boolean reachesItself(UUID start, UUID at, Set<UUID> seen) {
        for (UUID parent : parentsOf.getOrDefault(at, Set.of())) {
            if (parent.equals(start)) {
                return true;
            }
            if (seen.add(parent) && reachesItself(start, parent, seen)) {
                return true;
            }
        }
        return false;
    }

    boolean refused() {
        return issues.stream().anyMatch(GedcomIssue::isError);
    }

    List<RecordStore.Write> writes() {
        return List.copyOf(writes);
    }

    ImportReport report(boolean written) {
        List<GedcomIssue> byLine = new ArrayList<>(issues);
        byLine.sort(java.util.Comparator.comparingInt(GedcomIssue::line));
        return new ImportReport(newPersons, matchedMembers, unions, parentLinks, twinGroups, relations, byLine, written);
    }
}
