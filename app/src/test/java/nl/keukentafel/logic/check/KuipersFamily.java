package nl.keukentafel.logic.check;

import java.util.List;
import java.util.UUID;
import nl.keukentafel.logic.session.Session;
import nl.keukentafel.model.HouseholdRole;
import nl.keukentafel.model.RecordRef;
import nl.keukentafel.model.Residence;
import nl.keukentafel.model.intake.NotSpokenReason;
import nl.keukentafel.model.intake.RiskLevel;
import nl.keukentafel.model.intake.SafetyJudgement;
import nl.keukentafel.model.intake.Sector;
import nl.keukentafel.model.plan.FgpOutcome;
import nl.keukentafel.model.plan.GoalDecision;
import nl.keukentafel.model.plan.GoalResult;
import nl.keukentafel.model.plan.OwnerKind;

/**
 * A single mother with three children with autism, she herself depressed, the father living elsewhere (fictional).
 * Sandra Kuipers (39) with Jesse (15), Milan (11) and Sara (7); Rob lives in Groningen and did not want to take part in
 * the intake (recorded). The intake is complete: every domain discussed, each child's autism as its own concern, a
 * safety assessment per child in time, school, GP and child psychiatry with consent, an aunt in the network. The plan
 * was agreed with both parents and Jesse and evaluated once, six weeks later.
 *
 * <p>Planted gaps, as the inspectorates found them:
 * <ul>
 *   <li>the plan is about Jesse and Sandra only: Milan and Sara, each with a concern in the intake, are in no goal
 *       (T8 per child, and T4 for their domain entries, which no goal takes up);</li>
 *   <li>Jesse's school goal has an action nobody owns (T8);</li>
 *   <li>at the evaluation only Jesse's safety was judged again: Milan's and Sara's assessments stay empty (T10).</li>
 * </ul>
 */
final class KuipersFamily {
    private KuipersFamily() {
    }

    static Planted write(Session session) {
        FamilyWriter family = FamilyWriter.create(session, "Gezin Kuipers", "Zuidstraat 12", "Den Helder");
        UUID sandra = family.member("Sandra", "Kuipers", "12-05-1987", HouseholdRole.PARENT, Residence.IN_HOUSEHOLD);
        UUID rob = family.member("Rob", "Kuipers", "03-02-1985", HouseholdRole.PARENT, Residence.ELSEWHERE);
        UUID jesse = family.member("Jesse", "Kuipers", "14-03-2011", HouseholdRole.CHILD, Residence.IN_HOUSEHOLD);
        UUID milan = family.member("Milan", "Kuipers", "22-08-2015", HouseholdRole.CHILD, Residence.IN_HOUSEHOLD);
        UUID sara = family.member("Sara", "Kuipers", "30-01-2019", HouseholdRole.CHILD, Residence.IN_HOUSEHOLD);
        UUID school = family.contact("Mevrouw De Wit", "SBO De Vlieger", Sector.SCHOOL, true);
        UUID doctor = family.contact("Dokter Van Dijk", "Huisartsenpraktijk Van Dijk", Sector.GENERAL_PRACTICE, true);
        UUID psychiatry = family.contact("Drs. Mulder", "Kinder- en jeugdpsychiatrie", Sector.CARE, true, jesse, milan, sara);
        family.contact("Karin Kuipers", "", Sector.FAMILY, false);

        family.startIntake("01-09-2026", sandra, jesse, milan, sara);
        family.spoken(sandra, "Ik kan het niet meer alleen, de kinderen hebben alle drie veel nodig.");
        family.notSpoken(rob, NotSpokenReason.LIVES_ELSEWHERE, "Woont in Groningen; wil niet meedoen aan de gesprekken.");
        family.spoken(jesse, "Ik wil weer naar school zonder dat het misgaat.");
        family.spoken(milan, "Ik wil minder bang zijn.");
        family.spoken(sara, "Dat mama minder moe is.");
        family.allDomainsDiscussed();
        family.householdDomain("financien", "Schulden door de zorgkosten", 2);
        family.memberDomain("geestelijke-gezondheid", "Depressie", 2, sandra);
        family.memberDomain("geestelijke-gezondheid", "Autisme; loopt vast op school", null, jesse);
        UUID milanConcern = family.memberDomain("geestelijke-gezondheid", "Autisme en angst", null, milan);
        UUID saraConcern = family.memberDomain("geestelijke-gezondheid", "Autisme; woedebuien thuis", null, sara);
        family.selfReliance("Sandra houdt de dagstructuur vast.", "Tante Karin helpt op woensdag.", "Overzicht en rust voor de kinderen.");
        for (UUID child : List.of(jesse, milan, sara)) {
            family.assessment(child, "15-09-2026", SafetyJudgement.CONDITIONALLY_SAFE, RiskLevel.MODERATE);
        }
        for (UUID partner : List.of(school, doctor, psychiatry)) {
            family.consent(partner, sandra, "01-09-2026");
        }

        family.startPlan("01-10-2026", doctor, FgpOutcome.DECLINED);
        RecordRef money = family.goal("Sandra heeft overzicht over de schulden", "01-04-2027", List.of("financien"), sandra);
        RecordRef treatment = family.goal("Sandra krijgt behandeling voor haar depressie", "01-04-2027", List.of("geestelijke-gezondheid"),
                sandra);
        RecordRef schoolGoal = family.goal("Jesse gaat weer elke dag naar school", "01-02-2027", List.of("geestelijke-gezondheid"), jesse);
        family.action(money, OwnerKind.MEMBER, sandra, "Maakt met schuldhulp een budgetplan", "15-10-2026");
        family.action(treatment, OwnerKind.CONTACT, doctor, "Verwijst naar de volwassenen-GGZ", "20-10-2026");
        RecordRef ownerless = family.action(schoolGoal, null, null, "Zoekt een passende klas", "01-11-2026");
        family.agree("08-10-2026");
        RecordRef evaluation = family.evaluate("19-11-2026", milan, sara);
        family.review(evaluation, schoolGoal, GoalResult.NOT_ACHIEVED, "Nog geen plek", GoalDecision.ADJUST);
        family.flush();

        return new Planted(family.dossier(), List.of(
                "T4:no-goal:" + milanConcern, "T4:no-goal:" + saraConcern,
                "T8:member-without-goal:" + milan, "T8:member-without-goal:" + sara,
                "T8:action-owner:" + ownerless.id(),
                "T10:assessment-open:" + evaluation.id() + ":" + milan, "T10:assessment-open:" + evaluation.id() + ":" + sara));
    }
}
