package nl.keukentafel.logic.check;

import java.util.List;
import java.util.UUID;
import nl.keukentafel.logic.session.Session;
import nl.keukentafel.model.HouseholdRole;
import nl.keukentafel.model.RecordRef;
import nl.keukentafel.model.Residence;
import nl.keukentafel.model.intake.RiskLevel;
import nl.keukentafel.model.intake.SafetyJudgement;
import nl.keukentafel.model.intake.Sector;
import nl.keukentafel.model.plan.ClosureReason;
import nl.keukentafel.model.plan.FgpOutcome;
import nl.keukentafel.model.plan.GoalDecision;
import nl.keukentafel.model.plan.GoalResult;
import nl.keukentafel.model.plan.OwnerKind;
import nl.keukentafel.model.plan.ScaleTarget;

/**
 * A family being closed (fictional): Linda and Tom Visser with Bram (10), who was bullied at school while the parents
 * quarrelled. Three evaluations; Bram's school goal was not achieved twice running, so the case was scaled up to
 * specialised youth care, which now takes over: the consultant chose "follow-up arranged" with them and wrote her own
 * end report. The last planned evaluation has passed, but closing has started, so none is due.
 *
 * <p>Planted gaps, the closure the inspectorates warned about:
 * <ul>
 *   <li>the school has not been told the help ends (T13);</li>
 *   <li>the end report, rewritten by hand, lost its safety section (T13).</li>
 * </ul>
 */
final class VisserFamily {
    private VisserFamily() {
    }

    static Planted write(Session session) {
        FamilyWriter family = FamilyWriter.create(session, "Gezin Visser", "Spoorstraat 3", "Den Helder");
        UUID linda = family.member("Linda", "Visser", "11-11-1984", HouseholdRole.PARENT, Residence.IN_HOUSEHOLD);
        UUID tom = family.member("Tom", "Visser", "05-05-1983", HouseholdRole.PARENT, Residence.IN_HOUSEHOLD);
        UUID bram = family.member("Bram", "Visser", "01-06-2016", HouseholdRole.CHILD, Residence.IN_HOUSEHOLD);
        UUID school = family.contact("Juf Pieters", "Basisschool De Schakel", Sector.SCHOOL, true);
        UUID youthCare = family.contact("Gezinscoach Bos", "Jeugdhulp De Kering", Sector.CARE, true, bram);
        UUID doctor = family.contact("Dokter Hendriks", "Huisartsenpraktijk Hendriks", Sector.GENERAL_PRACTICE, true);
        family.contact("Buurvrouw Ria", "", Sector.FRIENDS_NEIGHBOURS, false);

        family.startIntake("01-05-2026", linda, tom, bram);
        family.spoken(linda, "We willen minder ruzie, Bram lijdt eronder.");
        family.spoken(tom, "Rust thuis.");
        family.spoken(bram, "Dat ze me op school met rust laten.");
        family.allDomainsDiscussed();
        family.householdDomain("huiselijke-relaties", "Veel ruzie tussen de ouders", 2);
        family.memberDomain("socialisering", "Wordt gepest op school", null, bram);
        family.selfReliance("De ouders zoeken zelf hulp.", "Buurvrouw Ria vangt Bram op.", "Rust in huis en een veilige school.");
        family.assessment(bram, "10-05-2026", SafetyJudgement.CONDITIONALLY_SAFE, RiskLevel.LOW);
        for (UUID partner : List.of(school, youthCare, doctor)) {
            family.consent(partner, linda, "01-05-2026");
        }

        family.startPlan("20-05-2026", doctor, FgpOutcome.TAKEN_UP);
        RecordRef calm = family.goal("Ruzies lopen niet meer op", "01-10-2026", List.of("huiselijke-relaties"));
        RecordRef safeSchool = family.goal("Bram voelt zich veilig op school", "01-10-2026", List.of("socialisering"), bram);
        family.action(calm, OwnerKind.MEMBER, tom, "Gaan samen naar relatietherapie", "15-06-2026");
        family.action(safeSchool, OwnerKind.CONTACT, school, "Maakt een plan tegen pesten", "10-06-2026");
        family.agree("27-05-2026");
        RecordRef first = family.evaluate("08-07-2026");
        family.review(first, calm, GoalResult.PARTLY_ACHIEVED, "Minder ruzie, nog niet weg", GoalDecision.CONTINUE);
        family.review(first, safeSchool, GoalResult.NOT_ACHIEVED, "Pesten gaat door", GoalDecision.ADJUST);
        RecordRef second = family.evaluate("19-08-2026");
        family.review(second, calm, GoalResult.ACHIEVED, "", GoalDecision.CONTINUE);
        family.review(second, safeSchool, GoalResult.NOT_ACHIEVED, "Bram wil niet meer naar school", GoalDecision.ADJUST);
        family.scaleUp("19-08-2026", ScaleTarget.SPECIALISED_CARE, "Vrijwillige hulp op school loopt vast");
        RecordRef third = family.evaluate("30-09-2026");
        family.review(third, safeSchool, GoalResult.PARTLY_ACHIEVED, "De Kering begeleidt Bram", GoalDecision.CONTINUE);
        family.startClosing(ClosureReason.FOLLOW_UP_ARRANGED, "Jeugdhulp De Kering",
                "Eindverslag gezin Visser\nHulpvraag\n- Minder ruzie, een veilige school\nVerloop\n- Drie evaluaties; opgeschaald\n"
                        + "Vervolg\n- Jeugdhulp De Kering begeleidt Bram verder.\n");
        family.informed(youthCare, "20-11-2026");
        family.informed(doctor, "20-11-2026");
        family.flush();

        return new Planted(family.dossier(), List.of("T13:partner:" + school, "T13:end-report-safety"));
    }
}
