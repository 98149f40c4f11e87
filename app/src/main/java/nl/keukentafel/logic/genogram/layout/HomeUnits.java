package nl.keukentafel.logic.genogram.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.keukentafel.logic.genogram.FamilyGraph;
import nl.keukentafel.model.genogram.ParentLinkKind;

/**
 * Chooses for every child the one unit it is drawn under; its other parent links become longer lines in the drawing.
 * A social worker reads a genogram as "who lives with whom", so the rule is: the unit the child lives with (the most
 * partners in the household together with the child); otherwise a foster or adoptive unit (where a placed child
 * lives); otherwise the birth unit; a step link ranks last. Couples before two loose parents before one parent; then
 * the earliest unit, then id.
 */
final class HomeUnits {
    private final Map<UUID, Unit> homeOf = new HashMap<>();
    private final Map<String, Unit> units = new LinkedHashMap<>();
    private final Map<String, List<UUID>> childrenOf = new HashMap<>();

    HomeUnits(LayoutGraph graph) {
        for (FamilyGraph.Person child : graph.persons()) {
            List<FamilyGraph.ParentEdge> parents = graph.parentsOf(child.key());
            if (!parents.isEmpty()) {
                Unit home = candidates(graph, parents).stream().min(ranking(graph, child, parents)).orElseThrow();
                Unit known = units.computeIfAbsent(home.id(), id -> home);
                homeOf.put(child.key(), known);
                childrenOf.computeIfAbsent(known.id(), id -> new ArrayList<>()).add(child.key());
            }
        }
    }

    /** The unit a child hangs under; null for a person without drawn parents. */
    Unit homeOf(UUID child) {
        return homeOf.get(child);
    }

    /** Every unit some child hangs under, in a fixed order. */
    List<Unit> units() {
        return List.copyOf(units.values());
    }

    /** The children hanging under a unit (by key). */
    List<UUID> children(Unit unit) {
        return childrenOf.getOrDefault(unit.id(), List.of());
    }

    private static List<Unit> candidates(LayoutGraph graph, List<FamilyGraph.ParentEdge> parents) {
        List<Unit> candidates = new ArrayList<>();
        for (int first = 0; first < parents.size(); first++) {
            UUID one = parents.get(first).parent();
            candidates.add(new Unit("single:" + one, List.of(one), false, null));
            for (int second = first + 1; second < parents.size(); second++) {
                UUID other = parents.get(second).parent();
                List<FamilyGraph.Couple> together = graph.couplesOf(one).stream()
                        .filter(couple -> couple.partnerA().equals(other) || couple.partnerB().equals(other)).toList();
                together.forEach(couple -> candidates.add(new Unit(couple.id().toString(), List.of(couple.partnerA(), couple.partnerB()),
                        true, graph.firstDateOf(couple))));
                if (together.isEmpty() && parents.get(first).kind() == parents.get(second).kind()) {
                    candidates.add(new Unit("pair:" + one + ":" + other, List.of(one, other), false, null));
                }
            }
        }
        return candidates;
    }

    private static Comparator<Unit> ranking(LayoutGraph graph, FamilyGraph.Person child, List<FamilyGraph.ParentEdge> parents) {
        Map<UUID, ParentLinkKind> kinds = new HashMap<>();
        parents.forEach(edge -> kinds.put(edge.parent(), edge.kind()));
        Comparator<Unit> livesWith = Comparator.comparingInt(unit -> -livingTogether(graph, child, unit));
        return livesWith
                .thenComparingInt((Unit unit) -> unit.parents().stream().mapToInt(parent -> kindRank(kinds.get(parent))).max().orElse(0))
                .thenComparingInt(unit -> -unit.parents().size())
                .thenComparingInt(unit -> unit.couple() ? 0 : 1)
                .thenComparing(Unit::date, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Unit::id);
    }

    private static int livingTogether(LayoutGraph graph, FamilyGraph.Person child, Unit unit) {
        if (!child.inHousehold()) {
            return 0;
        }
        return (int) unit.parents().stream().filter(parent -> graph.person(parent).inHousehold()).count();
    }

    private static int kindRank(ParentLinkKind kind) {
        if (kind == null) {
            return 1;
        }
        return switch (kind) {
            case FOSTER, ADOPTIVE -> 0;
            case BIRTH -> 1;
            case STEP -> 2;
        };
    }
}
