package nl.keukentafel.store;

import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.keukentafel.model.Contact;
import nl.keukentafel.model.Family;
import nl.keukentafel.model.Member;
import nl.keukentafel.model.RecordKind;
import nl.keukentafel.model.RecordRef;
import nl.keukentafel.model.Text;
import nl.keukentafel.store.crypto.KdfParams;

/**
 * Real vaults for tests, with fictional data distinctive enough to be searched for in raw file bytes.
 * Not thread-safe; each test makes its own.
 */
public final class TestVaults {
    public static final String PASSPHRASE = "appel peer banaan kiwi";
    public static final String CONSULTANT = "Test Consulent";
    public static final String HOUSEHOLD = "Familie Wulfsberg-Quaadvliet";
    public static final String STREET = "Zwaluwstaartsteeg 17";
    public static final String POSTAL_CODE = "9999 ZQ";
    public static final String CITY = "Ypenhuizen";
    public static final String PARENT_GIVEN = "Ëlsbeth";
    public static final String PARENT_FAMILY = "Çağlayan-Wouterse";
    public static final String CHILD_GIVEN = "Jöris";
    public static final String CHILD_FAMILY = "Przybylski-Vanderzee";
    public static final String BSN = "111222333";
    public static final String CONTACT_NAME = "Quirijn Vreeswijk-Óbuda";
    public static final String CONTACT_ORGANISATION = "Stichting Kabouterkrocht";

    private TestVaults() {
    }

    public static char[] passphrase() {
        return PASSPHRASE.toCharArray();
    }

    public static Vault create(VaultLocation location) throws VaultException {
        return Vault.create(location, passphrase(), CONSULTANT, KdfParams.FAST_FOR_TESTS, Clock.systemUTC());
    }

    public static Vault unlock(VaultLocation location) throws VaultException {
        return Vault.unlock(location, passphrase(), Clock.systemUTC());
    }

    /** Every personal value {@link #writeHousehold} stores, as typed and as the search index holds it. */
    public static List<String> personalValues() {
        List<String> typed = List.of(HOUSEHOLD, STREET, CITY, PARENT_GIVEN, PARENT_FAMILY, CHILD_GIVEN, CHILD_FAMILY, BSN,
                CONTACT_NAME, CONTACT_ORGANISATION, "Wulfsberg", "Quaadvliet", "Zwaluwstaartsteeg");
        List<String> all = new java.util.ArrayList<>(typed);
        typed.forEach(value -> all.add(Text.searchable(value)));
        return all.stream().distinct().toList();
    }

    /** The records written by {@link #writeHousehold}. */
    public record Household(RecordRef family, RecordRef parent, RecordRef child, RecordRef contact) {
    }

    /** A family with two members and a contact, written through the record store and committed. */
    public static Household writeHousehold(Vault vault) {
        RecordStore records = vault.records();
        Map<String, Object> family = new LinkedHashMap<>();
        family.put(Family.Field.HOUSEHOLD_NAME, HOUSEHOLD);
        family.put(Family.Field.STREET, STREET);
        family.put(Family.Field.POSTAL_CODE, POSTAL_CODE);
        family.put(Family.Field.CITY, CITY);
        family.put(Family.Field.ARCHIVED, false);
        RecordRef familyRef = records.create(RecordKind.FAMILY, null, family).join();
        RecordRef parent = records.create(RecordKind.MEMBER, familyRef.id(), Map.of(Member.Field.GIVEN_NAME, PARENT_GIVEN,
                Member.Field.FAMILY_NAME, PARENT_FAMILY, Member.Field.ROLE, "PARENT")).join();
        records.patch(parent, Map.of(Member.Field.BSN, BSN, Member.Field.BIRTH_DATE, "12-3-1985")).join();
        RecordRef child = records.create(RecordKind.MEMBER, familyRef.id(), Map.of(Member.Field.GIVEN_NAME, CHILD_GIVEN,
                Member.Field.FAMILY_NAME, CHILD_FAMILY, Member.Field.ROLE, "CHILD")).join();
        RecordRef contact = records.create(RecordKind.CONTACT, familyRef.id(), Map.of(Contact.Field.NAME, CONTACT_NAME,
                Contact.Field.ORGANISATION, CONTACT_ORGANISATION, Contact.Field.PROFESSIONAL, true)).join();
        return new Household(familyRef, parent, child, contact);
    }

    /**
     * SQLite's per-connection page limit on the writer's connection, at the current size (so the next write that
     * needs a page fails with a real SQLITE_FULL) or lifted again.
     */
    public static void limitPages(Vault vault, boolean limit) {
        vault.database().write("page limit", handle -> {
            try (Statement statement = handle.createStatement()) {
                long pages;
                try (ResultSet rows = statement.executeQuery("pragma page_count")) {
                    rows.next();
                    pages = rows.getLong(1);
                }
                statement.execute("pragma max_page_count = " + (limit ? pages : 1_073_741_823L));
            }
            return null;
        }).join();
    }
}
