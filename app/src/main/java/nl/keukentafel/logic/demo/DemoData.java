package nl.keukentafel.logic.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import nl.keukentafel.model.Contact;
import nl.keukentafel.model.Family;
import nl.keukentafel.model.Gender;
import nl.keukentafel.model.HouseholdRole;
import nl.keukentafel.model.Member;
import nl.keukentafel.model.Residence;

/**
 * Makes fictional families for demos and benchmarks: parents, children, sometimes a parent living elsewhere,
 * and a network (school or JGZ, huisarts, a grandmother, a neighbour). Every fifth family but one carries a
 * deliberately wrong value (a BSN failing the 11-proef, an e-mail without domain, a postal code, an impossible
 * date) so the flags show; every fifth is archived. The same seed, date and index always give the same family.
 * Immutable and thread-safe.
 */
public final class DemoData {
    private final long seed;
    private final LocalDate today;
    private final String consultantName;

    public DemoData(long seed, LocalDate today, String consultantName) {
        this.seed = seed;
        this.today = today;
        this.consultantName = consultantName;
    }

    public List<DemoFamily> families(int count) {
        List<DemoFamily> families = new ArrayList<>(count);
        for (int index = 0; index < count; index++) {
            families.add(family(index));
        }
        return families;
    }

    /** Family number {@code index}; independent of how many others are made. */
    public DemoFamily family(int index) {
        Random random = new Random(seed * 1_000_003L + index);
        String surname = pick(random, DemoNames.FAMILY_NAMES);
        List<DemoFamily.DemoMember> members = new ArrayList<>();
        members.add(parent(random, surname, Residence.IN_HOUSEHOLD));
        String household = surname;
        int shape = random.nextInt(10);
        if (shape < 5) {
            String partnerSurname = pick(random, DemoNames.FAMILY_NAMES);
            members.add(parent(random, partnerSurname, Residence.IN_HOUSEHOLD));
            household = partnerSurname.equals(surname) ? surname : surname + "-" + partnerSurname;
        } else if (shape < 9) {
            members.add(parent(random, pick(random, DemoNames.FAMILY_NAMES), Residence.ELSEWHERE));
        }
        int children = 1 + random.nextInt(4);
        int youngest = 18;
        int oldest = 0;
        for (int child = 0; child < children; child++) {
            DemoFamily.DemoMember made = child(random, surname, random.nextInt(17));
            // the age on today, as the intake's rules will compute it (the drawn number is the birth year's distance)
            int age = nl.keukentafel.logic.intake.Ages.ageOn(made.fields().get(Member.Field.BIRTH_DATE), today).orElse(0);
            youngest = Math.min(youngest, age);
            oldest = Math.max(oldest, age);
            members.add(made);
        }
        List<DemoFamily.DemoContact> contacts = Network.contacts(random, surname, youngest, oldest, index % 5 == 3);
        DemoFamily family = new DemoFamily(household(random, index, household), index % 5 == 4, members, contacts);
        return Mistakes.apply(family, index);
    }

    private Map<String, String> household(Random random, int index, String name) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put(Family.Field.HOUSEHOLD_NAME, "Gezin " + name);
        fields.put(Family.Field.STREET, pick(random, DemoNames.STREETS) + " " + (1 + random.nextInt(180)));
        fields.put(Family.Field.POSTAL_CODE, (1000 + random.nextInt(9000)) + " " + letter(random) + letter(random));
        fields.put(Family.Field.CITY, pick(random, DemoNames.TOWNS));
        if (index % 7 != 6) {
            fields.put(Family.Field.REGISSEUR_NAME, consultantName);
            fields.put(Family.Field.REGISSEUR_ROLE, "Casusregisseur");
            fields.put(Family.Field.REGISSEUR_ORGANISATION, "Wijkteam Voorbeeldstad");
            fields.put(Family.Field.REGISSEUR_PHONE, phone(random));
            fields.put(Family.Field.REGISSEUR_EMAIL, "wijkteam@voorbeeldstad.example");
        }
        if (index % 3 != 2) {
            fields.put(Family.Field.NEXT_VISIT, date(today.plusDays(1 + random.nextInt(40))));
        }
        return fields;
    }

    private DemoFamily.DemoMember parent(Random random, String surname, Residence residence) {
        boolean female = random.nextBoolean();
        String given = pick(random, female ? DemoNames.FEMALE : DemoNames.MALE);
        Map<String, String> fields = person(random, given, surname, female, today.getYear() - 28 - random.nextInt(20));
        fields.put(Member.Field.RESIDENCE, residence.name());
        fields.put(Member.Field.PHONE, phone(random));
        fields.put(Member.Field.EMAIL, email(given, surname));
        return new DemoFamily.DemoMember(HouseholdRole.PARENT, fields);
    }

    private DemoFamily.DemoMember child(Random random, String surname, int age) {
        boolean female = random.nextBoolean();
        String given = pick(random, female ? DemoNames.FEMALE : DemoNames.MALE);
        Map<String, String> fields = person(random, given, surname, female, today.getYear() - 1 - age);
        fields.put(Member.Field.RESIDENCE, Residence.IN_HOUSEHOLD.name());
        return new DemoFamily.DemoMember(HouseholdRole.CHILD, fields);
    }

    private static Map<String, String> person(Random random, String given, String surname, boolean female, int birthYear) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put(Member.Field.GIVEN_NAME, given);
        fields.put(Member.Field.FAMILY_NAME, surname);
        fields.put(Member.Field.BIRTH_DATE, date(LocalDate.of(birthYear, 1 + random.nextInt(12), 1 + random.nextInt(28))));
        fields.put(Member.Field.GENDER, (female ? Gender.FEMALE : Gender.MALE).name());
        fields.put(Member.Field.BSN, TestBsn.valid(random));
        return fields;
    }

    static String date(LocalDate date) {
        return String.format(Locale.ROOT, "%02d-%02d-%04d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
    }

    static String phone(Random random) {
        return String.format(Locale.ROOT, "06-00%06d", random.nextInt(1_000_000));
    }

    static String email(String given, String surname) {
        String local = (given + "." + surname).toLowerCase(Locale.ROOT).replace(" ", "");
        return nl.keukentafel.model.Text.searchable(local) + "@mail.example";
    }

    static <T> T pick(Random random, List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }

    private static char letter(Random random) {
        return (char) ('A' + random.nextInt(26));
    }

    /** The contact fields helper is shared with {@link Network}. */
    static Map<String, String> contact(String name, String organisation, String relation, String email, String phone,
                                       String daysReachable) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put(Contact.Field.NAME, name);
        fields.put(Contact.Field.ORGANISATION, organisation);
        fields.put(Contact.Field.RELATION, relation);
        fields.put(Contact.Field.EMAIL, email);
        fields.put(Contact.Field.PHONE, phone);
        fields.put(Contact.Field.DAYS_REACHABLE, daysReachable);
        return fields;
    }
}
