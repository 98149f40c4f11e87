package nl.keukentafel.logic.genogram.draw;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.keukentafel.logic.genogram.FamilyGraph;
import nl.keukentafel.logic.genogram.FamilyGraph.Couple;
import nl.keukentafel.logic.genogram.FamilyGraph.ParentEdge;
import nl.keukentafel.logic.genogram.FamilyGraph.Person;
import nl.keukentafel.logic.genogram.layout.GenogramLayout;
import nl.keukentafel.logic.genogram.layout.GenogramLayout.Placement;
import nl.keukentafel.model.Gender;
import nl.keukentafel.model.genogram.ParentLinkKind;
import nl.keukentafel.model.genogram.PersonKind;
import nl.keukentafel.model.genogram.UnionEvent;
import nl.keukentafel.model.genogram.UnionEventType;

/** A couple with many children in one row, laid out by hand: wider than any page at a readable size. */
public final class WideFamily {
    public final List<Person> persons = new ArrayList<>();
    public final Map<UUID, Placement> placements = new HashMap<>();
    private final List<ParentEdge> edges = new ArrayList<>();
    private final Couple couple;

    public WideFamily(int children, String firstChildName) {
        UUID father = add("Vader", Gender.MALE, 0, 0, true);
        UUID mother = add("Moeder", Gender.FEMALE, 90, 0, true);
        for (int i = 0; i < children; i++) {
            Gender gender = i % 2 == 0 ? Gender.FEMALE : Gender.MALE;
            UUID child = add(i == 0 ? firstChildName : "Kind " + (i + 1), gender, i * 90 - children * 45, 1, i < 3);
            edges.add(new ParentEdge(child, father, ParentLinkKind.BIRTH));
            edges.add(new ParentEdge(child, mother, ParentLinkKind.BIRTH));
        }
        couple = new Couple(new UUID(9, 9), father, mother, List.of(new UnionEvent(UnionEventType.MARRIED, "1990")));
    }

    public FamilyGraph graph() {
        return new FamilyGraph(persons, List.of(couple), edges, List.of());
    }

    public GenogramLayout layout() {
        return new GenogramLayout(placements, 0, 0);
    }

    private UUID add(String name, Gender gender, double x, int generation, boolean household) {
        UUID key = new UUID(5, persons.size() + 1);
        persons.add(new Person(key, name, gender, PersonKind.PERSON, "2000", null, null, false, 20, false, household, null, null, null,
                null, null));
        placements.put(key, new Placement(x, generation * 130.0, generation, false));
        return key;
    }
}
