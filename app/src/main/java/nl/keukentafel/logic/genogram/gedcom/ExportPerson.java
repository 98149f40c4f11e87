package nl.keukentafel.logic.genogram.gedcom;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.keukentafel.logic.genogram.GenogramState;
import nl.keukentafel.model.Gender;
import nl.keukentafel.model.Member;
import nl.keukentafel.model.genogram.GenoPerson;
import nl.keukentafel.model.genogram.PersonKind;
import nl.keukentafel.model.genogram.TwinKind;

/**
 * One person as exported: a household member (name, gender and birth from the member record, the rest from its
 * genogram facts) or a relative. Deliberately without BSN, phone, email or address: those never leave the vault.
 */
record ExportPerson(UUID key, UUID memberId, String givenName, String familyName, Gender gender, String birthDate, String deathDate,
                    boolean deceased, PersonKind kind, String twinGroup, TwinKind twinKind, Integer birthOrder, String note) {
    private static final Pattern TYPED = Pattern.compile("(\\d{1,2})-(\\d{1,2})-(\\d{4})");

    /**
     * The persons of a genogram in a content order (birth, birth order, then name), so two dossiers holding the same family export
     * the same text whatever their record ids.
     */
    static List<ExportPerson> of(GenogramState state) {
        Map<UUID, GenoPerson> factsByMember = state.persons().stream().filter(person -> person.memberId() != null)
                .collect(Collectors.toMap(GenoPerson::memberId, Function.identity(), (first, second) -> first));
        List<ExportPerson> persons = new ArrayList<>();
        for (Member member : state.dossier().members()) {
            GenoPerson facts = factsByMember.get(member.id());
            persons.add(new ExportPerson(member.id(), member.id(), member.givenName(), member.familyName(), member.gender(),
                    member.birthDate(), facts == null ? null : facts.deathDate(), facts != null && facts.deceased(),
                    facts == null ? null : facts.personKind(), facts == null ? null : facts.multipleBirthGroup(),
                    facts == null ? null : facts.twinKind(), facts == null ? null : facts.birthOrder(),
                    facts == null ? null : facts.note()));
        }
        for (GenoPerson relative : state.persons()) {
            if (relative.memberId() == null) {
                persons.add(new ExportPerson(relative.id(), null, relative.givenName(), relative.familyName(), relative.gender(),
                        relative.birthDate(), relative.deathDate(), relative.deceased(), relative.personKind(),
                        relative.multipleBirthGroup(), relative.twinKind(), relative.birthOrder(), relative.note()));
            }
        }
        persons.sort(ORDER);
        return persons;
    }

    private static final Comparator<String> TEXT = Comparator.nullsFirst(Comparator.naturalOrder());
    private static final Comparator<ExportPerson> ORDER = Comparator
            .comparing((ExportPerson person) -> sortKey(person.birthDate()), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(ExportPerson::birthOrder, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(ExportPerson::familyName, TEXT)
            .thenComparing(ExportPerson::givenName, TEXT)
            .thenComparing(person -> Objects.toString(person.kind(), ""))
            .thenComparing(ExportPerson::deathDate, TEXT)
            .thenComparing(ExportPerson::note, TEXT)
            .thenComparing(ExportPerson::key);

    /** yyyymmdd for a typed date, yyyy0000 for a year, null otherwise. */
    static Integer sortKey(String typed) {
        if (typed == null) {
            return null;
        }
        String text = typed.strip();
        if (text.matches("\\d{4}")) {
            return Integer.parseInt(text) * 10_000;
        }
        Matcher matcher = TYPED.matcher(text);
        return matcher.matches() ? Integer.parseInt(matcher.group(3)) * 10_000 + Integer.parseInt(matcher.group(2)) * 100
                + Integer.parseInt(matcher.group(1)) : null;
    }

    boolean inHousehold() {
        return memberId != null;
    }
}
