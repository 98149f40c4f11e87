package nl.keukentafel.logic.genogram;

import java.util.List;
import java.util.UUID;
import nl.keukentafel.model.Gender;
import nl.keukentafel.model.genogram.ParentLinkKind;
import nl.keukentafel.model.genogram.PersonKind;
import nl.keukentafel.model.genogram.RelationType;
import nl.keukentafel.model.genogram.TwinKind;
import nl.keukentafel.model.genogram.UnionEvent;

/**
 * The genogram as plain facts for layout, drawing and GEDCOM: persons by key, couples, per-parent child edges and
 * emotional relations. Built from the records by {@code FamilyGraphs.from(GenogramState, LocalDate)}; test families
 * build it directly. Lists keep a deterministic order. Immutable; no JavaFX, no I/O.
 */
public record FamilyGraph(List<Person> persons, List<Couple> couples, List<ParentEdge> parentEdges, List<Relation> relations) {
    public FamilyGraph {
        persons = List.copyOf(persons);
        couples = List.copyOf(couples);
        parentEdges = List.copyOf(parentEdges);
        relations = List.copyOf(relations);
    }

    /**
     * One person. {@code birth}/{@code death} are as typed (a date or a year); {@code birthSortKey} orders siblings
     * (yyyymmdd, or yyyy0000 for a year; null when unknown). Pinned coordinates are where a person dragged it.
     */
    public record Person(UUID key, String name, Gender gender, PersonKind kind, String birth, Integer birthSortKey, String death,
                         boolean deceased, Integer age, boolean index, boolean inHousehold, String twinGroup, TwinKind twinKind,
                         Integer birthOrder, Double pinnedX, Double pinnedY) {
    }

    /** A couple (a node of its own, as in Gramps). Events in date order; the last decides the line style. */
    public record Couple(UUID id, UUID partnerA, UUID partnerB, List<UnionEvent> events) {
        public Couple {
            events = List.copyOf(events);
        }
    }

    public record ParentEdge(UUID child, UUID parent, ParentLinkKind kind) {
    }

    public record Relation(UUID id, UUID from, UUID to, RelationType type) {
    }
}
