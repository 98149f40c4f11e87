package nl.keukentafel.logic.genogram;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import nl.keukentafel.model.Gender;
import nl.keukentafel.model.Member;
import nl.keukentafel.model.RecordIds;
import nl.keukentafel.model.Residence;
import nl.keukentafel.model.Text;
import nl.keukentafel.model.genogram.EmotionalRelation;
import nl.keukentafel.model.genogram.GenoPerson;
import nl.keukentafel.model.genogram.GenoUnion;
import nl.keukentafel.model.genogram.Genogram;
import nl.keukentafel.model.genogram.ParentLink;
import nl.keukentafel.model.genogram.ParentLinkKind;
import nl.keukentafel.model.genogram.PersonKind;
import nl.keukentafel.model.genogram.UnionEvent;

/**
 * Builds the {@link FamilyGraph} of a dossier from its records (ADR 0004): the members (name, gender and birth from
 * the member record, their genogram facts from their {@code geno_person}), then the relatives outside the household,
 * couples with their events in date order, parent edges and emotional relations. Records that name a person who is
 * not there (a deleted member) are left out rather than drawn half. Stateless, thread-safe.
 */
public final class FamilyGraphs {
    private FamilyGraphs() {
    }

    /** The graph as it stands {@code today} (ages are computed against it). */
    public static FamilyGraph from(GenogramState state, LocalDate today) {
        UUID index = state.settings().map(Genogram::indexPerson).orElse(null);
        Map<UUID, FamilyGraph.Person> persons = new LinkedHashMap<>();
        Map<UUID, GenoPerson> factsByMember = memberFacts(state.persons());
        for (Member member : state.dossier().members()) {
            persons.put(member.id(), memberPerson(member, factsByMember.get(member.id()), index, today));
        }
        state.persons().stream()
                .filter(relative -> relative.memberId() == null)
                .sorted(Comparator.comparing(GenoPerson::id))
                .forEach(relative -> persons.put(relative.id(), relative(relative, index, today)));
        return new FamilyGraph(List.copyOf(persons.values()), couples(state.unions(), persons), edges(state.parentLinks(), persons),
                relations(state.relations(), persons));
    }

    /** The members' genogram facts; the record with the derived id wins should two laptops have made two. */
    private static Map<UUID, GenoPerson> memberFacts(List<GenoPerson> all) {
        Map<UUID, GenoPerson> byMember = new LinkedHashMap<>();
        all.stream().filter(facts -> facts.memberId() != null).sorted(Comparator.comparing(GenoPerson::id)).forEach(facts -> {
            boolean derived = facts.id().equals(RecordIds.derived(facts.memberId(), "geno"));
            if (derived || !byMember.containsKey(facts.memberId())) {
                byMember.put(facts.memberId(), facts);
            }
        });
        return byMember;
    }

    private static FamilyGraph.Person memberPerson(Member member, GenoPerson facts, UUID index, LocalDate today) {
        GenoPerson known = facts != null ? facts : new GenoPerson(null, null, member.id(), null, null, null, null, null, false, null,
                null, null, null, null, null, null);
        // A member without a residence was written before the field existed; the app's default is "in the household".
        boolean inHousehold = member.residence() == null || member.residence() == Residence.IN_HOUSEHOLD;
        return person(member.id(), member.fullName(), member.gender(), member.birthDate(), known, index, inHousehold, today);
    }

    private static FamilyGraph.Person relative(GenoPerson relative, UUID index, LocalDate today) {
        String name = Text.joinNonBlank(" ", relative.givenName(), relative.familyName());
        return person(relative.id(), name, relative.gender(), relative.birthDate(), relative, index, false, today);
    }

    private static FamilyGraph.Person person(UUID key, String name, Gender gender, String birth, GenoPerson facts, UUID index,
                                             boolean inHousehold, LocalDate today) {
        boolean deceased = facts.deceased() || !Text.isBlank(facts.deathDate());
        Integer age = deceased && Text.isBlank(facts.deathDate()) ? null : GenoDates.age(birth, facts.deathDate(), today);
        String multipleBirthGroup = Text.isBlank(facts.multipleBirthGroup()) ? null : facts.multipleBirthGroup().strip();
        return new FamilyGraph.Person(key, name, gender == null ? Gender.UNKNOWN : gender,
                facts.personKind() == null ? PersonKind.PERSON : facts.personKind(), birth, GenoDates.sortKey(birth), facts.deathDate(),
                deceased, age, key.equals(index), inHousehold, multipleBirthGroup,
                multipleBirthGroup == null ? null : facts.twinKind(), facts.birthOrder(), facts.pinnedX(), facts.pinnedY());
    }

    /** Couples of two known persons, ordered by their first event (undated ones last), then id. */
    private static List<FamilyGraph.Couple> couples(List<GenoUnion> unions, Map<UUID, FamilyGraph.Person> persons) {
        List<FamilyGraph.Couple> couples = new ArrayList<>();
        for (GenoUnion union : unions) {
            if (known(persons, union.partnerA()) && known(persons, union.partnerB()) && !union.partnerA().equals(union.partnerB())) {
                couples.add(new FamilyGraph.Couple(union.id(), union.partnerA(), union.partnerB(), eventsInDateOrder(union.events())));
            }
        }
        couples.sort(Comparator.comparing((FamilyGraph.Couple couple) -> firstDate(couple.events()),
                Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(FamilyGraph.Couple::id));
        return couples;
    }

    /**
     * Sorts by date; an undated event keeps its place after the event typed before it (a "married" without a date
     * typed before a dated divorce must not end up as the latest event and decide the line).
     */
    public static List<UnionEvent> eventsInDateOrder(List<UnionEvent> events) {
        record Keyed(UnionEvent event, int key, int position) {
        }
        List<Keyed> keyed = new ArrayList<>();
        int previous = Integer.MIN_VALUE;
        for (UnionEvent event : events) {
            if (event == null) {
                continue;
            }
            Integer key = GenoDates.sortKey(event.date());
            previous = key != null ? key : previous;
            keyed.add(new Keyed(event, previous, keyed.size()));
        }
        keyed.sort(Comparator.comparingInt(Keyed::key).thenComparingInt(Keyed::position));
        return keyed.stream().map(Keyed::event).toList();
    }

    private static Integer firstDate(List<UnionEvent> events) {
        return events.stream().map(event -> GenoDates.sortKey(event.date())).filter(Objects::nonNull).findFirst().orElse(null);
    }

    private static List<FamilyGraph.ParentEdge> edges(List<ParentLink> links, Map<UUID, FamilyGraph.Person> persons) {
        return links.stream()
                .filter(link -> known(persons, link.child()) && known(persons, link.parent()) && !link.child().equals(link.parent()))
                .map(link -> new FamilyGraph.ParentEdge(link.child(), link.parent(),
                        link.linkKind() == null ? ParentLinkKind.BIRTH : link.linkKind()))
                .distinct()
                .sorted(Comparator.comparing(FamilyGraph.ParentEdge::child).thenComparing(FamilyGraph.ParentEdge::parent))
                .toList();
    }

    private static List<FamilyGraph.Relation> relations(List<EmotionalRelation> relations, Map<UUID, FamilyGraph.Person> persons) {
        return relations.stream()
                .filter(relation -> relation.relationType() != null && known(persons, relation.from()) && known(persons, relation.to()))
                .sorted(Comparator.comparing(EmotionalRelation::id))
                .map(relation -> new FamilyGraph.Relation(relation.id(), relation.from(), relation.to(), relation.relationType()))
                .toList();
    }

    private static boolean known(Map<UUID, FamilyGraph.Person> persons, UUID key) {
        return key != null && persons.containsKey(key);
    }
}
