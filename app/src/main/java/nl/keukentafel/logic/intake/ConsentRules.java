package nl.keukentafel.logic.intake;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.UUID;
import nl.keukentafel.model.FieldCheck;
import nl.keukentafel.model.HouseholdRole;
import nl.keukentafel.model.Member;
import nl.keukentafel.model.Text;
import nl.keukentafel.model.intake.Consent;
import nl.keukentafel.model.intake.ConsentBasis;

/**
 * Who may consent to sharing (Jeugdwet/WGBO): adults and youths of 16 and over alone; a child of 12 to 15 together
 * with a parent; a child under 12 not at all (the parents decide). Ages are taken on the day consent was given when
 * that date can be read, otherwise today. Stateless and thread-safe.
 */
public final class ConsentRules {
    static final int OWN_CONSENT_FROM = 12;
    static final int ALONE_FROM = 16;

    private ConsentRules() {
    }

    /** What is wrong with one giver of a consent. */
    public enum GiverProblem { UNDER_12, WITHOUT_PARENT }

    /** One giver whose consent does not count as given. */
    public record Finding(UUID memberId, GiverProblem problem) {
    }

    /** Consent that counts: basis CONSENT and not withdrawn. */
    public static boolean active(Consent consent) {
        return consent.basis() == ConsentBasis.CONSENT && Text.isBlank(consent.withdrawnOn());
    }

    /** True when both dates can be read and the end lies before the start. */
    public static boolean periodReversed(Consent consent) {
        return periodReversed(consent.validFrom(), consent.validUntil());
    }

    /** True when both typed dates can be read and {@code validUntil} lies before {@code validFrom}. */
    public static boolean periodReversed(String validFrom, String validUntil) {
        var from = FieldCheck.parseDate(validFrom);
        var until = FieldCheck.parseDate(validUntil);
        return from.isPresent() && until.isPresent() && until.get().isBefore(from.get());
    }

    /** The givers whose consent does not count by their age; members of unknown age are not judged. */
    public static List<Finding> givers(Consent consent, Map<UUID, Member> members, LocalDate today) {
        LocalDate on = FieldCheck.parseDate(consent.givenOn()).orElse(today);
        boolean parentGave = consent.givenBy().stream().map(members::get)
                .anyMatch(member -> member != null && member.role() == HouseholdRole.PARENT);
        List<Finding> findings = new ArrayList<>();
        for (UUID giver : consent.givenBy()) {
            Member member = members.get(giver);
            if (member == null) {
                continue;
            }
            OptionalInt age = Ages.ageOn(member.birthDate(), on);
            if (age.isEmpty() || age.getAsInt() >= ALONE_FROM) {
                continue;
            }
            if (age.getAsInt() < OWN_CONSENT_FROM) {
                findings.add(new Finding(giver, GiverProblem.UNDER_12));
            } else if (!parentGave) {
                findings.add(new Finding(giver, GiverProblem.WITHOUT_PARENT));
            }
        }
        return findings;
    }
}
