package nl.keukentafel.logic.genogram.gedcom;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import nl.keukentafel.model.Gender;
import nl.keukentafel.model.genogram.GenoUnion;
import nl.keukentafel.model.genogram.ParentLink;

/**
 * Maps the genogram's couples and per-parent child links onto GEDCOM families, which link a child to a family rather
 * than to each parent. Per child: first every couple of which it has both partners as parents, then every couple of
 * which it has one remaining parent (a step-parent's new couple), then made-up families for what is left (two
 * parents without a couple, or one parent alone). Deterministic given the person order. Stateless.
 */
final class ExportFamilies {
    private ExportFamilies() {
    }

    static List<ExportFamily> of(List<ExportPerson> persons, List<GenoUnion> unions, List<ParentLink> links) {
        Map<UUID, Integer> order = new LinkedHashMap<>();
        Map<UUID, ExportPerson> byKey = new LinkedHashMap<>();
        persons.forEach(person -> {
            order.put(person.key(), order.size());
            byKey.put(person.key(), person);
        });
        List<ExportFamily> families = new ArrayList<>();
        unions.stream().filter(union -> order.containsKey(union.partnerA()) && order.containsKey(union.partnerB())
                        && !union.partnerA().equals(union.partnerB()))
                .sorted(Comparator.comparing((GenoUnion union) -> order.get(union.partnerA()))
                        .thenComparing(union -> order.get(union.partnerB()))
                        .thenComparing(union -> union.events().toString())
                        .thenComparing(union -> Objects.toString(union.note(), ""))
                        .thenComparing(GenoUnion::id))
                .forEach(union -> families.add(new ExportFamily(union.partnerA(), union.partnerB(), union)));
        List<ExportFamily> madeUp = new ArrayList<>();
        for (ExportPerson child : persons) {
            Map<UUID, ParentLink> parents = new LinkedHashMap<>();
            links.stream().filter(link -> link.child().equals(child.key()) && order.containsKey(link.parent())
                            && !link.parent().equals(child.key()))
                    .sorted(Comparator.comparing(link -> order.get(link.parent())))
                    .forEach(link -> parents.putIfAbsent(link.parent(), link));
            for (ExportFamily family : families) {
                if (parents.containsKey(family.husband()) && parents.containsKey(family.wife())) {
                    family.addChild(new ExportFamily.ChildEntry(child.key(),
                            List.of(parents.remove(family.husband()), parents.remove(family.wife()))));
                }
            }
            for (ExportFamily family : families) {
                ParentLink one = parents.containsKey(family.husband()) ? parents.remove(family.husband()) : parents.remove(family.wife());
                if (one != null) {
                    family.addChild(new ExportFamily.ChildEntry(child.key(), List.of(one)));
                }
            }
            List<ParentLink> left = new ArrayList<>(parents.values());
            for (int index = 0; index < left.size(); index += 2) {
                List<ParentLink> group = left.subList(index, Math.min(index + 2, left.size()));
                madeUpFamily(madeUp, group, byKey).addChild(new ExportFamily.ChildEntry(child.key(), group));
            }
        }
        families.addAll(madeUp);
        for (int index = 0; index < families.size(); index++) {
            families.get(index).xref("F" + (index + 1));
        }
        return families;
    }

    /** The made-up family of these parents, shared by all their children. */
    private static ExportFamily madeUpFamily(List<ExportFamily> madeUp, List<ParentLink> group, Map<UUID, ExportPerson> byKey) {
        UUID first = group.get(0).parent();
        UUID second = group.size() > 1 ? group.get(1).parent() : null;
        for (ExportFamily family : madeUp) {
            if (family.partnerCount() == group.size() && family.hasPartner(first) && (second == null || family.hasPartner(second))) {
                return family;
            }
        }
        boolean alone = second == null;
        boolean mother = byKey.get(first).gender() == Gender.FEMALE;
        ExportFamily family = alone && mother ? new ExportFamily(null, first, null) : new ExportFamily(first, second, null);
        madeUp.add(family);
        return family;
    }
}
