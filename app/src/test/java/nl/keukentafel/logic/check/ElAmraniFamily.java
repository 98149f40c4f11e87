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
import nl.keukentafel.model.plan.Attendance;
import nl.keukentafel.model.plan.FgpOutcome;
import nl.keukentafel.model.plan.GoalDecision;
import nl.keukentafel.model.plan.GoalResult;
import nl.keukentafel.model.plan.OwnerKind;

/**
 * A homeless family living with a grandmother (fictional): Yasmina and Karim El Amrani with Aya (13) and Adam (5) lost
 * their home over rent arrears and sleep at grandmother Fatima Bennani's flat; she is part of the household now. Two
 * schools and the housing corporation (the referrer) are involved with consent; an uncle is the network.
 *
 * <p>Planted gaps:
 * <ul>
 *   <li>the rent-arrears goal has no target date (T8);</li>
 *   <li>the plan was agreed while Aya, 13, was not there (T6);</li>
 *   <li>at the evaluation nobody noted whether Aya was there (T9);</li>
 *   <li>the housing goal was not achieved and nothing was decided (T12).</li>
 * </ul>
 */
final class ElAmraniFamily {
    private ElAmraniFamily() {
    }

    static Planted write(Session session) {
        FamilyWriter family = FamilyWriter.create(session, "Gezin El Amrani", "Kanaalweg 88", "Den Helder");
        UUID yasmina = family.member("Yasmina", "El Amrani", "21-01-1989", HouseholdRole.PARENT, Residence.IN_HOUSEHOLD);
        UUID karim = family.member("Karim", "El Amrani", "14-06-1987", HouseholdRole.PARENT, Residence.IN_HOUSEHOLD);
        UUID aya = family.member("Aya", "El Amrani", "10-02-2013", HouseholdRole.CHILD, Residence.IN_HOUSEHOLD);
        UUID adam = family.member("Adam", "El Amrani", "04-04-2021", HouseholdRole.CHILD, Residence.IN_HOUSEHOLD);
        UUID fatima = family.member("Fatima", "Bennani", "02-09-1960", HouseholdRole.OTHER, Residence.IN_HOUSEHOLD);
        UUID primary = family.contact("Juf Hamdi", "Basisschool De Zeester", Sector.SCHOOL, true, adam);
        UUID secondary = family.contact("Mentor De Boer", "Scholengemeenschap Nieuwediep", Sector.SCHOOL, true, aya);
        UUID housing = family.contact("Woonconsulent Smit", "Woningstichting Den Helder", Sector.HOUSING, true);
        family.contact("Oom Youssef", "", Sector.FAMILY, false);

        family.startIntake("01-09-2026", yasmina, karim, aya, adam, fatima);
        family.spoken(yasmina, "We willen weer een eigen huis.");
        family.spoken(karim, "Ik wil de schuld afbetalen en werk houden.");
        family.spoken(aya, "Ik wil een eigen kamer om huiswerk te maken.");
        family.spoken(adam, "Een eigen bed.");
        family.spoken(fatima, null);
        family.allDomainsDiscussed();
        family.householdDomain("huisvesting", "Dakloos; slapen bij oma", 1);
        family.householdDomain("financien", "Huurschuld", 2);
        family.selfReliance("De ouders werken allebei.", "Oma Fatima biedt onderdak; oom Youssef helpt met papieren.",
                "Een woning en een regeling voor de schuld.");
        family.assessment(aya, "08-09-2026", SafetyJudgement.CONDITIONALLY_SAFE, RiskLevel.MODERATE);
        family.assessment(adam, "08-09-2026", SafetyJudgement.CONDITIONALLY_SAFE, RiskLevel.MODERATE);
        for (UUID partner : List.of(primary, secondary, housing)) {
            family.consent(partner, yasmina, "01-09-2026");
        }

        family.startPlan("15-09-2026", housing, FgpOutcome.DECLINED);
        RecordRef home = family.goal("Het gezin heeft een eigen woning", "01-03-2027", List.of("huisvesting"));
        RecordRef debt = family.goal("De huurschuld is geregeld", "", List.of("financien"));
        family.action(home, OwnerKind.CONTACT, housing, "Vraagt urgentie aan", "01-10-2026");
        family.action(home, OwnerKind.MEMBER, karim, "Schrijft in bij Woningnet", "22-09-2026");
        family.action(debt, OwnerKind.MEMBER, yasmina, "Gaat naar de schuldhulp van de gemeente", "29-09-2026");
        family.agree("22-09-2026", aya);
        RecordRef evaluation = family.evaluate("03-11-2026");
        session.plan().setAttendance(evaluation, new Attendance(aya, "Aya El Amrani", null, null, null)).join();
        family.review(evaluation, home, GoalResult.NOT_ACHIEVED, "Nog geen woning", null);
        family.review(evaluation, debt, GoalResult.PARTLY_ACHIEVED, "Regeling loopt", GoalDecision.CONTINUE);
        family.flush();

        return new Planted(family.dossier(), List.of(
                "T6:not-agreed-with:" + aya,
                "T8:target-date:" + debt.id(),
                "T9:presence-open:" + evaluation.id() + ":" + aya,
                "T12:no-decision:" + evaluation.id() + ":" + home.id()));
    }
}
