package nl.keukentafel.logic.genogram.gedcom;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.keukentafel.logic.genogram.GenoDates;
import nl.keukentafel.logic.genogram.GenogramService;
import nl.keukentafel.model.Gender;
import nl.keukentafel.model.Member;
import nl.keukentafel.model.RecordKind;
import nl.keukentafel.model.RecordRef;
import nl.keukentafel.model.Text;
import nl.keukentafel.model.genogram.GenoPerson;
import nl.keukentafel.model.genogram.Genogram;
import nl.keukentafel.model.genogram.PersonKind;
import nl.keukentafel.model.genogram.TwinKind;
import nl.keukentafel.store.RecordStore;

/**
 * Maps one {@code INDI} record to a person: an existing household member when its {@code _KT_MEMBER} names one of
 * this dossier (only the genogram facts are written: the member record stays the source of name, sex and birth),
 * else a new relative. Links to families, twins and relations are read later, once every person has a key.
 */
final class PersonImport {
    /** Tags read here or by the later passes. */
    static final Set<String> USED = Set.of("NAME", "SEX", "BIRT", "DEAT", "NOTE", "SNOTE", "FAMC", "FAMS", "ASSO",
            GedcomTags.MEMBER, GedcomTags.HOUSEHOLD, GedcomTags.INDEX, GedcomTags.LOSS, GedcomTags.TWIN, GedcomTags.ORDER,
            GedcomTags.EMOTIONAL);

    private final ImportContext context;

    PersonImport(ImportContext context) {
        this.context = context;
    }

    /** Chooses the person key for an individual; call for all before {@link #read}. */
    UUID key(GedcomNode individual, Set<UUID> membersTaken) {
        String memberText = individual.childValue(GedcomTags.MEMBER).strip();
        if (!memberText.isEmpty()) {
            Optional<Member> member = context.state().dossier().members().stream()
                    .filter(candidate -> candidate.id().toString().equalsIgnoreCase(memberText)).findFirst();
            if (member.isPresent() && membersTaken.add(member.get().id())) {
                return member.get().id();
            }
            context.warn(individual.child(GedcomTags.MEMBER).orElseThrow(), "gedcom.warn.memberNotFound");
        }
        return sameAsDrawn(individual, membersTaken).orElseGet(context::freshId);
    }

    /**
     * A re-imported file names the relatives already drawn (and members from a file without member tags): the same
     * given and family name (case and accents aside) and the same birth as typed, or both without one. The first
     * such person not yet taken by this file is the match, so relatives are not added twice.
     */
    private Optional<UUID> sameAsDrawn(GedcomNode individual, Set<UUID> taken) {
        Map<String, Object> named = new LinkedHashMap<>();
        name(individual, named);
        String name = sameName(String.valueOf(named.getOrDefault(GenoPerson.Field.GIVEN_NAME, "")),
                String.valueOf(named.getOrDefault(GenoPerson.Field.FAMILY_NAME, "")));
        if (name.isBlank()) {
            return Optional.empty();
        }
        // read quietly: read() reports what is wrong with the date once
        String born = individual.child("BIRT").flatMap(birth -> birth.child("DATE")).map(date -> {
            String typed = GedcomDates.fromGedcom(date.value(), date.childValue("PHRASE"));
            return typed == null ? date.value().strip() : typed;
        }).orElse("");
        Optional<UUID> relative = context.state().persons().stream()
                .filter(person -> person.memberId() == null && !taken.contains(person.id()))
                .filter(person -> name.equals(sameName(person.givenName(), person.familyName()))
                        && sameBirth(born, person.birthDate()))
                .map(GenoPerson::id).findFirst();
        Optional<UUID> found = relative.or(() -> context.state().dossier().members().stream()
                .filter(member -> !taken.contains(member.id()))
                .filter(member -> name.equals(sameName(member.givenName(), member.familyName())) && sameBirth(born, member.birthDate()))
                .map(Member::id).findFirst());
        found.ifPresent(taken::add);
        return found;
    }

    private static String sameName(String given, String family) {
        return Text.searchable(Text.joinNonBlank(" ", given, family)).strip().replaceAll("\\s+", " ");
    }

    private static boolean sameBirth(String imported, String drawn) {
        String left = imported == null ? "" : imported.strip();
        String right = drawn == null ? "" : drawn.strip();
        if (left.isEmpty() || right.isEmpty()) {
            return left.isEmpty() && right.isEmpty();
        }
        return left.equals(right) || GenoDates.sortKey(left) != null && GenoDates.sortKey(left).equals(GenoDates.sortKey(right));
    }

    /** Plans the person's record; answers the record that holds its genogram facts. */
    RecordRef read(GedcomNode individual, UUID key) {
        boolean member = context.state().dossier().members().stream().anyMatch(candidate -> candidate.id().equals(key));
        boolean drawn = member || context.state().persons().stream().anyMatch(person -> person.id().equals(key));
        Map<String, Object> fields = new LinkedHashMap<>();
        if (member) {
            fields.put(GenoPerson.Field.MEMBER_ID, key);
        } else {
            name(individual, fields);
            individual.child("SEX").ifPresent(sex -> fields.put(GenoPerson.Field.GENDER, gender(sex)));
            individual.child("BIRT").ifPresent(birth -> put(fields, GenoPerson.Field.BIRTH_DATE, date(birth)));
        }
        individual.child("DEAT").ifPresent(death -> {
            fields.put(GenoPerson.Field.DECEASED, true);
            put(fields, GenoPerson.Field.DEATH_DATE, date(death));
        });
        String note = String.join("\n", individual.children().stream().filter(child -> child.tag().equals("NOTE")
                || child.tag().equals("SNOTE")).map(context::noteText).filter(text -> !text.isBlank()).toList());
        put(fields, GenoPerson.Field.NOTE, note);
        individual.child(GedcomTags.LOSS).ifPresent(loss -> put(fields, GenoPerson.Field.PERSON_KIND,
                ImportEnums.parse(context, loss, PersonKind.class)));
        individual.child(GedcomTags.TWIN).ifPresent(twin -> put(fields, GenoPerson.Field.TWIN_KIND,
                ImportEnums.parse(context, twin, TwinKind.class)));
        individual.child(GedcomTags.ORDER).ifPresent(order -> put(fields, GenoPerson.Field.BIRTH_ORDER, number(order)));
        RecordRef ref = member ? GenogramService.memberPersonRef(context.dossierId(), key)
                : new RecordRef(RecordKind.GENO_PERSON, key, context.dossierId());
        context.plan().write(new RecordStore.Write(ref, fields));
        context.plan().countPerson(drawn);
        if (individual.child(GedcomTags.INDEX).isPresent()) {
            context.plan().write(new RecordStore.Write(GenogramService.settingsRef(context.dossierId()),
                    Map.of(Genogram.Field.INDEX_PERSON, key)));
        }
        context.skipOthers(individual, USED);
        return ref;
    }

    /** {@code Given /Family/}; GIVN and SURN when the name has no slashes. */
    private void name(GedcomNode individual, Map<String, Object> fields) {
        Optional<GedcomNode> name = individual.child("NAME");
        if (name.isEmpty()) {
            return;
        }
        String text = name.get().value();
        int open = text.indexOf('/');
        int close = open < 0 ? -1 : text.indexOf('/', open + 1);
        String given;
        String family;
        if (open < 0) {
            given = name.get().child("GIVN").map(GedcomNode::value).orElse(text);
            family = name.get().childValue("SURN");
        } else {
            family = text.substring(open + 1, close < 0 ? text.length() : close);
            given = (text.substring(0, open) + " " + (close < 0 ? "" : text.substring(close + 1))).strip();
        }
        put(fields, GenoPerson.Field.GIVEN_NAME, given.strip());
        put(fields, GenoPerson.Field.FAMILY_NAME, family.strip());
    }

    private Gender gender(GedcomNode sex) {
        return switch (sex.value().strip().toUpperCase(java.util.Locale.ROOT)) {
            case "M" -> Gender.MALE;
            case "F" -> Gender.FEMALE;
            case "X" -> Gender.OTHER;
            case "U" -> Gender.UNKNOWN;
            default -> {
                context.warn(sex, "gedcom.warn.sex", sex.value().isBlank() ? "-" : sex.value().strip());
                yield Gender.UNKNOWN;
            }
        };
    }

    /** The event's date as the app keeps it; a malformed date is kept as text, with a warning. */
    String date(GedcomNode event) {
        if (event.tag().equals("BIRT") || event.tag().equals("DEAT")) {
            context.skipOthers(event, Set.of("DATE"));
        }
        Optional<GedcomNode> date = event.child("DATE");
        if (date.isEmpty()) {
            return "";
        }
        String typed = GedcomDates.fromGedcom(date.get().value(), date.get().childValue("PHRASE"));
        if (typed == null) {
            context.warn(date.get(), "gedcom.warn.date");
            return date.get().value().strip();
        }
        return typed;
    }

    private Integer number(GedcomNode node) {
        try {
            return Integer.valueOf(node.value().strip());
        } catch (NumberFormatException notANumber) {
            context.warn(node, "gedcom.warn.value");
            return null;
        }
    }

    static void put(Map<String, Object> fields, String field, Object value) {
        if (value != null && !(value instanceof String text && text.isBlank())) {
            fields.put(field, value);
        }
    }
}
