package nl.keukentafel.logic.genogram.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import nl.keukentafel.logic.genogram.FamilyGraph;
import nl.keukentafel.logic.genogram.GenoDates;

/**
 * The family graph indexed for layout, with every list in a canonical order (persons by key, couples by first event
 * then id, edges by child, parent, kind) so the layout never depends on the order the caller listed things in.
 * Couples and edges naming an unknown person are dropped. Immutable after construction; not shared across threads.
 */
final class LayoutGraph {
    /** A fixed order of person keys (any total order will do; UUID's own is cheap). */
    static final Comparator<UUID> KEY_ORDER = Comparator.naturalOrder();

    private final List<FamilyGraph.Person> persons;
    private final Map<UUID, FamilyGraph.Person> byKey = new HashMap<>();
    private final List<FamilyGraph.Couple> couples;
    private final Map<UUID, List<FamilyGraph.Couple>> couplesOf = new HashMap<>();
    private final Map<UUID, List<UUID>> partnersOf = new HashMap<>();
    private final Map<UUID, Integer> firstDates = new HashMap<>();
    private final Map<UUID, List<FamilyGraph.ParentEdge>> parentsOf = new HashMap<>();
    private final Map<UUID, List<UUID>> childrenOf = new HashMap<>();

    LayoutGraph(FamilyGraph graph) {
        List<FamilyGraph.Person> sorted = new ArrayList<>();
        for (FamilyGraph.Person person : graph.persons()) {
            if (byKey.putIfAbsent(person.key(), person) == null) {
                sorted.add(person);
            }
        }
        sorted.sort(Comparator.comparing(FamilyGraph.Person::key, KEY_ORDER));
        persons = List.copyOf(sorted);
        List<FamilyGraph.Couple> valid = graph.couples().stream()
                .filter(couple -> knows(couple.partnerA()) && knows(couple.partnerB()) && !couple.partnerA().equals(couple.partnerB()))
                .toList();
        valid.forEach(couple -> firstDates.put(couple.id(), firstDate(couple)));
        couples = valid.stream()
                .sorted(Comparator.comparing((FamilyGraph.Couple couple) -> firstDates.get(couple.id()),
                        Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(FamilyGraph.Couple::id, KEY_ORDER))
                .map(LayoutGraph::partnersInKeyOrder)
                .toList();
        for (FamilyGraph.Couple couple : couples) {
            couplesOf.computeIfAbsent(couple.partnerA(), key -> new ArrayList<>()).add(couple);
            couplesOf.computeIfAbsent(couple.partnerB(), key -> new ArrayList<>()).add(couple);
        }
        couplesOf.forEach((key, theirs) -> {
            Set<UUID> partners = new LinkedHashSet<>();
            theirs.forEach(couple -> partners.add(couple.partnerA().equals(key) ? couple.partnerB() : couple.partnerA()));
            partnersOf.put(key, List.copyOf(partners));
        });
        graph.parentEdges().stream()
                .filter(edge -> knows(edge.child()) && knows(edge.parent()) && !edge.child().equals(edge.parent()))
                .sorted(Comparator.comparing(FamilyGraph.ParentEdge::child, KEY_ORDER)
                        .thenComparing(FamilyGraph.ParentEdge::parent, KEY_ORDER)
                        .thenComparing(edge -> edge.kind() == null ? -1 : edge.kind().ordinal()))
                .forEach(edge -> {
                    List<FamilyGraph.ParentEdge> known = parentsOf.computeIfAbsent(edge.child(), key -> new ArrayList<>());
                    if (known.stream().noneMatch(other -> other.parent().equals(edge.parent()))) {
                        known.add(edge);
                        childrenOf.computeIfAbsent(edge.parent(), key -> new ArrayList<>()).add(edge.child());
                    }
                });
    }

    /** The same couple with its partners in key order, so sums over them do not depend on which was typed first. */
    private static FamilyGraph.Couple partnersInKeyOrder(FamilyGraph.Couple couple) {
        boolean swap = KEY_ORDER.compare(couple.partnerA(), couple.partnerB()) > 0;
        return swap ? new FamilyGraph.Couple(couple.id(), couple.partnerB(), couple.partnerA(), couple.events()) : couple;
    }

    /** The earliest dated event of a couple (events may be listed in any order). */
    static Integer firstDate(FamilyGraph.Couple couple) {
        return couple.events().stream().map(event -> GenoDates.sortKey(event.date())).filter(Objects::nonNull)
                .min(Comparator.naturalOrder()).orElse(null);
    }

    boolean knows(UUID key) {
        return key != null && byKey.containsKey(key);
    }

    List<FamilyGraph.Person> persons() {
        return persons;
    }

    FamilyGraph.Person person(UUID key) {
        return byKey.get(key);
    }

    List<FamilyGraph.Couple> couples() {
        return couples;
    }

    /** A person's couples, earliest first. */
    List<FamilyGraph.Couple> couplesOf(UUID key) {
        return couplesOf.getOrDefault(key, List.of());
    }

    /** A person's partners in the order of their first event, each once. */
    List<UUID> partnersOf(UUID key) {
        return partnersOf.getOrDefault(key, List.of());
    }

    /** The earliest dated event of a couple of this graph, computed once. */
    Integer firstDateOf(FamilyGraph.Couple couple) {
        return firstDates.get(couple.id());
    }

    List<FamilyGraph.ParentEdge> parentsOf(UUID child) {
        return parentsOf.getOrDefault(child, List.of());
    }

    List<UUID> childrenOf(UUID parent) {
        return childrenOf.getOrDefault(parent, List.of());
    }
}
