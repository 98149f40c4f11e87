package nl.keukentafel.gui.plan;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import nl.keukentafel.logic.session.Session;
import nl.keukentafel.logic.intake.DomainLists;
import nl.keukentafel.model.Family;
import nl.keukentafel.model.FieldCheck;
import nl.keukentafel.model.Gender;
import nl.keukentafel.model.HouseholdRole;
import nl.keukentafel.model.Member;
import nl.keukentafel.model.RecordKind;
import nl.keukentafel.model.RecordRef;
import nl.keukentafel.model.Residence;

/**
 * A fictional family for the werkplan's tests: Fatima (mother, at home), Ruben (father, lives elsewhere) and three
 * children of 9, 11 and 14 (Noor, Sem, Lieke), regisseur Mirjam, with the intake started (its domain list is the
 * goals' life domains). Writes are committed when the constructor returns. Immutable.
 */
final class PlanFamily {
    static final String HOUSEHOLD = "Familie Jansen";
    final UUID dossier;
    final UUID mother;
    final UUID father;
    final UUID nine;
    final UUID eleven;
    final UUID fourteen;

    PlanFamily(Session session, LocalDate today) {
        dossier = session.caseload().createFamily(HOUSEHOLD).join();
        session.vault().records().patch(new RecordRef(RecordKind.FAMILY, familyId(session), dossier),
                Map.of(Family.Field.REGISSEUR_NAME, "Mirjam")).join();
        mother = member(session, HouseholdRole.PARENT, "Fatima", today.minusYears(38), Residence.IN_HOUSEHOLD);
        father = member(session, HouseholdRole.PARENT, "Ruben", today.minusYears(40), Residence.ELSEWHERE);
        nine = member(session, HouseholdRole.CHILD, "Noor", today.minusYears(9).minusMonths(2), Residence.IN_HOUSEHOLD);
        eleven = member(session, HouseholdRole.CHILD, "Sem", today.minusYears(11).minusMonths(2), Residence.IN_HOUSEHOLD);
        fourteen = member(session, HouseholdRole.CHILD, "Lieke", today.minusYears(14).minusMonths(2), Residence.IN_HOUSEHOLD);
        session.intake().start(dossier, DomainLists.defaultList(), FieldCheck.write(today)).join();
    }

    private UUID familyId(Session session) {
        return session.dossiers().read(dossier).family().id();
    }

    private UUID member(Session session, HouseholdRole role, String name, LocalDate born, Residence residence) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put(Member.Field.GIVEN_NAME, name);
        fields.put(Member.Field.FAMILY_NAME, "Jansen");
        fields.put(Member.Field.ROLE, role.name());
        fields.put(Member.Field.BIRTH_DATE, FieldCheck.write(born));
        fields.put(Member.Field.GENDER, (name.equals("Ruben") || name.equals("Sem") ? Gender.MALE : Gender.FEMALE).name());
        fields.put(Member.Field.RESIDENCE, residence.name());
        return session.vault().records().create(RecordKind.MEMBER, dossier, fields).join().id();
    }
}
