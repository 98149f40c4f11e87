package nl.keukentafel.logic.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** The people around a demo family: professionals first, then the informal network. Stateless. */
final class Network {
    private static final int SCHOOL_AGE = 4;

    private Network() {
    }

    static List<DemoFamily.DemoContact> contacts(Random random, String surname, int youngestAge, boolean formerDoctor) {
        List<DemoFamily.DemoContact> contacts = new ArrayList<>();
        if (youngestAge < SCHOOL_AGE) {
            contacts.add(professional(DemoData.contact("Jeugdverpleegkundige Mirjam", "JGZ Regio Voorbeeldstad",
                    "Jeugdverpleegkundige consultatiebureau", "jgz@voorbeeldstad.example", DemoData.phone(random), "ma, di, do")));
        } else {
            contacts.add(professional(DemoData.contact("Meester Hendrik", "Basisschool De Verzonnen Boom", "Leerkracht groep "
                    + (3 + random.nextInt(6)), "info@verzonnenboom.example", DemoData.phone(random), "ma t/m vr")));
        }
        contacts.add(professional(DemoData.contact("Dokter Baksteen", "Huisartsenpraktijk Denkbeeld", "Huisarts",
                "praktijk@denkbeeld.example", DemoData.phone(random), "ma t/m vr, 8–17 uur")));
        if (formerDoctor) {
            contacts.add(new DemoFamily.DemoContact(true, true, DemoData.contact("Dokter Keisteen", "Huisartsenpraktijk Oud",
                    "Vorige huisarts", "", DemoData.phone(random), "")));
        }
        contacts.add(new DemoFamily.DemoContact(false, false, DemoData.contact(DemoData.pick(random, DemoNames.GRANDMOTHERS), "",
                "Grootmoeder, past op de kinderen", "", DemoData.phone(random), "wo, za")));
        if (random.nextBoolean()) {
            contacts.add(new DemoFamily.DemoContact(false, false, DemoData.contact(DemoData.pick(random, DemoNames.NEIGHBOURS), "",
                    "Buren van gezin " + surname + ", halen soms de kinderen op", "", DemoData.phone(random), "")));
        }
        return contacts;
    }

    private static DemoFamily.DemoContact professional(java.util.Map<String, String> fields) {
        return new DemoFamily.DemoContact(true, false, fields);
    }
}
