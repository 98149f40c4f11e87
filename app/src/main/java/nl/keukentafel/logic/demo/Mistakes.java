package nl.keukentafel.logic.demo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.keukentafel.model.Family;
import nl.keukentafel.model.HouseholdRole;
import nl.keukentafel.model.Member;

/**
 * Puts one typing mistake into four of every five demo families, the kind the dossier flags (the value is kept,
 * the field is marked): a BSN failing the 11-proef, an e-mail without a domain, a malformed postal code, a
 * date that does not exist. Stateless.
 */
final class Mistakes {
    private Mistakes() {
    }

    static DemoFamily apply(DemoFamily family, int index) {
        return switch (index % 5) {
            case 1 -> changeMember(family, HouseholdRole.CHILD, Member.Field.BSN, TestBsn::failing);
            case 2 -> changeMember(family, HouseholdRole.PARENT, Member.Field.EMAIL, email -> email.replace("@mail.example", "@mail"));
            case 3 -> changeHousehold(family, Family.Field.POSTAL_CODE, "12345");
            case 4 -> changeMember(family, HouseholdRole.CHILD, Member.Field.BIRTH_DATE, date -> "31-02" + date.substring(5));
            default -> family;
        };
    }

    private static DemoFamily changeHousehold(DemoFamily family, String field, String value) {
        Map<String, String> household = new LinkedHashMap<>(family.household());
        household.put(field, value);
        return new DemoFamily(household, family.archived(), family.members(), family.contacts());
    }

    private static DemoFamily changeMember(DemoFamily family, HouseholdRole role, String field,
                                           java.util.function.UnaryOperator<String> change) {
        List<DemoFamily.DemoMember> members = new ArrayList<>(family.members());
        for (int position = 0; position < members.size(); position++) {
            DemoFamily.DemoMember member = members.get(position);
            if (member.role() == role && member.fields().containsKey(field)) {
                Map<String, String> fields = new LinkedHashMap<>(member.fields());
                fields.put(field, change.apply(fields.get(field)));
                members.set(position, new DemoFamily.DemoMember(role, fields));
                break;
            }
        }
        return new DemoFamily(family.household(), family.archived(), members, family.contacts());
    }
}
