package nl.keukentafel.logic.intake;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.UUID;
import nl.keukentafel.model.Contact;
import nl.keukentafel.model.HouseholdRole;
import nl.keukentafel.model.Member;
import nl.keukentafel.model.Text;
import nl.keukentafel.model.intake.DomainEntry;
import nl.keukentafel.model.intake.Sector;

/**
 * The werkwijze's rules of thumb for involved professionals: youth health care (JGZ) for each child under 4, the
 * school for each child of school age (4 to 17), the GP when health is a concern (a health domain with concerns
 * written down or a score of 2 or lower). A contact of the right sector counts when it is about the whole household
 * or names the child. A waiver in {@code Intake.ruleWaivers} under the rule's key settles a rule. Stateless.
 */
public final class ProfessionalRules {
    /** The domain codes of the shipped list that count as health; a municipality list uses these codes to join in. */
    public static final Set<String> HEALTH_DOMAINS = Set.of("geestelijke-gezondheid", "lichamelijke-gezondheid", "middelengebruik");
    /** The waiver key of the GP rule (one for the household). */
    public static final String GP_KEY = "gp";
    static final int SCHOOL_AGE = 4;
    static final int ADULT_AGE = 18;
    private static final int WORRYING_SCORE = 2;

    private ProfessionalRules() {
    }

    /** A professional the family should have. {@code child} is null for the household's GP. */
    public record Need(String waiverKey, Sector sector, Member child) {
    }

    public static String jgzKey(UUID childId) {
        return "jgz:" + childId;
    }

    public static String schoolKey(UUID childId) {
        return "school:" + childId;
    }

    /** Every professional the rules ask for, met or not, children in member order then the GP. */
    public static List<Need> needs(List<Member> members, List<DomainEntry> domains, LocalDate today) {
        List<Need> needs = new ArrayList<>();
        for (Member member : members) {
            if (member.role() != HouseholdRole.CHILD) {
                continue;
            }
            OptionalInt age = Ages.ageOn(member.birthDate(), today);
            if (age.isEmpty()) {
                continue;
            }
            if (age.getAsInt() < SCHOOL_AGE) {
                needs.add(new Need(jgzKey(member.id()), Sector.YOUTH_HEALTH, member));
            } else if (age.getAsInt() < ADULT_AGE) {
                needs.add(new Need(schoolKey(member.id()), Sector.SCHOOL, member));
            }
        }
        if (domains.stream().anyMatch(ProfessionalRules::healthConcern)) {
            needs.add(new Need(GP_KEY, Sector.GENERAL_PRACTICE, null));
        }
        return needs;
    }

    /** A contact of the sector about the household or about the child. */
    public static boolean met(Need need, List<Contact> contacts) {
        return contacts.stream().anyMatch(contact -> contact.sector() == need.sector()
                && (need.child() == null || contact.aboutMembers().isEmpty() || contact.aboutMembers().contains(need.child().id())));
    }

    static boolean healthConcern(DomainEntry entry) {
        return HEALTH_DOMAINS.contains(entry.domainCode())
                && (!Text.isBlank(entry.concerns()) || (entry.score() != null && entry.score() >= 1 && entry.score() <= WORRYING_SCORE));
    }
}
