package nl.keukentafel.logic.genogram.draw;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.keukentafel.logic.genogram.FamilyGraph;
import nl.keukentafel.logic.genogram.FamilyGraph.Couple;
import nl.keukentafel.logic.genogram.FamilyGraph.ParentEdge;
import nl.keukentafel.logic.genogram.FamilyGraph.Person;
import nl.keukentafel.logic.genogram.FamilyGraph.Relation;
import nl.keukentafel.logic.genogram.layout.GenogramLayout;
import nl.keukentafel.logic.genogram.layout.GenogramLayout.Placement;
import nl.keukentafel.model.Gender;
import nl.keukentafel.model.genogram.ParentLinkKind;
import nl.keukentafel.model.genogram.PersonKind;
import nl.keukentafel.model.genogram.RelationType;
import nl.keukentafel.model.genogram.TwinKind;
import nl.keukentafel.model.genogram.UnionEvent;
import nl.keukentafel.model.genogram.UnionEventType;

/**
 * A fictional three-generation family with a hand-made layout, independent of the layouter: grandparents (grandfather
 * deceased), a father with an ex-partner (divorced, one child) and a wife (married), their three children (identical
 * twins among them), a foster child whose birth mother is drawn too, a miscarriage, and emotional lines.
 */
public final class HandMadeFamily {
    public final List<Person> persons = new ArrayList<>();
    final List<Couple> couples = new ArrayList<>();
    final List<ParentEdge> edges = new ArrayList<>();
    final List<Relation> relations = new ArrayList<>();
    final Map<UUID, Placement> placements = new LinkedHashMap<>();

    final UUID grandfather = person("Henk de Vries", Gender.MALE, PersonKind.PERSON, "1940", true, false, false, null, null, 140, 0);
    final UUID grandmother = person("Truus", Gender.FEMALE, PersonKind.PERSON, "1943", false, false, false, null, null, 240, 0);
    final UUID exPartner = person("Sandra Bakker", Gender.FEMALE, PersonKind.PERSON, "1972", false, false, false, null, null, 40, 1);
    final UUID father = person("Peter de Vries", Gender.MALE, PersonKind.PERSON, "1970", false, false, true, null, null, 150, 1);
    final UUID mother = person("Fatima el Amrani", Gender.FEMALE, PersonKind.PERSON, "1978", false, false, true, null, null, 260, 1);
    final UUID birthMother = person("Joyce Verhoef", Gender.FEMALE, PersonKind.PERSON, "1990", false, false, false, null, null, 480, 1);
    final UUID halfSibling = person("Kevin Bakker", Gender.MALE, PersonKind.PERSON, "1996", false, false, false, null, null, 40, 2);
    final UUID eldest = person("Sara", Gender.FEMALE, PersonKind.PERSON, "2005", false, true, true, null, null, 150, 2);
    final UUID twinA = person("Daan", Gender.MALE, PersonKind.PERSON, "12-03-2010", false, false, true, "t1", TwinKind.IDENTICAL, 240, 2);
    final UUID twinB = person("Luuk", Gender.MALE, PersonKind.PERSON, "12-03-2010", false, false, true, "t1", TwinKind.IDENTICAL, 320, 2);
    final UUID loss = person("", Gender.UNKNOWN, PersonKind.MISCARRIAGE, "2013", false, false, false, null, null, 390, 2);
    final UUID foster = person("Noah", Gender.OTHER, PersonKind.PERSON, "2015", false, false, true, null, null, 480, 2);

    final UUID grandparents = couple(grandfather, grandmother, UnionEventType.MARRIED, "1965");
    final UUID firstCouple = couple(father, exPartner, UnionEventType.MARRIED, "1994", UnionEventType.DIVORCED, "1999");
    final UUID secondCouple = couple(father, mother, UnionEventType.COHABITING, "2003");
    final UUID abuse;
    final UUID conflict;

    public HandMadeFamily() {
        link(father, grandfather, ParentLinkKind.BIRTH);
        link(father, grandmother, ParentLinkKind.BIRTH);
        for (UUID child : List.of(eldest, twinA, twinB, loss)) {
            link(child, father, ParentLinkKind.BIRTH);
            link(child, mother, ParentLinkKind.BIRTH);
        }
        link(halfSibling, father, ParentLinkKind.BIRTH);
        link(halfSibling, exPartner, ParentLinkKind.BIRTH);
        link(foster, birthMother, ParentLinkKind.BIRTH);
        link(foster, father, ParentLinkKind.FOSTER);
        link(foster, mother, ParentLinkKind.FOSTER);
        abuse = relation(father, eldest, RelationType.ABUSE);
        conflict = relation(mother, exPartner, RelationType.CONFLICT);
        relation(mother, eldest, RelationType.CLOSE);
    }

    public FamilyGraph graph() {
        return new FamilyGraph(persons, couples, edges, relations);
    }

    public GenogramLayout layout() {
        return new GenogramLayout(placements, 520, 340);
    }

    private UUID person(String name, Gender gender, PersonKind kind, String birth, boolean deceased, boolean index, boolean household,
                        String twinGroup, TwinKind twinKind, double x, int generation) {
        UUID key = new UUID(0, persons.size() + 1);
        Integer age = kind == PersonKind.PERSON && !deceased ? 2026 - Integer.parseInt(birth.substring(birth.length() - 4)) : null;
        persons.add(new Person(key, name, gender, kind, birth, null, deceased ? "2019" : null, deceased, age, index, household, twinGroup,
                twinKind, null, null, null));
        placements.put(key, new Placement(x + 20, 20 + generation * 130.0, generation, false));
        return key;
    }

    private UUID couple(UUID a, UUID b, Object... events) {
        List<UnionEvent> list = new ArrayList<>();
        for (int i = 0; i < events.length; i += 2) {
            list.add(new UnionEvent((UnionEventType) events[i], (String) events[i + 1]));
        }
        UUID id = new UUID(1, couples.size() + 1);
        couples.add(new Couple(id, a, b, list));
        return id;
    }

    private void link(UUID child, UUID parent, ParentLinkKind kind) {
        edges.add(new ParentEdge(child, parent, kind));
    }

    private UUID relation(UUID from, UUID to, RelationType type) {
        UUID id = new UUID(2, relations.size() + 1);
        relations.add(new Relation(id, from, to, type));
        return id;
    }
}
