package nl.keukentafel.logic.genogram.samples;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.keukentafel.logic.genogram.FamilyGraph;
import nl.keukentafel.logic.genogram.GenoDates;
import nl.keukentafel.model.Gender;
import nl.keukentafel.model.genogram.ParentLinkKind;
import nl.keukentafel.model.genogram.PersonKind;
import nl.keukentafel.model.genogram.RelationType;
import nl.keukentafel.model.genogram.TwinKind;
import nl.keukentafel.model.genogram.UnionEvent;

/**
 * Builds a {@link FamilyGraph} by hand for samples, tests and the benchmark. Keys are name-based on the family's name
 * and a counter, so a sample is the same graph on every run. Ages are computed against {@link #TODAY}. Not thread-safe.
 */
public final class FamilyBuilder {
    /** The fixed "today" of every sample, so ages never drift. */
    public static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    private final String family;
    private final Map<UUID, Draft> persons = new LinkedHashMap<>();
    private final List<FamilyGraph.Couple> couples = new ArrayList<>();
    private final List<FamilyGraph.ParentEdge> edges = new ArrayList<>();
    private final List<FamilyGraph.Relation> relations = new ArrayList<>();
    private int counter;

    public FamilyBuilder(String family) {
        this.family = family;
    }

    /** The mutable facts of one person until {@link #build()}. */
    private static final class Draft {
        private final UUID key;
        private final String name;
        private final Gender gender;
        private final String birth;
        private PersonKind kind = PersonKind.PERSON;
        private String death;
        private boolean deceased;
        private boolean index;
        private boolean inHousehold;
        private String twinGroup;
        private TwinKind twinKind;
        private Integer birthOrder;
        private Double pinnedX;
        private Double pinnedY;

        private Draft(UUID key, String name, Gender gender, String birth) {
            this.key = key;
            this.name = name;
            this.gender = gender;
            this.birth = birth;
        }

        private FamilyGraph.Person toPerson() {
            Integer age = deceased && death == null ? null : GenoDates.age(birth, death, TODAY);
            return new FamilyGraph.Person(key, name, gender, kind, birth, GenoDates.sortKey(birth), death, deceased, age, index,
                    inHousehold, twinGroup, twinKind, birthOrder, pinnedX, pinnedY);
        }
    }

    private UUID nextKey() {
        counter++;
        return UUID.nameUUIDFromBytes((family + "/" + counter).getBytes(StandardCharsets.UTF_8));
    }

    public UUID person(String name, Gender gender, String birth) {
        UUID key = nextKey();
        persons.put(key, new Draft(key, name, gender, birth));
        return key;
    }

    public UUID man(String name, String birth) {
        return person(name, Gender.MALE, birth);
    }

    public UUID woman(String name, String birth) {
        return person(name, Gender.FEMALE, birth);
    }

    /** A couple; events as type and date pairs in the order typed. */
    public UUID couple(UUID partnerA, UUID partnerB, UnionEvent... events) {
        UUID id = nextKey();
        couples.add(new FamilyGraph.Couple(id, partnerA, partnerB, List.of(events)));
        return id;
    }

    /** A child born to both partners of {@code coupleId} (birth links to each). */
    public UUID child(UUID coupleId, String name, Gender gender, String birth) {
        UUID child = person(name, gender, birth);
        linkToCouple(child, coupleId, ParentLinkKind.BIRTH);
        return child;
    }

    public FamilyBuilder linkToCouple(UUID child, UUID coupleId, ParentLinkKind kind) {
        FamilyGraph.Couple couple = couples.stream().filter(candidate -> candidate.id().equals(coupleId)).findFirst().orElseThrow();
        link(child, couple.partnerA(), kind);
        return link(child, couple.partnerB(), kind);
    }

    public FamilyBuilder link(UUID child, UUID parent, ParentLinkKind kind) {
        edges.add(new FamilyGraph.ParentEdge(child, parent, kind));
        return this;
    }

    public FamilyBuilder deceased(UUID key, String deathDate) {
        Draft draft = persons.get(key);
        draft.deceased = true;
        draft.death = deathDate;
        return this;
    }

    public FamilyBuilder kind(UUID key, PersonKind kind) {
        persons.get(key).kind = kind;
        return this;
    }

    public FamilyBuilder twins(TwinKind kind, UUID... children) {
        String group = "twins-" + persons.get(children[0]).key;
        for (int order = 0; order < children.length; order++) {
            Draft draft = persons.get(children[order]);
            draft.twinGroup = group;
            draft.twinKind = kind;
            draft.birthOrder = order + 1;
        }
        return this;
    }

    /** Orders siblings whose birth dates are unknown or equal; null clears it. */
    public FamilyBuilder birthOrder(UUID key, Integer order) {
        persons.get(key).birthOrder = order;
        return this;
    }

    public FamilyBuilder index(UUID key) {
        persons.get(key).index = true;
        return this;
    }

    public FamilyBuilder household(UUID... keys) {
        for (UUID key : keys) {
            persons.get(key).inHousehold = true;
        }
        return this;
    }

    public FamilyBuilder pin(UUID key, Double x, Double y) {
        persons.get(key).pinnedX = x;
        persons.get(key).pinnedY = y;
        return this;
    }

    public FamilyBuilder relation(UUID from, UUID to, RelationType type) {
        relations.add(new FamilyGraph.Relation(nextKey(), from, to, type));
        return this;
    }

    public FamilyGraph build() {
        return new FamilyGraph(persons.values().stream().map(Draft::toPerson).toList(), couples, edges, relations);
    }
}
