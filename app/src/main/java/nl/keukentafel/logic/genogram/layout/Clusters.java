package nl.keukentafel.logic.genogram.layout;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.keukentafel.logic.genogram.FamilyGraph;
import nl.keukentafel.model.Gender;

/**
 * Groups partners side by side. A person drawn under parents is the centre of a cluster; partners without drawn
 * parents (who married in) join the cluster of such a partner, on the same row. Several partners: the person stays in
 * the middle, the earlier partners to the left in date order (the earliest furthest out), the latest partner to the
 * right; with one partner the man stands left (the usual genogram convention), otherwise the partner goes right.
 * A partner's own other partners who married in join further out on the same side (Ellen's new husband left of Ellen
 * when Ellen is Mark's first wife). Partners who both have drawn parents stay with their own siblings; the
 * couple line then spans the gap.
 */
final class Clusters {
    private Clusters() {
    }

    static List<Cluster> build(LayoutGraph graph, Map<UUID, Integer> rows, HomeUnits homes) {
        List<FamilyGraph.Person> centres = new ArrayList<>(graph.persons());
        centres.sort(Comparator.comparingInt((FamilyGraph.Person person) -> homes.homeOf(person.key()) == null ? 1 : 0)
                .thenComparingInt(person -> -graph.partnersOf(person.key()).size())
                .thenComparing(FamilyGraph.Person::key, LayoutGraph.KEY_ORDER));
        Set<UUID> placed = new HashSet<>();
        List<Cluster> clusters = new ArrayList<>();
        for (FamilyGraph.Person centre : centres) {
            if (placed.add(centre.key())) {
                clusters.add(cluster(graph, rows, homes, placed, centre));
            }
        }
        return clusters;
    }

    private static Cluster cluster(LayoutGraph graph, Map<UUID, Integer> rows, HomeUnits homes, Set<UUID> placed,
                                   FamilyGraph.Person centre) {
        Deque<UUID> line = new ArrayDeque<>();
        line.add(centre.key());
        List<UUID> partners = graph.partnersOf(centre.key());
        int toTheLeft = partners.size() == 1 ? singlePartnerLeft(graph, centre, partners.get(0)) : Math.max(0, partners.size() - 1);
        for (int index = toTheLeft - 1; index >= 0; index--) {
            join(graph, rows, homes, placed, line, centre.key(), partners.get(index), true);
        }
        for (int index = toTheLeft; index < partners.size(); index++) {
            join(graph, rows, homes, placed, line, centre.key(), partners.get(index), false);
        }
        return new Cluster(centre.key(), List.copyOf(line));
    }

    private static int singlePartnerLeft(LayoutGraph graph, FamilyGraph.Person centre, UUID partner) {
        List<UUID> theirs = graph.partnersOf(partner);
        if (theirs.size() > 1) {
            // The partner has others: stand where the partner's date order puts us (their earlier partners left).
            return theirs.indexOf(centre.key()) == theirs.size() - 1 ? 1 : 0;
        }
        return centre.gender() != Gender.MALE && graph.person(partner).gender() == Gender.MALE ? 1 : 0;
    }

    private static void join(LayoutGraph graph, Map<UUID, Integer> rows, HomeUnits homes, Set<UUID> placed, Deque<UUID> line,
                             UUID beside, UUID partner, boolean left) {
        boolean free = homes.homeOf(partner) == null && !placed.contains(partner) && rows.get(partner).equals(rows.get(beside));
        if (!free) {
            return;
        }
        placed.add(partner);
        if (left) {
            line.addFirst(partner);
        } else {
            line.addLast(partner);
        }
        List<UUID> further = new ArrayList<>(graph.partnersOf(partner));
        if (left) {
            Collections.reverse(further);
        }
        for (UUID next : further) {
            join(graph, rows, homes, placed, line, partner, next, left);
        }
    }
}
