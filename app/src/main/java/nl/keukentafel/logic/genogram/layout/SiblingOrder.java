package nl.keukentafel.logic.genogram.layout;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.keukentafel.logic.genogram.FamilyGraph;

/**
 * Orders siblings oldest first (left): by birth date (a bare year before the dates in it; unknown last), then the
 * typed birth order, then key. Children of one multiple birth stay adjacent: they sort as one by the group's earliest
 * date, and by birth order inside the group.
 */
final class SiblingOrder {
    private SiblingOrder() {
    }

    static Comparator<FamilyGraph.Person> among(List<FamilyGraph.Person> siblings) {
        Map<String, Integer> groupDate = new HashMap<>();
        for (FamilyGraph.Person sibling : siblings) {
            if (sibling.twinGroup() != null && sibling.birthSortKey() != null) {
                groupDate.merge(sibling.twinGroup(), sibling.birthSortKey(), Math::min);
            }
        }
        Comparator<Integer> unknownLast = Comparator.nullsLast(Comparator.naturalOrder());
        return Comparator.comparing((FamilyGraph.Person person) -> effectiveDate(person, groupDate), unknownLast)
                .thenComparing(SiblingOrder::group)
                .thenComparing(FamilyGraph.Person::birthOrder, unknownLast)
                .thenComparing(FamilyGraph.Person::birthSortKey, unknownLast)
                .thenComparing(person -> person.key().toString());
    }

    private static Integer effectiveDate(FamilyGraph.Person person, Map<String, Integer> groupDate) {
        return person.twinGroup() == null ? person.birthSortKey() : groupDate.get(person.twinGroup());
    }

    /** Twins share their group; anybody else is a group of one. */
    private static String group(FamilyGraph.Person person) {
        return person.twinGroup() == null ? "~" + person.key() : person.twinGroup();
    }
}
