package nl.keukentafel.logic.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.keukentafel.logic.intake.IntakeCheck;
import nl.keukentafel.logic.intake.OpenItem;
import nl.keukentafel.model.Contact;
import nl.keukentafel.model.Family;
import nl.keukentafel.model.FieldCheck;
import nl.keukentafel.model.Member;
import nl.keukentafel.model.Problem;
import nl.keukentafel.model.RecordRef;

/**
 * INPUT: values that are simply wrong, as the screens mark them (FieldCheck: BSN, dates — a birth date in the future
 * too —, postal code, email, phone) on the family, its members and contacts, and the intake's (IntakeCheck: unreadable
 * dates, a consent ending before it starts or given by someone too young, an assessment before the child's birth or in
 * the future, a score outside 1–5). Keys hold record ids and field names, never the values. Stateless.
 */
final class InputRule implements Rule {
    @Override
    public Criterion criterion() {
        return Criterion.INPUT;
    }

    @Override
    public boolean applies(DossierFacts facts) {
        return true;
    }

    @Override
    public List<Finding> findings(DossierFacts facts) {
        List<Finding> findings = new ArrayList<>();
        Family family = facts.dossier().family();
        RecordRef familyRef = Household.familyRef(facts);
        String household = family.householdName() == null || family.householdName().isBlank() ? "?" : family.householdName();
        value(findings, familyRef, household, Family.Field.POSTAL_CODE, FieldCheck.postalCode(family.postalCode()));
        value(findings, familyRef, household, Family.Field.NEXT_VISIT, FieldCheck.date(family.nextVisit()));
        String regisseur = family.regisseurName() == null || family.regisseurName().isBlank() ? "?" : family.regisseurName();
        value(findings, familyRef, regisseur, Family.Field.REGISSEUR_EMAIL, FieldCheck.email(family.regisseurEmail()));
        value(findings, familyRef, regisseur, Family.Field.REGISSEUR_PHONE, FieldCheck.phone(family.regisseurPhone()));
        for (Member member : facts.dossier().members()) {
            RecordRef ref = Household.memberRef(member);
            String name = Household.name(member);
            value(findings, ref, name, Member.Field.BSN, FieldCheck.bsn(member.bsn()));
            value(findings, ref, name, Member.Field.BIRTH_DATE, FieldCheck.birthDate(member.birthDate(), facts.today()));
            value(findings, ref, name, Member.Field.EMAIL, FieldCheck.email(member.email()));
            value(findings, ref, name, Member.Field.PHONE, FieldCheck.phone(member.phone()));
        }
        for (Contact contact : facts.dossier().contacts()) {
            RecordRef ref = Household.contactRef(contact);
            String name = Household.contactName(contact);
            value(findings, ref, name, Contact.Field.EMAIL, FieldCheck.email(contact.email()));
            value(findings, ref, name, Contact.Field.PHONE, FieldCheck.phone(contact.phone()));
        }
        Map<String, Integer> seen = new HashMap<>();
        for (OpenItem item : IntakeCheck.inputProblems(facts.intake(), facts.today())) {
            // one record and field can hold two problems of one kind (two givers too young): number the later ones
            String key = "INPUT:" + item.target().id() + ":" + item.field() + ":" + IntakeItems.shortName(item);
            int count = seen.merge(key, 1, Integer::sum);
            findings.add(new Finding(Criterion.INPUT, count == 1 ? key : key + "#" + count, item.target(), item.field(),
                    item.messageKey(), item.arguments()));
        }
        return findings;
    }

    /** The message names whose value it is ({@code check.input.<Problem>}); the key holds ids and names of fields only. */
    private static void value(List<Finding> findings, RecordRef ref, String whose, String field, Optional<Problem> problem) {
        problem.ifPresent(found -> findings.add(Finding.of(Criterion.INPUT, "INPUT:" + ref.id() + ":" + field + ":" + found.name(),
                ref, field, messageKey(found), whose)));
    }

    static String messageKey(Problem problem) {
        return "check.input." + problem.name();
    }
}
