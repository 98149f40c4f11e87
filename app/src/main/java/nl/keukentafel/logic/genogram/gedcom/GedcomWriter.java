package nl.keukentafel.logic.genogram.gedcom;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import nl.keukentafel.logic.genogram.GenogramState;
import nl.keukentafel.model.Gender;
import nl.keukentafel.model.genogram.EmotionalRelation;
import nl.keukentafel.model.genogram.Genogram;
import nl.keukentafel.model.genogram.PersonKind;

/**
 * Writes a dossier's genogram as GEDCOM 7.0 (docs/gedcom.md): persons, couples, per-parent child links, twins and,
 * in declared extension tags, what GEDCOM has no structure for. Only genogram facts: no BSN, phone, email or address.
 * Stateless and thread-safe.
 */
public final class GedcomWriter {
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    /** The GEDCOM text, starting with the byte-order mark the spec recommends. {@code today} is the header's date. */
    public String write(GenogramState state, LocalDate today) {
        List<ExportPerson> persons = ExportPerson.of(state);
        Map<UUID, String> xrefs = new LinkedHashMap<>();
        persons.forEach(person -> xrefs.put(person.key(), "I" + (xrefs.size() + 1)));
        List<ExportFamily> families = ExportFamilies.of(persons, state.unions(), state.parentLinks());
        UUID index = state.settings().map(Genogram::indexPerson).orElse(null);
        GedcomOut out = new GedcomOut();
        header(out, today);
        Map<String, List<UUID>> twins = twinGroups(persons);
        List<EmotionalRelation> relations = relations(state.relations(), xrefs);
        for (ExportPerson person : persons) {
            new IndividualWriter(out, xrefs, families).write(person, person.key().equals(index),
                    twins.getOrDefault(Objects.toString(person.twinGroup(), ""), List.of()),
                    relations.stream().filter(relation -> relation.from().equals(person.key())).toList());
        }
        families.forEach(family -> FamilyWriter.write(out, family, xrefs));
        out.line(0, "TRLR");
        return BYTE_ORDER_MARK + out.toString();
    }

    private static void header(GedcomOut out, LocalDate today) {
        out.line(0, "HEAD").line(1, "GEDC").text(2, "VERS", "7.0").line(1, "SCHMA");
        GedcomTags.SCHEMA.forEach((tag, uri) -> out.text(2, "TAG", tag + " " + uri));
        out.text(1, "SOUR", GedcomTags.SOURCE).text(2, "NAME", "Keukentafel");
        out.text(1, "DATE", today.getDayOfMonth() + " " + GedcomDates.MONTHS.get(today.getMonthValue() - 1) + " " + today.getYear());
    }

    /** Multiple-birth groups with at least two persons, members in person order. */
    private static Map<String, List<UUID>> twinGroups(List<ExportPerson> persons) {
        Map<String, List<UUID>> groups = new LinkedHashMap<>();
        persons.stream().filter(person -> person.twinGroup() != null && !person.twinGroup().isBlank())
                .forEach(person -> groups.computeIfAbsent(person.twinGroup(), group -> new ArrayList<>()).add(person.key()));
        groups.values().removeIf(group -> group.size() < 2);
        return groups;
    }

    /** Relations between exported persons, in an order that does not depend on record ids. */
    private static List<EmotionalRelation> relations(List<EmotionalRelation> all, Map<UUID, String> xrefs) {
        List<String> order = new ArrayList<>(xrefs.values());
        return all.stream().filter(relation -> xrefs.containsKey(relation.from()) && xrefs.containsKey(relation.to())
                        && relation.relationType() != null)
                .sorted(Comparator.comparing((EmotionalRelation relation) -> order.indexOf(xrefs.get(relation.to())))
                        .thenComparing(EmotionalRelation::relationType)
                        .thenComparing(relation -> Objects.toString(relation.since(), ""))
                        .thenComparing(relation -> Objects.toString(relation.until(), ""))
                        .thenComparing(relation -> Objects.toString(relation.note(), ""))
                        .thenComparing(EmotionalRelation::id))
                .toList();
    }

    static String sex(Gender gender) {
        return switch (gender) {
            case MALE -> "M";
            case FEMALE -> "F";
            case OTHER -> "X";
            case UNKNOWN -> "U";
        };
    }

    static boolean isLoss(PersonKind kind) {
        return kind != null && kind != PersonKind.PERSON;
    }
}
