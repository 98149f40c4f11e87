package nl.keukentafel.logic.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import nl.keukentafel.model.Contact;
import nl.keukentafel.model.intake.Sector;

/**
 * The people around a demo family: professionals first (with their sector, as a consultant picks it: JGZ when a child
 * is under 4, the school when one is of school age, the GP), then the informal network (family, neighbours). Stateless.
 */
final class Network {
    private static final int SCHOOL_AGE = 4;

    private Network() {
    }

    static List<DemoFamily.DemoContact> contacts(Random random, String surname, int youngestAge, int oldestAge, boolean formerDoctor) {
        List<DemoFamily.DemoContact> contacts = new ArrayList<>();
        if (youngestAge < SCHOOL_AGE) {
            contacts.add(professional(Sector.YOUTH_HEALTH, DemoData.contact("Jeugdverpleegkundige Mirjam", "JGZ Regio Voorbeeldstad",
                    "Jeugdverpleegkundige consultatiebureau", "jgz@voorbeeldstad.example", DemoData.phone(random), "ma, di, do")));
            if (oldestAge >= SCHOOL_AGE) {
                // no draw from the random: the rest of the family stays what it was before this contact was added
                contacts.add(professional(Sector.SCHOOL, DemoData.contact("Juf Anouk", "Basisschool De Verzonnen Boom", "Leerkracht",
                        "info@verzonnenboom.example", String.format(java.util.Locale.ROOT, "06-00%06d",
                                Math.floorMod(surname.hashCode(), 1_000_000)), "ma t/m vr")));
            }
        } else {
            contacts.add(professional(Sector.SCHOOL, DemoData.contact("Meester Hendrik", "Basisschool De Verzonnen Boom",
                    "Leerkracht groep " + (3 + random.nextInt(6)), "info@verzonnenboom.example", DemoData.phone(random), "ma t/m vr")));
        }
        contacts.add(professional(Sector.GENERAL_PRACTICE, DemoData.contact("Dokter Baksteen", "Huisartsenpraktijk Denkbeeld", "Huisarts",
                "praktijk@denkbeeld.example", DemoData.phone(random), "ma t/m vr, 8–17 uur")));
        if (formerDoctor) {
            contacts.add(new DemoFamily.DemoContact(true, true, sector(Sector.GENERAL_PRACTICE, DemoData.contact("Dokter Keisteen",
                    "Huisartsenpraktijk Oud", "Vorige huisarts", "", DemoData.phone(random), ""))));
        }
        contacts.add(new DemoFamily.DemoContact(false, false, sector(Sector.FAMILY, DemoData.contact(DemoData.pick(random,
                DemoNames.GRANDMOTHERS), "", "Grootmoeder, past op de kinderen", "", DemoData.phone(random), "wo, za"))));
        if (random.nextBoolean()) {
            contacts.add(new DemoFamily.DemoContact(false, false, sector(Sector.FRIENDS_NEIGHBOURS, DemoData.contact(DemoData.pick(random,
                    DemoNames.NEIGHBOURS), "", "Buren van gezin " + surname + ", halen soms de kinderen op", "",
                    DemoData.phone(random), ""))));
        }
        return contacts;
    }

    private static DemoFamily.DemoContact professional(Sector sector, Map<String, String> fields) {
        return new DemoFamily.DemoContact(true, false, sector(sector, fields));
    }

    private static Map<String, String> sector(Sector sector, Map<String, String> fields) {
        fields.put(Contact.Field.SECTOR, sector.name());
        return fields;
    }
}
