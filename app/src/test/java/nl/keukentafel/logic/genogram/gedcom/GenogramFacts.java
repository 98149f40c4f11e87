package nl.keukentafel.logic.genogram.gedcom;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.keukentafel.logic.genogram.GenogramState;
import nl.keukentafel.model.Member;
import nl.keukentafel.model.genogram.GenoPerson;
import nl.keukentafel.model.genogram.Genogram;

/**
 * A genogram as plain, id-free facts (as FamilyGraph holds them) so two dossiers can be compared: each person by a
 * signature of its own facts, couples, links, twin groups and relations by the signatures of the persons they join.
 * Written independently of the exporter, on purpose. Immutable.
 */
record GenogramFacts(Set<String> persons, Set<String> couples, Set<String> links, Set<String> twins, Set<String> relations,
                     String index) {

    static GenogramFacts of(GenogramState state) {
        Map<UUID, String> signature = new HashMap<>();
        Map<UUID, String> twinGroup = new HashMap<>();
        Map<UUID, GenoPerson> facts = new HashMap<>();
        state.persons().stream().filter(person -> person.memberId() != null).forEach(person -> facts.put(person.memberId(), person));
        for (Member member : state.dossier().members()) {
            GenoPerson own = facts.get(member.id());
            signature.put(member.id(), join(member.givenName(), member.familyName(), member.gender(), member.birthDate(),
                    own == null ? null : own.deathDate(), own != null && own.deceased(), own == null ? null : own.personKind(),
                    own == null ? null : own.twinKind(), own == null ? null : own.birthOrder(), own == null ? null : own.note()));
            twinGroup.put(member.id(), own == null ? null : own.multipleBirthGroup());
        }
        state.persons().stream().filter(person -> person.memberId() == null).forEach(person -> {
            signature.put(person.id(), join(person.givenName(), person.familyName(), person.gender(), person.birthDate(),
                    person.deathDate(), person.deceased(), person.personKind(), person.twinKind(), person.birthOrder(), person.note()));
            twinGroup.put(person.id(), person.multipleBirthGroup());
        });
        Set<String> twins = new TreeSet<>(twinGroup.entrySet().stream().filter(entry -> blank(entry.getValue()) != null)
                .collect(Collectors.groupingBy(Map.Entry::getValue, Collectors.mapping(entry -> signature.get(entry.getKey()),
                        Collectors.toCollection(TreeSet::new)))).values().stream().map(Object::toString).toList());
        return new GenogramFacts(new TreeSet<>(signature.values()),
                set(state.unions().stream().map(union -> new TreeSet<>(List.of(signature.get(union.partnerA()),
                        signature.get(union.partnerB()))) + " " + union.events() + " " + blank(union.note())).toList()),
                set(state.parentLinks().stream().map(link -> join(signature.get(link.child()), signature.get(link.parent()),
                        link.linkKind(), link.since(), link.note())).toList()),
                twins,
                set(state.relations().stream().map(relation -> join(signature.get(relation.from()), signature.get(relation.to()),
                        relation.relationType(), relation.since(), relation.until(), relation.note())).toList()),
                state.settings().map(Genogram::indexPerson).map(signature::get).orElse(null));
    }

    private static Set<String> set(List<String> values) {
        return new TreeSet<>(values);
    }

    private static String join(Object... values) {
        return java.util.Arrays.stream(values).map(value -> Objects.toString(value instanceof String text ? blank(text) : value))
                .collect(Collectors.joining("|"));
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
