package nl.keukentafel.model;

import java.time.LocalDate;
import java.util.List;

/**
 * Counts what needs the consultant's attention in a dossier: values flagged as invalid, a missing
 * regisseur, no members yet. Later issues (intake, werkplan) add their own open items. Thread-safe.
 */
public final class DossierCheck {
    private DossierCheck() {
    }

    public static int openPoints(Family family, List<Member> members, List<Contact> contacts, LocalDate today) {
        int points = 0;
        points += Text.isBlank(family.regisseurName()) ? 1 : 0;
        points += members.isEmpty() ? 1 : 0;
        points += count(FieldCheck.postalCode(family.postalCode()).isPresent(), FieldCheck.date(family.nextVisit()).isPresent(),
                FieldCheck.email(family.regisseurEmail()).isPresent(), FieldCheck.phone(family.regisseurPhone()).isPresent());
        for (Member member : members) {
            points += count(FieldCheck.bsn(member.bsn()).isPresent(), FieldCheck.birthDate(member.birthDate(), today).isPresent(),
                    FieldCheck.email(member.email()).isPresent(), FieldCheck.phone(member.phone()).isPresent());
        }
        for (Contact contact : contacts) {
            points += count(FieldCheck.email(contact.email()).isPresent(), FieldCheck.phone(contact.phone()).isPresent());
        }
        return points;
    }

    private static int count(boolean... flags) {
        int total = 0;
        for (boolean flag : flags) {
            total += flag ? 1 : 0;
        }
        return total;
    }
}
